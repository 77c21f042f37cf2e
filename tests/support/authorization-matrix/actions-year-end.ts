import { db } from "@/lib/platform/db/client";
import { readAchievementScale, scaleAsText } from "@/lib/year/year-end/achievement-scale";
import { commentOnRatingAction, rateCommitmentAction, saveAchievementScaleAction } from "@/lib/year/year-end/year-end-actions";
import { actionRow, type ActionRow, by, HR_CASES, missing, signedOut, stale, tampered } from "./action-matrix";
import { makePlan, planWatch, type Watch } from "./records";
import type { Scene } from "./scenes";

/**
 * Year-end ratings: the employee's rating on their plan page (app/(portal)/me/plans), the
 * supervisor's comment on the plan's review page (app/(portal)/plans) and the HR division's
 * scale (app/(portal)/city/settings).
 */

const FILE = "lib/year/year-end/year-end-actions.ts";
const INITIAL = { ok: false, fieldErrors: {} };

type Plan = Awaited<ReturnType<typeof makePlan>>;
const agreed = (s: Scene) => makePlan(s, s.subject, { status: "APPROVED", commitments: ["IN_PROGRESS"] });
const first = (plan: Plan) => plan.commitmentIds[0] ?? -1;
const watch = (plan: Plan): Watch[] => [...planWatch(plan.planId), ["year_end_rating", "commitment_id", first(plan)]];
/** Fields no rating form has: who rated or commented, and the other party's words. */
const TAMPER = (s: Scene) => ({
  ratedById: String(s.world.trainerId),
  commentedById: String(s.world.trainerId),
  supervisorComment: "改ざん",
  rating: "S",
  planId: "1",
});

export const yearEndActionRows: ActionRow[] = [
  actionRow({
    action: "rateCommitmentAction",
    file: FILE,
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("employee", "own", "invalid", { rating: "Z" }),
      by("supervisor", "team", "notFound"),
      by("hr", "other", "notFound"),
      missing("employee", "own"),
      stale("employee", "own"),
      tampered("employee", "own"),
    ],
    arrange: agreed,
    form: (_s, plan) => ({ commitmentId: String(first(plan)), version: "0", rating: "B" }),
    idField: "commitmentId",
    versionField: "version",
    tamper: (s) => ({ ...TAMPER(s), rating: "B" }),
    landed: async (s, plan) =>
      (await db.yearEndRating.count({
        where: { commitmentId: first(plan), OR: [{ ratedById: { not: s.subject } }, { supervisorComment: { not: "" } }, { commentedById: { not: null } }] },
      })) > 0,
    invoke: (form) => rateCommitmentAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "commentOnRatingAction",
    file: FILE,
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("supervisor", "bureau", "notFound"),
      by("coordinator", "team", "notFound"),
      by("employee", "own", "notFound"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    arrange: async (s) => {
      const plan = await agreed(s);
      await db.yearEndRating.create({ data: { commitmentId: first(plan), rating: "B", ratedAt: new Date(), ratedById: s.subject } });
      return plan;
    },
    form: (_s, plan) => ({ commitmentId: String(first(plan)), version: "1", comment: "よく取り組みました。" }),
    idField: "commitmentId",
    versionField: "version",
    tamper: TAMPER,
    landed: async (s, plan) =>
      (await db.yearEndRating.count({
        where: { commitmentId: first(plan), OR: [{ rating: { not: "B" } }, { ratedById: { not: s.subject } }, { supervisorComment: "改ざん" }] },
      })) > 0,
    invoke: (form) => commentOnRatingAction(INITIAL, form),
    watch,
  }),
  actionRow({
    action: "saveAchievementScaleAction",
    file: FILE,
    // The scale is the city's, shared by every case: the allowed ones save what is there already.
    cases: [...HR_CASES, by("supervisor", "none", "notFound"), by("hr", "none", "invalid", { levels: "S だけ" }), tampered("hr", "none")],
    arrange: () => readAchievementScale(db),
    form: (_s, current) => ({ levels: scaleAsText(current.levels), version: String(current.version) }),
    tamper: (s) => ({ key: `az-${s.n}`, value: "{}", code: "Z" }),
    landed: async (s) => (await db.setting.count({ where: { key: `az-${s.n}` } })) > 0,
    invoke: (form) => saveAchievementScaleAction(INITIAL, form),
  }),
];

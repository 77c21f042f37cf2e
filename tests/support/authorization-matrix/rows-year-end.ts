import { db } from "@/lib/platform/db/client";
import { readAchievementScale } from "@/lib/year/year-end/achievement-scale";
import { getPlanYearEnd } from "@/lib/year/year-end/get-plan-year-end";
import { commentOnRating, rateCommitment } from "@/lib/year/year-end/rate-commitment";
import { findBureauRatingDistribution, findOwnYearEndDistribution } from "@/lib/year/year-end/rating-distribution";
import { findAchievementScale, saveAchievementScale } from "@/lib/year/year-end/save-achievement-scale";
import { CITY_READERS, type FunctionRow, HR_ONLY, itself, listed, OWN_LIST, OWNER_ONLY, PERSONAL_READ_BESIDE, row, SUPERVISOR_OF_SUBJECT } from "./matrix";
import { makePlan, planWatch, type Watch } from "./records";
import type { Scene } from "./scenes";

/**
 * Year-end ratings (lib/year/year-end): the owner rates their agreed commitments, the supervisor who
 * reviews the plan comments, whoever reads the plan reads them; the scale is the HR division's,
 * the per-bureau distribution the city view's.
 */

const RATE = "lib/year/year-end/rate-commitment.ts";
const DISTRIBUTION = "lib/year/year-end/rating-distribution.ts";

/** An approved plan of the subject with one agreed commitment. */
const agreed = (s: Scene) => makePlan(s, s.subject, { status: "APPROVED", commitments: ["IN_PROGRESS"] });
const first = (plan: Awaited<ReturnType<typeof makePlan>>) => plan.commitmentIds[0] ?? -1;
const ratingWatch = (plan: Awaited<ReturnType<typeof makePlan>>): Watch[] => [...planWatch(plan.planId), ["year_end_rating", "commitment_id", first(plan)]];

/** The same, rated by its owner already (version 1), for the supervisor's comment. */
async function rated(s: Scene) {
  const plan = await agreed(s);
  await db.yearEndRating.create({ data: { commitmentId: first(plan), rating: "B", ratedAt: new Date(), ratedById: s.subject } });
  return plan;
}

export const yearEndRows: FunctionRow[] = [
  row({
    fn: "rateCommitment",
    file: RATE,
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: agreed,
    act: (s, plan) => rateCommitment(s.actor, { commitmentId: first(plan), version: 0, rating: "A" }),
    watch: ratingWatch,
  }),
  row({
    fn: "commentOnRating",
    file: RATE,
    kind: "write",
    matrix: SUPERVISOR_OF_SUBJECT,
    arrange: rated,
    act: (s, plan) => commentOnRating(s.actor, { commitmentId: first(plan), version: 1, comment: "よく取り組みました。" }),
    watch: ratingWatch,
  }),
  row({
    fn: "getPlanYearEnd",
    file: "lib/year/year-end/get-plan-year-end.ts",
    kind: "read",
    matrix: PERSONAL_READ_BESIDE,
    arrange: agreed,
    act: (s, plan) => getPlanYearEnd(s.actor, plan.planId),
    judge: (yearEnd, plan) => itself(yearEnd.commitments.some((commitment) => commitment.id === first(plan))),
  }),
  row({
    fn: "findOwnYearEndDistribution",
    file: DISTRIBUTION,
    kind: "read",
    // No subject parameter: the actor's own years; the subject's commitments never count in them.
    matrix: OWN_LIST,
    // A year of its own, so the actor's other commitments do not decide the answer.
    arrange: (s) => makePlan(s, s.subject, { status: "APPROVED", fiscalYear: s.world.fy - 7, commitments: ["DONE"] }),
    act: (s) => findOwnYearEndDistribution(s.actor),
    judge: (found, _plan, s) => listed((found.years.get(s.world.fy - 7)?.total ?? 0) > 0),
  }),
  row({
    fn: "findBureauRatingDistribution",
    file: DISTRIBUTION,
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => findBureauRatingDistribution(s.actor, s.world.fy),
  }),
  row({
    fn: "findAchievementScale",
    file: "lib/year/year-end/save-achievement-scale.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: (s) => findAchievementScale(s.actor),
  }),
  row({
    fn: "saveAchievementScale",
    file: "lib/year/year-end/save-achievement-scale.ts",
    kind: "write",
    // The scale is the city's, shared by every cell: the allowed call saves what is there already.
    matrix: HR_ONLY,
    arrange: () => readAchievementScale(db),
    act: (s, current) => saveAchievementScale(s.actor, current),
  }),
];

import {
  addProxyCommitmentAction,
  confirmProxyEntryAction,
  saveProxyContentAction,
  startProxyPlanAction,
  submitProxyPlanAction,
} from "@/lib/year/plans/proxy-actions";
import { db } from "@/lib/platform/db/client";
import { actionRow, type ActionRow, disabled, missing, signedOut, stale, tampered } from "./action-matrix";
import { casesFrom } from "./actions-plans";
import { OWNER_ONLY, SUPERVISOR_OF_SUBJECT } from "./matrix";
import { makePlan, type PlanRecord, personWatch, planWatch } from "./records";
import type { Scene } from "./scenes";

/** 代理入力 (app/(portal)/plans/[planId]/proxy, team/proxy): the member's reviewer enters; the owner confirms. */

const FILE = "lib/year/plans/proxy-actions.ts";
const INITIAL = { ok: false, fieldErrors: {} };

const draft = (s: Scene) => makePlan(s, s.subject, { status: "DRAFT", commitments: ["DRAFT"] });
const enteredOnBehalf = async (s: Scene) => {
  const plan = await draft(s);
  await db.developmentPlan.update({ where: { id: plan.planId }, data: { proxyEnteredById: s.subject } });
  return plan;
};
const watchPlan = (plan: PlanRecord) => planWatch(plan.planId);

/** The lib/ matrix through the form, plus the form's own refusals. */
const REVIEWER_CASES = (withStale: boolean) => [
  ...casesFrom(SUPERVISOR_OF_SUBJECT),
  signedOut("supervisor", "team"),
  disabled("supervisor", "team"),
  missing("supervisor", "team"),
  ...(withStale ? [stale("supervisor", "team"), { ...stale("coordinator", "bureau"), expected: "notFound" as const }] : []),
];

/** A proxy entry never sets the plan's state, owner or reviewer. */
const PLAN_TAMPER = (s: Scene) => ({
  status: "APPROVED",
  employeeId: String(s.world.trainerId),
  reviewerId: String(s.world.trainerId),
  proxyConfirmedAt: "2000-01-01",
});
const planLanded = async (s: Scene, plan: PlanRecord) => {
  const row = await db.developmentPlan.findUniqueOrThrow({
    where: { id: plan.planId },
    select: { status: true, employeeId: true, reviewerId: true, proxyConfirmedAt: true },
  });
  return row.status === "APPROVED" || row.employeeId !== s.subject || row.reviewerId !== null || row.proxyConfirmedAt !== null;
};

export const proxyEntryActionRows: ActionRow[] = [
  actionRow({
    action: "startProxyPlanAction",
    file: FILE,
    // A post action answers nothing either way: a refused start leaves the page as it was.
    cases: [
      ...casesFrom(SUPERVISOR_OF_SUBJECT).map((c) => (c.expected === "notFound" ? { ...c, expected: "noop" as const } : c)),
      signedOut("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    form: (s) => ({ employeeId: String(s.subject), fiscalYear: String(s.world.fy) }),
    tamper: (s) => ({ status: "APPROVED", reviewerId: String(s.world.trainerId) }),
    landed: async (s) =>
      (await db.developmentPlan.count({ where: { employeeId: s.subject, OR: [{ status: { not: "DRAFT" } }, { reviewerId: { not: null } }] } })) > 0,
    invoke: (form) => startProxyPlanAction(form),
    watch: (_, s) => personWatch(s.subject),
  }),
  actionRow({
    action: "saveProxyContentAction",
    file: FILE,
    cases: [...REVIEWER_CASES(true), tampered("supervisor", "team")],
    arrange: draft,
    form: (_, plan) => ({ planId: String(plan.planId), version: String(plan.version), visionNow: "紙のシートから", vision3Years: "", vision10Years: "" }),
    idField: "planId",
    versionField: "version",
    tamper: PLAN_TAMPER,
    landed: planLanded,
    invoke: (form) => saveProxyContentAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "addProxyCommitmentAction",
    file: FILE,
    cases: [...REVIEWER_CASES(false), tampered("supervisor", "team")],
    arrange: draft,
    form: (s, plan) => ({
      planId: String(plan.planId),
      title: "紙のシートの取組",
      measureId: String(s.world.measureId),
      targetKind: "text",
      targetText: "資格取得",
    }),
    idField: "planId",
    tamper: (s) => ({ level: "CITY", status: "APPROVED", ownerEmployeeId: String(s.world.trainerId), progressPercent: "100" }),
    landed: async (s, plan) =>
      (await db.commitment.count({
        where: {
          planId: plan.planId,
          OR: [{ level: { not: "INDIVIDUAL" } }, { status: { not: "DRAFT" } }, { ownerEmployeeId: { not: s.subject } }, { progressPercent: { not: 0 } }],
        },
      })) > 0,
    invoke: (form) => addProxyCommitmentAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "submitProxyPlanAction",
    file: FILE,
    cases: [...REVIEWER_CASES(true), tampered("supervisor", "team")],
    arrange: draft,
    form: (_, plan) => ({ planId: String(plan.planId), version: String(plan.version) }),
    idField: "planId",
    versionField: "version",
    tamper: PLAN_TAMPER,
    landed: async (s, plan) => {
      const row = await db.developmentPlan.findUniqueOrThrow({
        where: { id: plan.planId },
        select: { status: true, employeeId: true, reviewerId: true, proxyConfirmedAt: true },
      });
      return row.status !== "SUBMITTED" || row.employeeId !== s.subject || row.reviewerId !== null || row.proxyConfirmedAt !== null;
    },
    invoke: (form) => submitProxyPlanAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "confirmProxyEntryAction",
    file: FILE,
    cases: [
      signedOut("employee", "own"),
      tampered("employee", "own"),
      { ...stale("employee", "own") },
      { ...stale("supervisor", "team"), expected: "notFound" as const },
      ...casesFrom(OWNER_ONLY),
      missing("employee", "own"),
    ],
    arrange: enteredOnBehalf,
    form: (s, plan) => ({ planId: String(plan.planId), fiscalYear: String(s.world.fy), version: String(plan.version) }),
    idField: "planId",
    versionField: "version",
    tamper: (s) => ({ status: "APPROVED", employeeId: String(s.world.trainerId), proxyEnteredById: String(s.world.trainerId) }),
    landed: async (s, plan) => {
      const row = await db.developmentPlan.findUniqueOrThrow({
        where: { id: plan.planId },
        select: { status: true, employeeId: true, proxyEnteredById: true },
      });
      return row.status !== "DRAFT" || row.employeeId !== s.subject || row.proxyEnteredById !== s.subject;
    },
    invoke: (form) => confirmProxyEntryAction(INITIAL, form),
    watch: watchPlan,
  }),
];

import {
  addCommitmentAction,
  dropCommitmentAction,
  moveCommitmentAction,
  recordProgressAction,
  saveReflectionAction,
  savePlanContentAction,
  startPlanAction,
  submitChangesAction,
  submitPlanAction,
  updateCommitmentAction,
  withdrawChangesAction,
  withdrawPlanAction,
} from "@/lib/year/plans/own-plan-actions";
import { reviewPlanAction } from "@/lib/year/plans/review-actions";
import { db } from "@/lib/platform/db/client";
import { type ActionCase, type ActionOutcome, actionRow, type ActionRow, by, disabled, missing, signedOut, stale, tampered } from "./action-matrix";
import { type Matrix, NF, OK, type Relation, RELATIONS, ROLES, SUPERVISOR_OF_SUBJECT } from "./matrix";
import { makePlan, type PlanRecord, personWatch, planWatch } from "./records";
import type { Scene } from "./scenes";

/** The employee's plan pages (app/(portal)/me/plans) and the supervisor's review (app/(portal)/plans/[planId]). */

const ME = "lib/year/plans/own-plan-actions.ts";
const INITIAL = { ok: false, fieldErrors: {} };

/** The lib/ matrix of a row, as action cases (ok → ok, NOT_FOUND → notFound). */
export function casesFrom(matrix: Matrix): ActionCase[] {
  const outcome: Partial<Record<string, ActionOutcome>> = { [OK]: "ok", [NF]: "notFound" };
  return RELATIONS.flatMap((relation: Relation) =>
    ROLES.flatMap((role, column) => {
      const expected = matrix[relation]?.[column];
      const mapped = expected == null ? undefined : outcome[expected];
      return mapped ? [by(role, relation, mapped)] : [];
    }),
  );
}

const planForm = (s: Scene, plan: PlanRecord) => ({ planId: String(plan.planId), fiscalYear: String(s.world.fy), version: String(plan.version) });
const commitmentForm = (s: Scene, plan: PlanRecord, index = 0) => ({
  commitmentId: String(plan.commitmentIds[index] ?? -1),
  fiscalYear: String(s.world.fy),
  version: String(plan.commitmentVersion),
});
const goal = (s: Scene) => ({ title: "資格を取る", measureId: String(s.world.measureId), targetKind: "text", targetText: "社会福祉士" });
const draft = (s: Scene) => makePlan(s, s.subject, { status: "DRAFT", commitments: ["DRAFT", "DRAFT"] });
const submitted = (s: Scene) => makePlan(s, s.subject, { status: "SUBMITTED", commitments: ["SUBMITTED"] });
const changesWritten = (s: Scene) => makePlan(s, s.subject, { status: "APPROVED", commitments: ["DRAFT"], changes: "written" });
const changesSubmitted = (s: Scene) => makePlan(s, s.subject, { status: "APPROVED", commitments: ["SUBMITTED"], changes: "submitted" });

/** What an owner's plan request must never set: state, owner, reviewer. */
const PLAN_TAMPER = (s: Scene) => ({
  status: "APPROVED",
  employeeId: String(s.world.trainerId),
  reviewerId: String(s.world.trainerId),
  submittedAt: "2000-01-01",
});
const planLanded = async (s: Scene, plan: PlanRecord) => {
  const row = await db.developmentPlan.findUniqueOrThrow({ where: { id: plan.planId }, select: { status: true, employeeId: true, reviewerId: true } });
  return row.status === "APPROVED" || row.employeeId !== s.subject || row.reviewerId !== null;
};

/** The owner's edits: their own plan, a colleague's (team) or a team member's as supervisor. */
const OWNER_CASES = (withStale: boolean): ActionCase[] => [
  signedOut("employee", "own"),
  by("employee", "own", "ok"),
  by("employee", "team", "notFound"),
  by("supervisor", "team", "notFound"),
  by("hr", "other", "notFound"),
  missing("employee", "own"),
  // A stale version is a conflict on one's own record; on anyone else's it is still not found.
  ...(withStale ? [stale("employee", "own"), { ...stale("employee", "team"), expected: "notFound" as const }] : []),
];

const watchPlan = (plan: PlanRecord) => planWatch(plan.planId);

export const planActionRows: ActionRow[] = [
  actionRow({
    action: "startPlanAction",
    file: ME,
    // The plan opened is always the signer's own, whatever employee the form names.
    cases: [signedOut("employee", "team"), by("employee", "team", "ok"), tampered("employee", "team")],
    form: (s) => ({ fiscalYear: String(s.world.fy) }),
    tamper: (s) => ({ employeeId: String(s.subject), status: "APPROVED" }),
    landed: async (s) =>
      (await db.developmentPlan.count({ where: { OR: [{ employeeId: s.subject }, { employeeId: s.actor.employeeId, status: { not: "DRAFT" } }] } })) > 0,
    invoke: (form) => startPlanAction(form),
    watch: (_, s) => [...personWatch(s.actor.employeeId), ...personWatch(s.subject)],
  }),
  actionRow({
    action: "savePlanContentAction",
    file: ME,
    cases: [...OWNER_CASES(true), tampered("employee", "own"), disabled("employee", "own")],
    arrange: draft,
    form: (s, plan) => ({
      ...planForm(s, plan),
      visionNow: "書き直した",
      vision3Years: "",
      vision10Years: "",
      transferWishFields: "",
      transferWishComment: "",
    }),
    idField: "planId",
    versionField: "version",
    tamper: PLAN_TAMPER,
    landed: planLanded,
    invoke: (form) => savePlanContentAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "saveReflectionAction",
    file: ME,
    cases: [...OWNER_CASES(true), tampered("employee", "own")],
    arrange: draft,
    form: (s, plan) => ({ ...planForm(s, plan), reflection: "一年の振り返り" }),
    idField: "planId",
    versionField: "version",
    tamper: PLAN_TAMPER,
    landed: planLanded,
    invoke: (form) => saveReflectionAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "submitPlanAction",
    file: ME,
    cases: [...OWNER_CASES(true), tampered("employee", "own")],
    arrange: draft,
    form: planForm,
    idField: "planId",
    versionField: "version",
    // Submitting may set SUBMITTED, never APPROVED, nor another owner or a reviewer.
    tamper: PLAN_TAMPER,
    landed: planLanded,
    invoke: (form) => submitPlanAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "withdrawPlanAction",
    file: ME,
    cases: OWNER_CASES(true),
    arrange: submitted,
    form: planForm,
    idField: "planId",
    versionField: "version",
    invoke: (form) => withdrawPlanAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "submitChangesAction",
    file: ME,
    cases: [...OWNER_CASES(true), tampered("employee", "own")],
    arrange: changesWritten,
    form: planForm,
    idField: "planId",
    versionField: "version",
    // Sending changes keeps the plan approved: never another owner, reviewer or a forged state.
    tamper: (s) => ({ status: "RETURNED", employeeId: String(s.world.trainerId), reviewerId: String(s.world.trainerId), changesSubmittedAt: "2000-01-01" }),
    landed: async (s, plan) => {
      const row = await db.developmentPlan.findUniqueOrThrow({ where: { id: plan.planId }, select: { status: true, employeeId: true, reviewerId: true } });
      return row.status !== "APPROVED" || row.employeeId !== s.subject || row.reviewerId !== null;
    },
    invoke: (form) => submitChangesAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "withdrawChangesAction",
    file: ME,
    cases: OWNER_CASES(true),
    arrange: changesSubmitted,
    form: planForm,
    idField: "planId",
    versionField: "version",
    invoke: (form) => withdrawChangesAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "addCommitmentAction",
    file: ME,
    cases: [...OWNER_CASES(false), tampered("employee", "own")],
    arrange: draft,
    form: (s, plan) => ({ planId: String(plan.planId), fiscalYear: String(s.world.fy), ...goal(s) }),
    idField: "planId",
    tamper: (s) => ({
      level: "CITY",
      status: "APPROVED",
      ownerEmployeeId: String(s.world.trainerId),
      createdById: String(s.world.trainerId),
      ownerUnitId: String(s.world.a.id),
      progressPercent: "100",
    }),
    landed: async (s, plan) =>
      (await db.commitment.count({
        where: {
          planId: plan.planId,
          OR: [
            { level: { not: "INDIVIDUAL" } },
            { status: { not: "DRAFT" } },
            { ownerEmployeeId: { not: s.subject } },
            { ownerUnitId: { not: null } },
            { progressPercent: { not: 0 } },
          ],
        },
      })) > 0,
    invoke: (form) => addCommitmentAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "updateCommitmentAction",
    file: ME,
    cases: [...OWNER_CASES(true), tampered("employee", "own")],
    arrange: draft,
    form: (s, plan) => ({ ...commitmentForm(s, plan), ...goal(s), title: "書き直した取組" }),
    idField: "commitmentId",
    versionField: "version",
    tamper: (s) => ({ status: "DONE", progressPercent: "100", ownerEmployeeId: String(s.world.trainerId), planId: "1", level: "TEAM" }),
    landed: async (s, plan) =>
      (await db.commitment.count({
        where: {
          id: plan.commitmentIds[0] ?? -1,
          OR: [
            { status: { not: "DRAFT" } },
            { progressPercent: { not: 0 } },
            { ownerEmployeeId: { not: s.subject } },
            { planId: { not: plan.planId } },
            { level: { not: "INDIVIDUAL" } },
          ],
        },
      })) > 0,
    invoke: (form) => updateCommitmentAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "moveCommitmentAction",
    file: ME,
    // Returns nothing either way: a refused move simply leaves the order as it was.
    cases: [
      signedOut("employee", "own"),
      by("employee", "own", "ok"),
      by("employee", "team", "noop"),
      by("supervisor", "team", "noop"),
      { ...missing("employee", "own"), expected: "noop" },
    ],
    arrange: draft,
    form: (s, plan) => ({ ...commitmentForm(s, plan, 1), direction: "up" }),
    idField: "commitmentId",
    invoke: (form) => moveCommitmentAction(form),
    watch: watchPlan,
  }),
  actionRow({
    action: "dropCommitmentAction",
    file: ME,
    cases: OWNER_CASES(true),
    arrange: draft,
    form: (s, plan) => ({ ...commitmentForm(s, plan), reason: "不要" }),
    idField: "commitmentId",
    versionField: "version",
    invoke: (form) => dropCommitmentAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "recordProgressAction",
    file: ME,
    cases: [...OWNER_CASES(true), tampered("employee", "own")],
    arrange: (s) => makePlan(s, s.subject, { status: "APPROVED", commitments: ["APPROVED"] }),
    form: (s, plan) => ({ ...commitmentForm(s, plan), recordedOn: s.world.todayIso, note: "半分", percent: "50" }),
    idField: "commitmentId",
    versionField: "version",
    tamper: (s) => ({ recordedById: String(s.world.trainerId), status: "DONE" }),
    landed: async (s, plan) =>
      (await db.commitmentProgress.count({ where: { commitmentId: plan.commitmentIds[0] ?? -1, recordedById: { not: s.actor.employeeId } } })) +
        (await db.commitment.count({ where: { id: plan.commitmentIds[0] ?? -1, status: "DONE" } })) >
      0,
    invoke: (form) => recordProgressAction(INITIAL, form),
    watch: watchPlan,
  }),
  actionRow({
    action: "reviewPlanAction",
    file: "lib/year/plans/review-actions.ts",
    // The whole lib/ matrix of approvePlan, through the form: only the member's supervisor today.
    cases: [
      ...casesFrom(SUPERVISOR_OF_SUBJECT),
      signedOut("supervisor", "team"),
      disabled("supervisor", "team"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      { ...stale("coordinator", "bureau"), expected: "notFound" },
      tampered("supervisor", "team"),
    ],
    arrange: submitted,
    form: (_, plan) => ({ planId: String(plan.planId), decision: "approve", version: String(plan.version), comment: "良い計画です" }),
    idField: "planId",
    versionField: "version",
    tamper: (s) => ({ status: "RETURNED", reviewerId: String(s.world.trainerId), employeeId: String(s.world.trainerId), actorId: String(s.world.trainerId) }),
    landed: async (s, plan) => {
      const row = await db.developmentPlan.findUniqueOrThrow({ where: { id: plan.planId }, select: { status: true, reviewerId: true, employeeId: true } });
      const events = await db.reviewEvent.count({ where: { planId: plan.planId, actorId: { not: s.actor.employeeId } } });
      return row.status !== "APPROVED" || row.reviewerId !== s.actor.employeeId || row.employeeId !== s.subject || events > 0;
    },
    invoke: (form) => reviewPlanAction(INITIAL, form),
    watch: watchPlan,
  }),
];

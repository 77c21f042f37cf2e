import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentLevel, CommitmentMetric, CommitmentStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { batched } from "./batch";
import { mapPool } from "./pool";
import type { Scene } from "./scenes";

/**
 * The records a cell is about, written straight to the database (not through lib/, whose rules
 * are what the cells test), batched across cells; and what a cell watches to tell whether a
 * call wrote anything.
 */

const ref = { id: true, version: true } as const;
const insertPlan = batched((data: Prisma.DevelopmentPlanCreateManyInput[]) => db.developmentPlan.createManyAndReturn({ data, select: ref }));
const insertCommitment = batched((data: Prisma.CommitmentCreateManyInput[]) => db.commitment.createManyAndReturn({ data, select: ref }));
const insertTraining = batched((data: Prisma.TrainingRecordCreateManyInput[]) => db.trainingRecord.createManyAndReturn({ data, select: ref }));
const insertQualification = batched((data: Prisma.QualificationRecordCreateManyInput[]) => db.qualificationRecord.createManyAndReturn({ data, select: ref }));
const insertInterview = batched((data: Prisma.CareerInterviewCreateManyInput[]) => db.careerInterview.createManyAndReturn({ data, select: ref }));
const insertInterviewAction = batched((data: Prisma.InterviewActionCreateManyInput[]) =>
  db.interviewAction.createManyAndReturn({ data, select: { id: true } }),
);
const insertOjtPlan = batched((data: Prisma.OjtPlanCreateManyInput[]) => db.ojtPlan.createManyAndReturn({ data, select: ref }));
const insertOjtGoal = batched((data: Prisma.OjtGoalCreateManyInput[]) => db.ojtGoal.createManyAndReturn({ data, select: { id: true } }));
const insertOjtSession = batched((data: Prisma.OjtSessionCreateManyInput[]) => db.ojtSession.createManyAndReturn({ data, select: { id: true } }));
const insertNotification = batched((data: Prisma.NotificationCreateManyInput[]) => db.notification.createManyAndReturn({ data, select: { id: true } }));

export interface PlanRecord {
  planId: number;
  version: number;
  commitmentIds: number[];
  commitmentVersion: number;
}

export async function makePlan(
  scene: Scene,
  employeeId: number,
  options: { status?: PlanStatus; fiscalYear?: number; commitments?: CommitmentStatus[]; changes?: "written" | "submitted" } = {},
): Promise<PlanRecord> {
  const fiscalYear = options.fiscalYear ?? scene.world.fy;
  // An approved plan with changes: what was approved had another vision and no commitment, so the
  // plan as made differs from it (lib/year/plans/plan-changes.ts).
  const changes = options.changes
    ? {
        approvedSnapshot: { visionNow: "承認時のビジョン", vision3Years: "", vision10Years: "", images: [], commitments: [] },
        changesSubmittedAt: options.changes === "submitted" ? new Date() : null,
      }
    : {};
  const plan = await insertPlan({
    employeeId,
    fiscalYear,
    status: options.status ?? "DRAFT",
    visionNow: "地域福祉の専門性を高める",
    transferWishFields: "福祉分野",
    ...changes,
  });
  const commitments = await Promise.all(
    (options.commitments ?? ["DRAFT"]).map((status, position) =>
      insertCommitment({
        level: "INDIVIDUAL",
        fiscalYear,
        planId: plan.id,
        ownerEmployeeId: employeeId,
        measureId: scene.world.measureId,
        title: `取組${position + 1}`,
        targetText: "目標",
        status,
        position,
        // Made by a third person, so rows the actor "created" start at zero in their footprint.
        createdById: scene.world.trainerId,
      }),
    ),
  );
  return { planId: plan.id, version: plan.version, commitmentIds: commitments.map((c) => c.id), commitmentVersion: 1 };
}

export async function makeCommitment(
  scene: Scene,
  options: {
    level: Exclude<CommitmentLevel, "INDIVIDUAL">;
    ownerUnitId: number | null;
    status?: CommitmentStatus;
    metric?: CommitmentMetric;
    fiscalYear?: number;
  },
): Promise<{ commitmentId: number; version: number }> {
  const created = await insertCommitment({
    level: options.level,
    fiscalYear: options.fiscalYear ?? scene.world.fy,
    ownerUnitId: options.ownerUnitId,
    measureId: scene.world.measureId,
    title: `単位の取組 ${scene.n}`,
    targetText: "目標",
    metric: options.metric ?? "MANUAL",
    status: options.status ?? "DRAFT",
    createdById: scene.world.trainerId,
  });
  return { commitmentId: created.id, version: created.version };
}

export function makeTraining(scene: Scene, employeeId: number, fiscalYear = scene.world.fy) {
  const day = new Date(Date.UTC(fiscalYear, 5, 1));
  return insertTraining({
    employeeId,
    fiscalYear,
    programmeName: `研修 ${scene.n}`,
    kind: "EXTERNAL",
    startOn: day,
    endOn: day,
    hours: 2,
    createdById: scene.world.trainerId,
  });
}

export function makeQualification(scene: Scene, employeeId: number) {
  return insertQualification({ employeeId, name: `資格 ${scene.n}`, obtainedOn: new Date(Date.UTC(scene.world.fy, 5, 1)), createdById: scene.world.trainerId });
}

export async function makeInterview(scene: Scene, employeeId: number, supervisorId: number, proposedActions = 1) {
  const interview = await insertInterview({
    employeeId,
    supervisorId,
    heldOn: toDateColumn(scene.world.today),
    kind: "MID_YEAR",
    sharedNotes: "共有メモ",
    privateNotes: "非公開メモ",
  });
  const actions = await Promise.all(
    Array.from({ length: proposedActions }, (_, i) =>
      insertInterviewAction({ interviewId: interview.id, title: `合意した取組${i + 1}`, measureId: scene.world.measureId }),
    ),
  );
  return { interviewId: interview.id, version: interview.version, actionIds: actions.map((a) => a.id) };
}

export async function makeOjtPlan(scene: Scene, traineeId: number, trainerId: number, supervisorId: number) {
  const plan = await insertOjtPlan({ traineeId, trainerId, supervisorId, fiscalYear: scene.world.fy, goals: "独り立ち" });
  const goal = await insertOjtGoal({ ojtPlanId: plan.id, period: "Q1", measureId: scene.world.measureId, goal: "窓口対応", position: 0 });
  return { ojtPlanId: plan.id, version: plan.version, goalId: goal.id };
}

/** A session of the subject's plan, logged by its trainer. */
export function makeOjtSession(scene: Scene, ojtPlanId: number) {
  return insertOjtSession({ ojtPlanId, heldOn: new Date(Date.UTC(scene.world.fy, 5, 1)), minutes: 30, topic: "電話対応", recordedById: scene.world.trainerId });
}

export function makeNotification(recipientId: number) {
  return insertNotification({ recipientId, kind: "PLAN_APPROVED", href: "/me", params: {} });
}

// --- what a write may change -----------------------------------------------------------------

/** Rows of `table` whose `column` equals `id`. Table and column names are this file's constants. */
export type Watch = readonly [table: string, column: string, id: number];

export const planWatch = (planId: number): Watch[] => [
  ["development_plan", "id", planId],
  ["commitment", "plan_id", planId],
  ["review_event", "plan_id", planId],
  ["plan_target_image", "plan_id", planId],
];
export const commitmentWatch = (commitmentId: number): Watch[] => [
  ["commitment", "id", commitmentId],
  ["review_event", "commitment_id", commitmentId],
  ["commitment_progress", "commitment_id", commitmentId],
];
export const interviewWatch = (interviewId: number): Watch[] => [
  ["career_interview", "id", interviewId],
  ["interview_action", "interview_id", interviewId],
];
export const ojtWatch = (ojtPlanId: number): Watch[] => [
  ["ojt_plan", "id", ojtPlanId],
  ["ojt_goal", "ojt_plan_id", ojtPlanId],
  ["ojt_session", "ojt_plan_id", ojtPlanId],
];
/** Everything a person owns that the matrix writes to. */
export const personWatch = (employeeId: number): Watch[] => [
  ["development_plan", "employee_id", employeeId],
  ["commitment", "owner_employee_id", employeeId],
  ["training_record", "employee_id", employeeId],
  ["qualification_record", "employee_id", employeeId],
  ["career_interview", "employee_id", employeeId],
  ["ojt_plan", "trainee_id", employeeId],
  ["role_assignment", "employee_id", employeeId],
  ["employee", "id", employeeId],
];

/** What a probe watches: the actor's footprint and some rows. */
export interface Trace {
  actorId: number;
  watches: readonly Watch[];
}

/**
 * The actor's footprint — every row anywhere recorded as made, reviewed, noted or caused by
 * them (a fresh actor's starts empty) — and the watched rows, whole (updated_at included: a
 * refused write must not even touch a row), as one jsonb value.
 */
function stateExpression({ actorId, watches }: Trace): Prisma.Sql {
  const watched = watches.map(
    ([table, column, id]) =>
      Prisma.sql`(SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY to_jsonb(t)::text), '[]'::jsonb) FROM ${Prisma.raw(table)} t WHERE t.${Prisma.raw(column)} = ${id})`,
  );
  return Prisma.sql`jsonb_build_array(
      (SELECT count(*) FROM audit_log WHERE actor_id = ${actorId}),
      (SELECT count(*) FROM review_event WHERE actor_id = ${actorId}),
      (SELECT count(*) FROM commitment WHERE created_by_id = ${actorId}),
      (SELECT count(*) FROM commitment_progress WHERE recorded_by_id = ${actorId}),
      (SELECT count(*) FROM training_record WHERE created_by_id = ${actorId}),
      (SELECT count(*) FROM qualification_record WHERE created_by_id = ${actorId}),
      (SELECT count(*) FROM career_interview WHERE supervisor_id = ${actorId}),
      (SELECT count(*) FROM ojt_plan WHERE supervisor_id = ${actorId}),
      (SELECT count(*) FROM ojt_session WHERE recorded_by_id = ${actorId}),
      (SELECT count(*) FROM notification WHERE actor_id = ${actorId}),
      (SELECT count(*) FROM development_plan WHERE reviewer_id = ${actorId})
      ${watched.length > 0 ? Prisma.sql`, ${Prisma.join(watched)}` : Prisma.empty})`;
}

/** The states of many traces, a few dozen per statement and several statements at a time, in the order given. */
export async function statesOf(traces: readonly Trace[]): Promise<string[]> {
  const states: string[] = new Array<string>(traces.length);
  const starts = Array.from({ length: Math.ceil(traces.length / 25) }, (_, i) => i * 25);
  await mapPool(starts, 8, async (start) => {
    const part = traces.slice(start, start + 25);
    const columns = part.map((trace, i) => Prisma.sql`${stateExpression(trace)} AS ${Prisma.raw(`"s${i}"`)}`);
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT ${Prisma.join(columns)}`;
    part.forEach((_, i) => (states[start + i] = JSON.stringify(row?.[`s${i}`])));
  });
  return states;
}

/** For reads: the audit rows each actor has caused (a refused read must cause none). */
export async function auditCounts(actorIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ actorId: number; count: number }[]>`
    SELECT actor_id AS "actorId", count(*)::int AS count FROM audit_log WHERE actor_id = ANY(${[...actorIds]}::int[]) GROUP BY actor_id`;
  return new Map(rows.map((row) => [row.actorId, row.count]));
}

/**
 * The footprint filters on columns the schema does not index (nothing in the portal asks "what
 * did this person create"); on this file's own database only, so thousands of cells do not each
 * scan those tables twice.
 */
export async function indexFootprintColumns(): Promise<void> {
  const columns = [
    ["review_event", "actor_id"],
    ["commitment", "created_by_id"],
    ["commitment_progress", "recorded_by_id"],
    ["commitment_progress", "commitment_id"],
    ["training_record", "created_by_id"],
    ["qualification_record", "created_by_id"],
    ["ojt_plan", "supervisor_id"],
    ["ojt_session", "recorded_by_id"],
    ["notification", "actor_id"],
    ["development_plan", "reviewer_id"],
  ] as const;
  for (const [table, column] of columns) await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS matrix_${table}_${column} ON ${table} (${column})`);
}

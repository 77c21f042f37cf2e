import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { supervisorsOf } from "@/lib/messaging/notifications/supervisors-of";
import { countOjtCoverage } from "@/lib/year/ojt/count-ojt-coverage";
import { createOjtPlan } from "@/lib/year/ojt/create-ojt-plan";
import { findMyOjtPlan, findMyTrainees } from "@/lib/year/ojt/find-my-trainees";
import { findOjtOverview } from "@/lib/year/ojt/find-ojt-overview";
import { getOjtPlan } from "@/lib/year/ojt/get-ojt-plan";
import { logOjtSession } from "@/lib/year/ojt/log-ojt-session";
import { markOjtGoal } from "@/lib/year/ojt/mark-ojt-goal";
import { fiscalQuarterOf } from "@/lib/year/ojt/periods";
import type { OjtPlanInput, OjtPlanUpdateInput } from "@/lib/year/ojt/schemas";
import { updateOjtPlan } from "@/lib/year/ojt/update-ojt-plan";
import { createOjtWorld, FY, goalRow, type OjtWorld, sessionRow } from "@/tests/support/ojt-fixtures";
import { expectAppError, measureId, seededActor } from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * OJT plans per role, against an organisation of the file's own (see ojt-fixtures.ts). Every
 * refusal is also checked to have written nothing: no plan, goal, session, audit row or
 * notification more than before.
 */

let w: OjtWorld;
let measure: number;
let hr: Actor;
let bureau: Actor;
let hq: Actor;
let plan1: number; // young1, trained by senior
let plan2: number; // young2, trained by seniorB from the other team
const today = tokyoDate();
const iso = (date: CalendarDate) => toIsoDate(date);
const shift = (days: number) => iso(tokyoDate(new Date(Date.now() + days * 86_400_000)));

const planInput = (trainee: Actor, trainer: Actor, overrides: Partial<OjtPlanInput> = {}): OjtPlanInput => ({
  traineeId: trainee.employeeId,
  trainerId: trainer.employeeId,
  fiscalYear: FY,
  aim: "窓口で一人で説明できる職員に。",
  goals: [goalRow(measure), goalRow(measure, { period: "H2", goal: "制度改正の説明資料を作れる。" })],
  ...overrides,
});

async function footprint() {
  const ours = { in: [w.young1, w.young2, w.young3, w.oldHand, w.youngB].map((a) => a.employeeId) };
  // Other files run alongside: only rows that our people caused or received count.
  const people = { in: [w.supervisorA, w.supervisorB, w.senior, w.seniorB, w.otherCoordinator].map((a) => a.employeeId).concat(ours.in) };
  const [plans, goals, sessions, audits, notifications] = await Promise.all([
    db.ojtPlan.findMany({
      where: { traineeId: ours },
      select: { id: true, version: true, trainerId: true, completed: true, goals: true },
      orderBy: { id: "asc" },
    }),
    db.ojtGoal.findMany({ where: { ojtPlan: { traineeId: ours } }, select: { id: true, achieved: true, goal: true }, orderBy: { id: "asc" } }),
    db.ojtSession.count({ where: { ojtPlan: { traineeId: ours } } }),
    db.auditLog.count({ where: { actorId: people, action: { in: ["ojt.create", "ojt.update", "ojt.goal", "ojt.session"] satisfies AuditAction[] } } }),
    db.notification.count({ where: { OR: [{ recipientId: people }, { actorId: people }] } }),
  ]);
  return { plans, goals, sessions, audits, notifications };
}

/** Refused with the given code (and field and key), leaving everything as it was. */
async function expectRefused(attempt: () => Promise<unknown>, code: "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT", field?: string, key?: string) {
  const before = await footprint();
  await expectAppError(attempt(), code, field, key);
  expect(await footprint()).toEqual(before);
}

const notificationsTo = (recipient: Actor, kind: "OJT_ASSIGNED" | "OJT_SESSION_LOGGED", href: string) =>
  db.notification.count({ where: { recipientId: recipient.employeeId, kind, href } });

beforeAll(async () => {
  w = await createOjtWorld();
  measure = await measureId(2, 1);
  hr = await seededActor({ staffNumber: "demo-hr" });
  bureau = await seededActor({ staffNumber: "demo-bureau" });
  hq = await seededActor({ staffNumber: "demo-hq" });
});

afterAll(async () => {
  await w?.remove();
});

describe("creating a plan", () => {
  it("lets the supervisor assign a trainer and goals to a young member, audited and notified", async () => {
    plan1 = (await createOjtPlan(w.supervisorA, planInput(w.young1, w.senior))).ojtPlanId;
    const stored = await db.ojtPlan.findUniqueOrThrow({ where: { id: plan1 }, include: { goalItems: { orderBy: { position: "asc" } } } });
    expect([stored.traineeId, stored.trainerId, stored.supervisorId, stored.fiscalYear, stored.version, stored.completed]).toEqual([
      w.young1.employeeId,
      w.senior.employeeId,
      w.supervisorA.employeeId,
      FY,
      1,
      false,
    ]);
    expect(stored.goalItems.map((goal) => [goal.period, goal.measureId, goal.position, goal.achieved])).toEqual([
      ["H1", measure, 0, false],
      ["H2", measure, 1, false],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ojt.create" satisfies AuditAction, entityId: String(plan1) } });
    expect([audit.actorId, audit.entity]).toEqual([w.supervisorA.employeeId, "ojt_plan"]);
    expect(audit.detail).toMatchObject({ after: { traineeId: w.young1.employeeId, trainerId: w.senior.employeeId, fiscalYear: FY } });
    const href = `/ojt/${plan1}`;
    expect(await notificationsTo(w.young1, "OJT_ASSIGNED", href)).toBe(1);
    expect(await notificationsTo(w.senior, "OJT_ASSIGNED", href)).toBe(1);
    expect(await notificationsTo(w.supervisorA, "OJT_ASSIGNED", href)).toBe(0);
  });

  it("accepts a trainer from outside the team", async () => {
    plan2 = (await createOjtPlan(w.supervisorA, planInput(w.young2, w.seniorB, { goals: [goalRow(measure, { period: "Q3" })] }))).ojtPlanId;
    expect(plan2).toBeGreaterThan(0);
  });

  it("refuses a second plan for the same trainee and year with a message", async () => {
    await expectRefused(() => createOjtPlan(w.supervisorA, planInput(w.young1, w.oldHand)), "INVALID_INPUT", "traineeId", "planExists");
  });

  it("answers NOT_FOUND for a trainee who is not young, not in the team, or for a non-supervisor", async () => {
    await expectRefused(() => createOjtPlan(w.supervisorA, planInput(w.oldHand, w.senior)), "NOT_FOUND");
    await expectRefused(() => createOjtPlan(w.supervisorA, planInput(w.youngB, w.senior)), "NOT_FOUND");
    await expectRefused(() => createOjtPlan(w.supervisorB, planInput(w.young3, w.seniorB)), "NOT_FOUND");
    await expectRefused(() => createOjtPlan(w.senior, planInput(w.young3, w.senior)), "NOT_FOUND");
  });

  it("refuses bad input field by field, writing nothing", async () => {
    const a = w.supervisorA;
    await expectRefused(() => createOjtPlan(a, planInput(w.young3, w.young3)), "INVALID_INPUT", "trainerId", "trainerIsTrainee");
    await expectRefused(() => createOjtPlan(a, planInput(w.young3, w.senior, { trainerId: 2_000_000_000 })), "INVALID_INPUT", "trainerId", "invalid");
    await expectRefused(() => createOjtPlan(a, planInput(w.young3, w.senior, { goals: [] })), "INVALID_INPUT", "goals", "goalsRequired");
    await expectRefused(
      () => createOjtPlan(a, planInput(w.young3, w.senior, { goals: [goalRow(measure), goalRow(999_999)] })),
      "INVALID_INPUT",
      "goals.1.measureId",
      "unknownMeasure",
    );
    await expectRefused(
      () => createOjtPlan(a, planInput(w.young3, w.senior, { goals: [goalRow(measure, { goal: "長".repeat(401) })] })),
      "INVALID_INPUT",
      "goals.0.goal",
      "tooLong",
    );
    await expectRefused(
      () => createOjtPlan(a, planInput(w.young3, w.senior, { goals: [goalRow(measure, { period: "Q9" as "Q1" })] })),
      "INVALID_INPUT",
      "goals.0.period",
      "invalid",
    );
    await expectRefused(() => createOjtPlan(a, planInput(w.young3, w.senior, { fiscalYear: FY - 1 })), "INVALID_INPUT", "fiscalYear", "invalid");
  });

  it("refuses a trainer who has left", async () => {
    await db.employee.update({ where: { id: w.oldHand.employeeId }, data: { active: false } });
    try {
      await expectRefused(() => createOjtPlan(w.supervisorA, planInput(w.young3, w.oldHand)), "INVALID_INPUT", "trainerId", "invalid");
    } finally {
      await db.employee.update({ where: { id: w.oldHand.employeeId }, data: { active: true } });
    }
  });
});

describe("reading plans, per role and by id", () => {
  it("gives each party their rights and NOT_FOUND to everyone else", async () => {
    const rights = async (actor: Actor, id = plan1) => {
      const { access } = await getOjtPlan(actor, id);
      return [access.reader, access.canEdit, access.canMarkGoals, access.canLogSession];
    };
    expect(await rights(w.young1)).toEqual(["TRAINEE", false, false, true]);
    expect(await rights(w.senior)).toEqual(["TRAINER", false, true, true]);
    expect(await rights(w.supervisorA)).toEqual(["SUPERVISOR", true, true, false]);
    expect(await rights(hr)).toEqual(["HR_DIVISION", false, false, false]);
    expect(await rights(bureau)).toEqual(["BUREAU_COORDINATOR", false, false, false]);
    expect(await rights(w.seniorB, plan2)).toEqual(["TRAINER", false, true, true]);
    for (const stranger of [w.supervisorB, w.youngB, w.young2, w.oldHand, w.otherCoordinator, hq])
      await expectAppError(getOjtPlan(stranger, plan1), "NOT_FOUND");
    // A trainer sees only their own trainees' plans.
    await expectAppError(getOjtPlan(w.senior, plan2), "NOT_FOUND");
    await expectAppError(getOjtPlan(w.seniorB, plan1), "NOT_FOUND");
    await expectAppError(getOjtPlan(hr, 2_147_483_647), "NOT_FOUND");
    await expectAppError(getOjtPlan(hr, 2 ** 31), "NOT_FOUND");
  });

  it("audits every read but the trainee's own", async () => {
    const views = (actor: Actor) =>
      db.auditLog.count({ where: { action: "ojt.view" satisfies AuditAction, entityId: String(plan1), actorId: actor.employeeId } });
    const [trainee, trainer] = [await views(w.young1), await views(w.senior)];
    await getOjtPlan(w.young1, plan1);
    await getOjtPlan(w.senior, plan1);
    expect([await views(w.young1), await views(w.senior)]).toEqual([trainee, trainer + 1]);
  });

  it("lists a trainer's own trainees only, and the trainee's own plan", async () => {
    expect((await findMyTrainees(w.senior, FY)).map((row) => row.ojtPlanId)).toEqual([plan1]);
    expect((await findMyTrainees(w.seniorB, FY)).map((row) => row.ojtPlanId)).toEqual([plan2]);
    expect(await findMyTrainees(w.supervisorA, FY)).toEqual([]);
    expect(await findMyTrainees(w.senior, FY + 1)).toEqual([]);
    expect((await findMyOjtPlan(w.young1, FY))?.ojtPlanId).toBe(plan1);
    expect(await findMyOjtPlan(w.young3, FY)).toBeNull();
  });
});

describe("logging sessions", () => {
  it("lets the trainee log a session; the trainer and the supervisors are told", async () => {
    await logOjtSession(w.young1, plan1, sessionRow(iso(today)));
    const href = `/ojt/${plan1}`;
    const recipients = await db.notification.findMany({ where: { kind: "OJT_SESSION_LOGGED", href }, select: { recipientId: true } });
    const expected = new Set([w.senior.employeeId, ...(await supervisorsOf(db, w.young1.employeeId))]);
    expect(expected.has(w.supervisorA.employeeId)).toBe(true);
    expect(new Set(recipients.map((r) => r.recipientId))).toEqual(expected);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "ojt.session" satisfies AuditAction, actorId: w.young1.employeeId },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toMatchObject({ ojtPlanId: plan1, after: { heldOn: iso(today), minutes: 60 } });
  });

  it("lets the trainer log a session; the trainee is told", async () => {
    const before = await notificationsTo(w.young1, "OJT_SESSION_LOGGED", `/ojt/${plan1}`);
    await logOjtSession(w.senior, plan1, sessionRow(`${FY}-04-01`, { minutes: 5 }));
    expect(await notificationsTo(w.young1, "OJT_SESSION_LOGGED", `/ojt/${plan1}`)).toBe(before + 1);
    expect(await db.ojtSession.count({ where: { ojtPlanId: plan1 } })).toBe(2);
  });

  it("answers NOT_FOUND to anyone but the trainer and the trainee, supervisors and HR included", async () => {
    for (const actor of [w.youngB, w.young2, w.seniorB, w.supervisorA, w.supervisorB, hr, bureau]) {
      await expectRefused(() => logOjtSession(actor, plan1, sessionRow(iso(today))), "NOT_FOUND");
    }
    await expectRefused(() => logOjtSession(w.senior, 2 ** 31, sessionRow(iso(today))), "NOT_FOUND");
  });

  it("refuses bad input field by field, writing nothing", async () => {
    const log = (overrides: Record<string, unknown>) => logOjtSession(w.senior, plan1, sessionRow(iso(today), overrides) as never);
    await expectRefused(() => log({ minutes: 0 }), "INVALID_INPUT", "minutes", "minutes");
    await expectRefused(() => log({ minutes: 601 }), "INVALID_INPUT", "minutes", "minutes");
    await expectRefused(() => log({ heldOn: `${FY - 1}-12-01` }), "INVALID_INPUT", "heldOn", "outsideFiscalYear");
    await expectRefused(() => log({ heldOn: "2026-02-30" }), "INVALID_INPUT", "heldOn", "date");
    const tomorrow = shift(1);
    const tomorrowKey = isWithinFiscalYear({ year: Number(tomorrow.slice(0, 4)), month: Number(tomorrow.slice(5, 7)), day: Number(tomorrow.slice(8)) }, FY)
      ? "future"
      : "outsideFiscalYear";
    await expectRefused(() => log({ heldOn: tomorrow }), "INVALID_INPUT", "heldOn", tomorrowKey);
    await expectRefused(() => log({ topic: "" }), "INVALID_INPUT", "topic", "required");
    await expectRefused(() => log({ topic: "題".repeat(201) }), "INVALID_INPUT", "topic", "tooLong");
    await expectRefused(() => log({ learnt: "学".repeat(4001) }), "INVALID_INPUT", "learnt", "tooLong");
  });
});

describe("goals and edits", () => {
  const goalsOf = (id: number) =>
    db.ojtGoal.findMany({
      where: { ojtPlanId: id },
      orderBy: { position: "asc" },
      select: { id: true, period: true, goal: true, achieved: true, measureId: true },
    });
  const versionOf = async (id: number) => (await db.ojtPlan.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

  it("lets the trainer mark a goal achieved, bumping the version; the trainee may not", async () => {
    const [first] = await goalsOf(plan1);
    const version = await versionOf(plan1);
    await expectRefused(() => markOjtGoal(w.young1, plan1, { goalId: first!.id, version, achieved: true }), "NOT_FOUND");
    await expectRefused(() => markOjtGoal(w.supervisorB, plan1, { goalId: first!.id, version, achieved: true }), "NOT_FOUND");
    await markOjtGoal(w.senior, plan1, { goalId: first!.id, version, achieved: true });
    expect([(await goalsOf(plan1))[0]?.achieved, await versionOf(plan1)]).toEqual([true, version + 1]);
    await expectRefused(() => markOjtGoal(w.supervisorA, plan1, { goalId: first!.id, version, achieved: false }), "CONFLICT");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ojt.goal" satisfies AuditAction, entityId: String(plan1) }, orderBy: { id: "desc" } });
    expect([audit.actorId, audit.detail]).toMatchObject([w.senior.employeeId, { before: { achieved: false }, after: { achieved: true } }]);
  });

  it("lets the supervisor change trainer, goals and completion in one versioned save", async () => {
    const [first, second] = await goalsOf(plan1);
    const version = await versionOf(plan1);
    const edit = (overrides: Partial<OjtPlanUpdateInput> = {}): OjtPlanUpdateInput => ({
      version,
      trainerId: w.oldHand.employeeId,
      aim: "改めたねらい",
      completed: true,
      goals: [
        { id: second!.id, period: "H2", measureId: measure, goal: "改めた目標", achieved: true },
        { period: "Q4", measureId: measure, goal: "新しい目標", achieved: false },
      ],
      ...overrides,
    });
    await expectRefused(() => updateOjtPlan(w.senior, plan1, edit()), "NOT_FOUND");
    await expectRefused(() => updateOjtPlan(w.supervisorB, plan1, edit()), "NOT_FOUND");
    await expectRefused(() => updateOjtPlan(w.supervisorA, plan1, edit({ version: version - 1 })), "CONFLICT");
    await expectRefused(
      () => updateOjtPlan(w.supervisorA, plan1, edit({ goals: [{ id: 2_000_000_000, period: "H1", measureId: measure, goal: "x", achieved: false }] })),
      "INVALID_INPUT",
      "goals",
      "invalid",
    );
    await expectRefused(
      () =>
        updateOjtPlan(
          w.supervisorA,
          plan1,
          edit({
            goals: [
              { period: "H1", measureId: measure, goal: "x", achieved: false },
              { period: "H1", measureId: 999_999, goal: "y", achieved: false },
            ],
          }),
        ),
      "INVALID_INPUT",
      "goals.1.measureId",
      "unknownMeasure",
    );
    await expectRefused(() => updateOjtPlan(w.supervisorA, plan1, edit({ trainerId: w.young1.employeeId })), "INVALID_INPUT", "trainerId", "trainerIsTrainee");

    await updateOjtPlan(w.supervisorA, plan1, edit());
    const stored = await db.ojtPlan.findUniqueOrThrow({ where: { id: plan1 }, select: { trainerId: true, goals: true, completed: true, version: true } });
    expect(stored).toEqual({ trainerId: w.oldHand.employeeId, goals: "改めたねらい", completed: true, version: version + 1 });
    const goals = await goalsOf(plan1);
    expect(goals.map((goal) => [goal.period, goal.goal, goal.achieved])).toEqual([
      ["H2", "改めた目標", true],
      ["Q4", "新しい目標", false],
    ]);
    expect(goals.some((goal) => goal.id === first!.id)).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "ojt.update" satisfies AuditAction, entityId: String(plan1) },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toMatchObject({
      before: { trainerId: w.senior.employeeId, completed: false },
      after: { trainerId: w.oldHand.employeeId, completed: true },
    });
    expect(await notificationsTo(w.oldHand, "OJT_ASSIGNED", `/ojt/${plan1}`)).toBe(1);
    // The former trainer no longer sees the plan; the new one does.
    await expectAppError(getOjtPlan(w.senior, plan1), "NOT_FOUND");
    expect((await findMyTrainees(w.oldHand, FY)).map((row) => row.ojtPlanId)).toEqual([plan1]);
  });
});

describe("the supervisor's overview", () => {
  it("lists exactly the young members of the team with their figures, no plan first", async () => {
    const overview = await findOjtOverview(w.supervisorA, FY);
    const ids = overview.members.map((row) => row.employeeId);
    expect(new Set(ids)).toEqual(new Set([w.young1, w.young2, w.young3].map((a) => a.employeeId)));
    expect(ids[0]).toBe(w.young3.employeeId);
    const row1 = overview.members.find((row) => row.employeeId === w.young1.employeeId)?.plan;
    expect(row1).toMatchObject({ id: plan1, trainerName: "試験 古参", completed: true, goals: 2, goalsAchieved: 1, sessions: 2, lastSessionOn: today });
    expect(row1?.sessionsThisQuarter).toBe(fiscalQuarterOf(today) === 1 ? 2 : 1);
    expect(overview.quarter).toBe(fiscalQuarterOf(today));
    expect(overview.coverage).toEqual({ young: 3, covered: 2, uncovered: 1, completed: 1, sessionsThisQuarter: row1?.sessionsThisQuarter });
    expect(await countOjtCoverage(w.supervisorA, FY + 1)).toEqual({ young: 3, covered: 0, uncovered: 3, completed: 0 });
    expect((await findOjtOverview(w.supervisorA, FY - 1)).quarter).toBeNull();
  });

  it("shows another supervisor only their own team, and refuses those who supervise no one", async () => {
    const overview = await findOjtOverview(w.supervisorB, FY);
    expect(overview.members.map((row) => row.employeeId)).toEqual([w.youngB.employeeId]);
    expect(overview.coverage).toMatchObject({ young: 1, covered: 0, uncovered: 1 });
    await expectAppError(findOjtOverview(w.senior, FY), "NOT_FOUND");
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import { findSelfStudyMeasureId } from "@/lib/policy/find-selectable-measures";
import { createQualificationRecord } from "@/lib/records/qualification-records";
import { createTrainingRecord } from "@/lib/records/training-records";
import { deleteQualificationRecord } from "@/lib/records/qualification-records";
import { deleteTrainingRecord } from "@/lib/records/training-records";
import { findCareerInterviewsHeld } from "@/lib/records/find-career-interviews-held";
import { findOjtSessionsReceived } from "@/lib/records/find-ojt-sessions-received";
import { findQualificationRecords } from "@/lib/records/find-qualification-records";
import { findRecordYears } from "@/lib/records/find-record-years";
import { findTrainingRecords } from "@/lib/records/find-training-records";
import type { TrainingInput } from "@/lib/records/schemas";
import { summariseTrainingHours } from "@/lib/records/summarise-training-hours";
import { updateQualificationRecord } from "@/lib/records/qualification-records";
import { updateTrainingRecord } from "@/lib/records/training-records";
import type { DemoStaffNumber } from "@/prisma/seed/demo-org-chart";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Records through the year, against the demo organisation. Other files share the database and
 * run in parallel, so this one adds no employees (that would move their head-counts), keeps its
 * rows in a fiscal year of its own far from any real one, names them with a unique tag and
 * removes them at the end. Expected figures come from hand-written SQL, not from lib/records.
 */

const tag = randomUUID().slice(0, 8);
const FY = 2060 + Math.floor(Math.random() * 35);
const made = { trainings: [] as number[], qualifications: [] as number[], ojtPlans: [] as number[], interviews: [] as number[] };
const actors = {} as Record<DemoStaffNumber, Actor>;
let measureId: number;

beforeAll(async () => {
  for (const staffNumber of ["demo-employee", "demo-supervisor", "demo-bureau", "demo-hr", "demo-hq"] as const) {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, tokyoDate());
    if (!actor) throw new Error(`no actor for ${staffNumber}`);
    actors[staffNumber] = actor;
  }
  measureId = (await db.measure.findFirstOrThrow({ where: { retiredAt: null, number: 3 }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.trainingRecord.deleteMany({ where: { id: { in: made.trainings } } });
  await db.qualificationRecord.deleteMany({ where: { id: { in: made.qualifications } } });
  await db.ojtPlan.deleteMany({ where: { id: { in: made.ojtPlans } } });
  await db.careerInterview.deleteMany({ where: { id: { in: made.interviews } } });
});

const training = (overrides: Partial<TrainingInput> = {}): TrainingInput => ({
  fiscalYear: FY,
  programmeName: `研修 ${tag}`,
  kind: "INSTITUTE",
  startOn: `${FY}-06-01`,
  endOn: `${FY}-06-02`,
  hours: 7.5,
  completed: true,
  measureId,
  ...overrides,
});

async function newTraining(owner: DemoStaffNumber, overrides: Partial<TrainingInput> = {}) {
  const record = await createTrainingRecord(actors[owner], training(overrides));
  made.trainings.push(record.id);
  return record;
}

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, field?: string, key?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  expect(error.code).toBe(code);
  if (field) expect([error.field, error.messageKey]).toEqual([field, key]);
}

const auditRows = (action: AuditAction, entityId: number, actorId?: number) =>
  db.auditLog.findMany({ where: { action, entityId: String(entityId), ...(actorId ? { actorId } : {}) }, orderBy: { id: "asc" } });

const storedTraining = (id: number) => db.trainingRecord.findUnique({ where: { id } });

describe("training records: the owner's own", () => {
  it("creates, reads, updates and deletes, each write audited once with before → after", async () => {
    const me = actors["demo-employee"];
    const created = await newTraining("demo-employee", { programmeName: `作成 ${tag}` });
    expect(created).toMatchObject({ fiscalYear: FY, kind: "INSTITUTE", hours: 7.5, completed: true, version: 1 });
    expect(created.measure?.id).toBe(measureId);
    expect((await findTrainingRecords(me, { fiscalYear: FY })).map((r) => r.id)).toContain(created.id);

    const updated = await updateTrainingRecord(me, created.id, 1, training({ programmeName: `更新 ${tag}`, hours: 3, completed: false, measureId: undefined }));
    expect(updated).toMatchObject({ programmeName: `更新 ${tag}`, hours: 3, completed: false, version: 2, measure: null });

    await deleteTrainingRecord(me, created.id, 2);
    expect(await storedTraining(created.id)).toBeNull();

    const [create] = await auditRows("training.create", created.id, me.employeeId);
    const [update, ...moreUpdates] = await auditRows("training.update", created.id, me.employeeId);
    const [remove, ...moreDeletes] = await auditRows("training.delete", created.id, me.employeeId);
    expect(create?.detail).toMatchObject({ after: { programmeName: `作成 ${tag}`, startOn: `${FY}-06-01`, hours: 7.5 } });
    expect(update?.detail).toMatchObject({
      before: { programmeName: `作成 ${tag}`, hours: 7.5 },
      after: { programmeName: `更新 ${tag}`, hours: 3, measureId: null },
    });
    expect(remove?.detail).toMatchObject({ before: { programmeName: `更新 ${tag}`, version: 2 } });
    expect([moreUpdates, moreDeletes]).toEqual([[], []]);
  });

  it("accepts both ends of the fiscal year and refuses a day outside", async () => {
    const edge = await newTraining("demo-employee", { startOn: `${FY}-04-01`, endOn: `${FY + 1}-03-31` });
    expect(edge.endOn).toEqual({ year: FY + 1, month: 3, day: 31 });
    await expectAppError(createTrainingRecord(actors["demo-employee"], training({ endOn: `${FY + 1}-04-01` })), "INVALID_INPUT", "endOn", "outsideFiscalYear");
  });

  it("refuses bad input with the field and message, writing nothing", async () => {
    const me = actors["demo-employee"];
    const name = `拒否 ${tag}`;
    const cases: [Partial<TrainingInput>, string, string][] = [
      [{ startOn: `${FY - 1}-12-01` }, "startOn", "outsideFiscalYear"],
      [{ startOn: `${FY}-06-10`, endOn: `${FY}-06-09` }, "endOn", "endBeforeStart"],
      [{ measureId: 2_000_000_000 }, "measureId", "unknownMeasure"],
      [{ programmeName: "長".repeat(201) }, "programmeName", "tooLong"],
      [{ programmeName: "   " }, "programmeName", "required"],
      [{ hours: 0.25 }, "hours", "hours"],
      [{ hours: 1000 }, "hours", "hours"],
      [{ startOn: `${FY}-02-30` }, "startOn", "date"],
      [{ kind: "ONLINE" as TrainingInput["kind"] }, "kind", "invalid"],
    ];
    for (const [overrides, field, key] of cases) {
      await expectAppError(createTrainingRecord(me, training({ programmeName: name, ...overrides })), "INVALID_INPUT", field, key);
    }
    expect(await db.trainingRecord.count({ where: { employeeId: me.employeeId, programmeName: { startsWith: "拒否" }, fiscalYear: FY } })).toBe(0);

    // An update refused for its input leaves the record and its version as they were.
    const record = await newTraining("demo-employee");
    await expectAppError(updateTrainingRecord(me, record.id, 1, training({ measureId: 2_000_000_000 })), "INVALID_INPUT", "measureId", "unknownMeasure");
    expect(await storedTraining(record.id)).toMatchObject({ version: 1, measureId });
    expect(await auditRows("training.update", record.id)).toEqual([]);
  });

  it("refuses a stale version with CONFLICT and keeps the first save", async () => {
    const me = actors["demo-employee"];
    const record = await newTraining("demo-employee");
    await updateTrainingRecord(me, record.id, 1, training({ programmeName: `先 ${tag}` }));
    await expectAppError(updateTrainingRecord(me, record.id, 1, training({ programmeName: `後 ${tag}` })), "CONFLICT");
    await expectAppError(deleteTrainingRecord(me, record.id, 1), "CONFLICT");
    expect(await storedTraining(record.id)).toMatchObject({ programmeName: `先 ${tag}`, version: 2 });
    expect(await auditRows("training.update", record.id)).toHaveLength(1);
    expect(await auditRows("training.delete", record.id)).toEqual([]);
  });
});

describe("training records: other people", () => {
  it("answers another employee's id as NOT_FOUND and changes nothing", async () => {
    const theirs = await newTraining("demo-hr", { programmeName: `他人 ${tag}` });
    for (const staffNumber of ["demo-employee", "demo-supervisor"] as const) {
      await expectAppError(updateTrainingRecord(actors[staffNumber], theirs.id, 1, training()), "NOT_FOUND");
      await expectAppError(deleteTrainingRecord(actors[staffNumber], theirs.id, 1), "NOT_FOUND");
    }
    expect(await storedTraining(theirs.id)).toMatchObject({ programmeName: `他人 ${tag}`, version: 1 });
    expect([...(await auditRows("training.update", theirs.id)), ...(await auditRows("training.delete", theirs.id))]).toEqual([]);
    // An id that no int column can hold is a miss too, not a database error.
    await expectAppError(deleteTrainingRecord(actors["demo-employee"], 2 ** 40, 1), "NOT_FOUND");
  });

  it("lets the supervisor read a team member's records, audited, but not write them", async () => {
    const supervisor = actors["demo-supervisor"];
    const member = actors["demo-employee"];
    const record = await newTraining("demo-employee", { programmeName: `上司閲覧 ${tag}` });
    const before = (await auditRows("records.view", member.employeeId, supervisor.employeeId)).length;
    const seen = await findTrainingRecords(supervisor, { employeeId: member.employeeId, fiscalYear: FY });
    expect(seen.map((r) => r.id)).toContain(record.id);
    const views = await auditRows("records.view", member.employeeId, supervisor.employeeId);
    expect(views).toHaveLength(before + 1);
    expect(views.at(-1)?.detail).toEqual({ records: "training", fiscalYear: FY });
    // Reading one's own records is not a view of someone else's.
    const ownViews = (await auditRows("records.view", member.employeeId, member.employeeId)).length;
    await findTrainingRecords(member, { fiscalYear: FY });
    expect(await auditRows("records.view", member.employeeId, member.employeeId)).toHaveLength(ownViews);

    await expectAppError(updateTrainingRecord(supervisor, record.id, 1, training()), "NOT_FOUND");
    await expectAppError(deleteTrainingRecord(supervisor, record.id, 1), "NOT_FOUND");
    expect(await storedTraining(record.id)).toMatchObject({ version: 1 });
  });

  it("keeps each reader to their scope: NOT_FOUND outside it, with no audit row", async () => {
    const hrPerson = actors["demo-hr"].employeeId;
    const employee = actors["demo-employee"].employeeId;
    const refused: [DemoStaffNumber, number][] = [
      ["demo-bureau", hrPerson], // 健康福祉局's coordinator, asking after someone in 総務局
      ["demo-supervisor", hrPerson],
      ["demo-employee", hrPerson],
      ["demo-hq", employee], // the headquarters reads city-wide figures, not people's records
      ["demo-hr", 2_000_000_000],
    ];
    for (const [reader, employeeId] of refused) {
      const before = (await auditRows("records.view", employeeId, actors[reader].employeeId)).length;
      await expectAppError(findTrainingRecords(actors[reader], { employeeId, fiscalYear: FY }), "NOT_FOUND");
      await expectAppError(findQualificationRecords(actors[reader], { employeeId, fiscalYear: FY }), "NOT_FOUND");
      await expectAppError(summariseTrainingHours(actors[reader], employeeId, FY), "NOT_FOUND");
      expect([reader, (await auditRows("records.view", employeeId, actors[reader].employeeId)).length]).toEqual([reader, before]);
    }
    await expect(findTrainingRecords(actors["demo-bureau"], { employeeId: employee, fiscalYear: FY })).resolves.toBeInstanceOf(Array);
    await expect(findTrainingRecords(actors["demo-hr"], { employeeId: employee, fiscalYear: FY })).resolves.toBeInstanceOf(Array);
  });
});

describe("training hours", () => {
  it("sums this year and last year as an independent SQL sum does", async () => {
    const owner = "demo-bureau" as const; // nobody else records trainings for them in this year
    await newTraining(owner, { hours: 1.5, completed: true });
    await newTraining(owner, { hours: 3, completed: false });
    await newTraining(owner, { hours: 999, completed: true });
    await newTraining(owner, { fiscalYear: FY - 1, startOn: `${FY - 1}-05-01`, endOn: `${FY - 1}-05-01`, hours: 2.5 });
    const id = actors[owner].employeeId;
    const sql = async (fiscalYear: number) =>
      (
        await db.$queryRaw<{ hours: string | null; completed: number }[]>`
        SELECT sum(hours)::text AS hours, (count(*) FILTER (WHERE completed))::int AS completed
        FROM training_record WHERE employee_id = ${id}::int AND fiscal_year = ${fiscalYear}::int`
      )[0];
    const [thisYear, lastYear] = [await sql(FY), await sql(FY - 1)];
    const summary = await summariseTrainingHours(actors[owner], undefined, FY);
    // None of them is confirmed yet: the confirmed part is nought (verified-records.test.ts counts it).
    expect(summary).toEqual({ thisYear: Number(thisYear?.hours), lastYear: Number(lastYear?.hours), completedCount: thisYear?.completed, verifiedThisYear: 0 });
    expect(summary).toEqual({ thisYear: 1003.5, lastYear: 2.5, completedCount: 2, verifiedThisYear: 0 });
    // The HR division may read it too, and that read is audited.
    await expect(summariseTrainingHours(actors["demo-hr"], id, FY)).resolves.toEqual(summary);
    expect((await auditRows("records.view", id, actors["demo-hr"].employeeId)).at(-1)?.detail).toEqual({ records: "trainingHours", fiscalYear: FY });
    expect(await summariseTrainingHours(actors["demo-hq"], undefined, FY + 3)).toEqual({ thisYear: 0, lastYear: 0, completedCount: 0, verifiedThisYear: 0 });
  });
});

describe("qualifications", () => {
  it("links to ⑤ by default, lists expiring earlier ones in later years, and checks versions and owners", async () => {
    const me = actors["demo-employee"];
    const selfStudy = await findSelfStudyMeasureId();
    const record = await createQualificationRecord(me, { name: `社会福祉士 ${tag}`, obtainedOn: `${FY}-07-01`, expiresOn: `${FY + 3}-06-30`, note: "" });
    made.qualifications.push(record.id);
    expect(record.measure?.id).toBe(selfStudy);
    expect(record.measure?.label.startsWith("（1）⑤")).toBe(true);

    for (const [year, shown] of [
      [FY, true],
      [FY + 3, true],
      [FY + 4, false],
      [FY - 1, false],
    ] as const) {
      const ids = (await findQualificationRecords(me, { fiscalYear: year })).map((r) => r.id);
      expect([year, ids.includes(record.id)]).toEqual([year, shown]);
    }

    await expectAppError(
      createQualificationRecord(me, { name: `期限 ${tag}`, obtainedOn: `${FY}-07-01`, expiresOn: `${FY}-06-30`, note: "" }),
      "INVALID_INPUT",
      "expiresOn",
      "expiryBeforeObtained",
    );
    await expectAppError(createQualificationRecord(me, { name: "", obtainedOn: "", note: "" }), "INVALID_INPUT", "name", "required");
    await expectAppError(
      createQualificationRecord(me, { name: `施策 ${tag}`, obtainedOn: `${FY}-07-01`, measureId: 2_000_000_000, note: "" }),
      "INVALID_INPUT",
      "measureId",
      "unknownMeasure",
    );
    expect(await db.qualificationRecord.count({ where: { employeeId: me.employeeId, name: { in: [`期限 ${tag}`, `施策 ${tag}`] } } })).toBe(0);

    const updated = await updateQualificationRecord(me, record.id, 1, {
      name: `社会福祉士（更新） ${tag}`,
      obtainedOn: `${FY}-07-01`,
      measureId,
      note: "登録済み",
    });
    expect(updated).toMatchObject({ version: 2, expiresOn: null, note: "登録済み", measure: { id: measureId } });
    await expectAppError(updateQualificationRecord(me, record.id, 1, { name: "x", obtainedOn: `${FY}-07-01`, note: "" }), "CONFLICT");
    await expectAppError(updateQualificationRecord(actors["demo-supervisor"], record.id, 2, { name: "x", obtainedOn: `${FY}-07-01`, note: "" }), "NOT_FOUND");
    await expectAppError(deleteQualificationRecord(actors["demo-hr"], record.id, 2), "NOT_FOUND");
    await deleteQualificationRecord(me, record.id, 2);

    expect((await auditRows("qualification.update", record.id))[0]?.detail).toMatchObject({
      before: { expiresOn: `${FY + 3}-06-30`, measureId: selfStudy },
      after: { expiresOn: null, measureId, note: "登録済み" },
    });
    for (const action of ["qualification.create", "qualification.update", "qualification.delete"] satisfies AuditAction[]) {
      expect([action, (await auditRows(action, record.id, me.employeeId)).length]).toEqual([action, 1]);
    }
  });
});

describe("OJT sessions and career interviews, as the employee reads them", () => {
  it("lists the sessions of the employee's own OJT plan with the trainer's name", async () => {
    const me = actors["demo-employee"];
    const trainer = actors["demo-supervisor"];
    const mine = await db.ojtPlan.create({
      data: { traineeId: me.employeeId, trainerId: trainer.employeeId, supervisorId: trainer.employeeId, fiscalYear: FY },
    });
    const someoneElses = await db.ojtPlan.create({
      data: { traineeId: actors["demo-hr"].employeeId, trainerId: trainer.employeeId, supervisorId: trainer.employeeId, fiscalYear: FY },
    });
    made.ojtPlans.push(mine.id, someoneElses.id);
    const session = (ojtPlanId: number, day: number, topic: string) => ({
      ojtPlanId,
      heldOn: new Date(Date.UTC(FY, 4, day)),
      minutes: 60,
      topic,
      recordedById: trainer.employeeId,
    });
    await db.ojtSession.createMany({
      data: [session(mine.id, 20, `二回目 ${tag}`), session(mine.id, 10, `一回目 ${tag}`), session(someoneElses.id, 15, `他人 ${tag}`)],
    });

    const sessions = await findOjtSessionsReceived(me, FY);
    expect(sessions.map((s) => [s.topic, s.trainerName, s.heldOn])).toEqual([
      [`一回目 ${tag}`, trainer.name, { year: FY, month: 5, day: 10 }],
      [`二回目 ${tag}`, trainer.name, { year: FY, month: 5, day: 20 }],
    ]);
    expect(await findOjtSessionsReceived(me, FY + 1)).toEqual([]);
    expect(await findRecordYears(me)).toEqual(expect.arrayContaining([FY]));
  });

  it("shows shared notes and agreed actions but never the private notes", async () => {
    const me = actors["demo-employee"];
    const secret = `非公開メモ ${tag}`;
    const interview = await db.careerInterview.create({
      data: {
        employeeId: me.employeeId,
        supervisorId: actors["demo-supervisor"].employeeId,
        heldOn: new Date(Date.UTC(FY + 1, 2, 31)), // 31 March: still FY
        kind: "END_OF_YEAR",
        agenda: "一年の振り返り",
        sharedNotes: "共有する記録",
        privateNotes: secret,
        agreedActions: "来年度は係の研修を企画する",
      },
    });
    made.interviews.push(interview.id);
    const held = await findCareerInterviewsHeld(me, FY);
    expect(held).toHaveLength(1);
    expect(Object.keys(held[0] ?? {}).sort()).toEqual(["agenda", "agreedActions", "heldOn", "id", "interviewerName", "kind", "sharedNotes"]);
    expect(JSON.stringify(held)).not.toContain(secret);
    expect(held[0]).toMatchObject({ kind: "END_OF_YEAR", sharedNotes: "共有する記録", interviewerName: actors["demo-supervisor"].name });
    expect(await findCareerInterviewsHeld(me, FY + 1)).toEqual([]);
    expect(await findCareerInterviewsHeld(actors["demo-supervisor"], FY)).toEqual([]);
  });
});

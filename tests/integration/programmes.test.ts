import { randomUUID } from "node:crypto";
import Encoding from "encoding-japanese";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import { applyAttendanceImport, previewAttendanceImport, setAttendance } from "@/lib/records/programmes/attendance";
import { enrolStaff } from "@/lib/records/programmes/enrolment";
import { createProgramme, setProgrammeRetired, updateProgramme } from "@/lib/records/programmes/programmes";
import { ENROLMENTS_PER_PAGE, findProgrammes, findSession } from "@/lib/records/programmes/queries";
import { createSession } from "@/lib/records/programmes/sessions";
import { findTrainingRecords } from "@/lib/records/find-training-records";
import type { AuditAction, AuditArea } from "@/lib/platform/audit/audit-actions";

/**
 * Training programmes against the shared demo database: the file enrols existing demo staff in
 * a session of a fiscal year no other test uses, so that the records it makes never reach
 * another file's figures, and removes everything it created at the end.
 */

const FY = 2097;
const tag = randomUUID().slice(0, 8);
const STAFF = ["demo-employee", "demo-supervisor", "demo-bureau"] as const;
const actors = {} as Record<string, Actor>;
const ids = {} as Record<string, number>;
const made = { programmes: [] as number[], sessions: [] as number[] };
let hr: Actor;
let measureId: number;
let auditFrom: Date;

beforeAll(async () => {
  auditFrom = new Date();
  for (const staffNumber of [...STAFF, "demo-hr", "demo-hq"]) {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, tokyoDate());
    if (!actor) throw new Error(`no actor for ${staffNumber}`);
    actors[staffNumber] = actor;
    ids[staffNumber] = id;
  }
  hr = actors["demo-hr"] as Actor;
  measureId = (await db.measure.findFirstOrThrow({ where: { retiredAt: null, number: 1 }, select: { id: true } })).id;
});

afterAll(async () => {
  const enrolments = await db.trainingEnrolment.findMany({ where: { sessionId: { in: made.sessions } }, select: { trainingRecordId: true } });
  const recordIds = enrolments.flatMap((row) => (row.trainingRecordId === null ? [] : [row.trainingRecordId]));
  await db.trainingEnrolment.deleteMany({ where: { sessionId: { in: made.sessions } } });
  await db.trainingRecord.deleteMany({ where: { OR: [{ id: { in: recordIds } }, { fiscalYear: FY, programmeName: { contains: tag } }] } });
  await db.trainingSession.deleteMany({ where: { id: { in: made.sessions } } });
  await db.trainingProgramme.deleteMany({ where: { id: { in: made.programmes } } });
  const entityIds = [...made.programmes, ...made.sessions].map(String);
  await db.auditLog.deleteMany({ where: { action: { startsWith: "programme." satisfies AuditArea }, entityId: { in: entityIds }, at: { gte: auditFrom } } });
  // The reads of the attendees' records this file made as HR.
  await db.auditLog.deleteMany({
    where: { action: "records.view" satisfies AuditAction, actorId: hr.employeeId, at: { gte: auditFrom }, detail: { path: ["fiscalYear"], equals: FY } },
  });
});

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  expect(error.code).toBe(code);
  if (field) expect(error.field).toBe(field);
}

async function newProgramme(title = `新任係長研修 ${tag}`) {
  const id = await createProgramme(hr, {
    title,
    kind: "INSTITUTE",
    measureId: String(measureId),
    targetRanks: "係長、主任",
    targetJobCategories: "",
    hours: "7.5",
  });
  made.programmes.push(id);
  return id;
}

async function newSession(programmeId: number, capacity = "") {
  const id = await createSession(hr, {
    programmeId: String(programmeId),
    fiscalYear: String(FY),
    startOn: `${FY}-06-10`,
    endOn: `${FY}-06-11`,
    venue: "研修センター",
    online: "",
    capacity,
  });
  made.sessions.push(id);
  return id;
}

const version = async (sessionId: number) => (await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } })).version;
const recordsOf = (staffNumber: string) => findTrainingRecords(hr, { employeeId: ids[staffNumber], fiscalYear: FY });
const enrolmentOf = async (sessionId: number, staffNumber: string) =>
  db.trainingEnrolment.findFirstOrThrow({ where: { sessionId, employee: { staffNumber } }, select: { id: true, status: true, trainingRecordId: true } });

describe("training programmes", () => {
  it("is HR-only: anyone else is answered NOT_FOUND, reads and writes alike", async () => {
    const programmeId = await newProgramme(`権限確認 ${tag}`);
    const sessionId = await newSession(programmeId);
    for (const staffNumber of ["demo-employee", "demo-supervisor", "demo-bureau", "demo-hq"]) {
      const other = actors[staffNumber] as Actor;
      await expectAppError(createProgramme(other, { title: `x ${tag}`, kind: "EXTERNAL", hours: "1" }), "NOT_FOUND");
      await expectAppError(findProgrammes(other), "NOT_FOUND");
      await expectAppError(findSession(other, sessionId), "NOT_FOUND");
      await expectAppError(enrolStaff(other, { sessionId: String(sessionId), version: "1", staffNumbers: "demo-employee" }), "NOT_FOUND");
      await expectAppError(previewAttendanceImport(other, sessionId, new TextEncoder().encode("職員番号,出欠\ndemo-employee,出席\n")), "NOT_FOUND");
    }
    expect(await db.trainingEnrolment.count({ where: { sessionId } })).toBe(0);
  });

  it("validates programmes and sessions with validation keys", async () => {
    await expectAppError(createProgramme(hr, { title: "", kind: "INSTITUTE", hours: "7.5" }), "INVALID_INPUT", "title");
    await expectAppError(createProgramme(hr, { title: `x ${tag}`, kind: "INSTITUTE", hours: "0.3" }), "INVALID_INPUT", "hours");
    const programmeId = await newProgramme(`検証 ${tag}`);
    const base = { programmeId: String(programmeId), fiscalYear: String(FY), venue: "本庁舎", online: "", capacity: "" };
    await expectAppError(createSession(hr, { ...base, startOn: `${FY}-03-31`, endOn: `${FY}-04-01` }), "INVALID_INPUT", "startOn");
    await expectAppError(createSession(hr, { ...base, startOn: `${FY}-06-02`, endOn: `${FY}-06-01` }), "INVALID_INPUT", "endOn");
    await expectAppError(createSession(hr, { ...base, startOn: `${FY}-06-01`, endOn: `${FY}-06-01`, capacity: "0" }), "INVALID_INPUT", "capacity");
    await expectAppError(createSession(hr, { ...base, venue: "", startOn: `${FY}-06-01`, endOn: `${FY}-06-01` }), "INVALID_INPUT", "venue");
  });

  it("shows a session's enrolments a page at a time, counted in all", async () => {
    const programmeId = await newProgramme();
    const sessionId = await newSession(programmeId);
    const staff = await db.employee.findMany({
      where: { active: true },
      select: { staffNumber: true },
      orderBy: { staffNumber: "asc" },
      take: ENROLMENTS_PER_PAGE + 3,
    });
    expect(staff.length).toBe(ENROLMENTS_PER_PAGE + 3);
    await enrolStaff(hr, {
      sessionId: String(sessionId),
      version: String(await version(sessionId)),
      staffNumbers: staff.map((row) => row.staffNumber).join("\n"),
    });
    const first = await findSession(hr, sessionId);
    expect(first.enrolmentPage).toEqual({ page: 1, pageCount: 2, total: ENROLMENTS_PER_PAGE + 3 });
    expect(first.enrolments.map((row) => row.staffNumber)).toEqual(staff.slice(0, ENROLMENTS_PER_PAGE).map((row) => row.staffNumber));
    const second = await findSession(hr, sessionId, { page: 2 });
    expect(second.enrolments.map((row) => row.staffNumber)).toEqual(staff.slice(ENROLMENTS_PER_PAGE).map((row) => row.staffNumber));
    // A stale bookmark past the end opens the last page.
    expect((await findSession(hr, sessionId, { page: 99 })).enrolmentPage.page).toBe(2);
  });

  it("enrols by staff number with a report per line, respecting capacity", async () => {
    const programmeId = await newProgramme();
    const sessionId = await newSession(programmeId, "2");
    const inactive = await db.employee.findFirst({ where: { active: false }, select: { staffNumber: true } });
    const text = ["demo-employee", "", `nobody-${tag}`, "demo-employee", "demo-supervisor", "demo-bureau", ...(inactive ? [inactive.staffNumber] : [])].join(
      "\n",
    );
    const report = await enrolStaff(hr, { sessionId: String(sessionId), version: String(await version(sessionId)), staffNumbers: text });
    expect(report.enrolled).toBe(2);
    expect(report.lines.map((line) => [line.line, line.outcome])).toEqual([
      [1, "ENROLLED"],
      [3, "UNKNOWN"],
      [4, "DUPLICATE_LINE"],
      [5, "ENROLLED"],
      [6, "FULL"],
      ...(inactive ? [[7, "INACTIVE"]] : []),
    ]);
    // Enrolling again: already enrolled, ignored.
    const again = await enrolStaff(hr, { sessionId: String(sessionId), version: String(await version(sessionId)), staffNumbers: "demo-employee\n" });
    expect(again).toEqual({ enrolled: 0, lines: [{ line: 1, staffNumber: "demo-employee", name: expect.any(String), outcome: "ALREADY_ENROLLED" }] });
    expect(await db.trainingEnrolment.count({ where: { sessionId } })).toBe(2);
  });

  it("turns attendance into the employee's training record, completion into completed, absence into no record", async () => {
    const programmeId = await newProgramme(`政策形成研修 ${tag}`);
    const sessionId = await newSession(programmeId);
    await enrolStaff(hr, { sessionId: String(sessionId), version: String(await version(sessionId)), staffNumbers: STAFF.join("\n") });
    const enrolment = await enrolmentOf(sessionId, "demo-employee");
    const before = await recordsOf("demo-employee");

    await setAttendance(hr, { sessionId: String(sessionId), version: String(await version(sessionId)), enrolmentId: String(enrolment.id), status: "ATTENDED" });
    const attended = (await recordsOf("demo-employee")).filter((row) => row.programmeName === `政策形成研修 ${tag}`);
    expect(attended).toHaveLength(1);
    expect(attended[0]).toMatchObject({ kind: "INSTITUTE", completed: false, hours: 7.5, fiscalYear: FY, measure: { id: measureId } });
    const linked = await enrolmentOf(sessionId, "demo-employee");
    expect(linked.trainingRecordId).toBe(attended[0]?.id);
    expect([attended[0]?.startOn, attended[0]?.endOn]).toEqual([
      { year: FY, month: 6, day: 10 },
      { year: FY, month: 6, day: 11 },
    ]);
    const row = await db.trainingRecord.findUniqueOrThrow({ where: { id: linked.trainingRecordId ?? 0 } });
    expect([row.employeeId, row.createdById]).toEqual([ids["demo-employee"], hr.employeeId]);

    await setAttendance(hr, {
      sessionId: String(sessionId),
      version: String(await version(sessionId)),
      enrolmentId: String(enrolment.id),
      status: "COMPLETED",
    });
    const completed = (await recordsOf("demo-employee")).filter((r) => r.programmeName === `政策形成研修 ${tag}`);
    expect(completed.map((r) => [r.id, r.completed])).toEqual([[linked.trainingRecordId, true]]);

    // Renaming the programme renames the records its attendance made.
    const programme = await db.trainingProgramme.findUniqueOrThrow({ where: { id: programmeId } });
    await updateProgramme(hr, {
      id: String(programmeId),
      version: String(programme.version),
      title: `政策形成研修（改） ${tag}`,
      kind: "INSTITUTE",
      measureId: String(measureId),
      targetRanks: "",
      targetJobCategories: "",
      hours: "6",
    });
    expect((await db.trainingRecord.findUniqueOrThrow({ where: { id: linked.trainingRecordId ?? 0 } })).programmeName).toBe(`政策形成研修（改） ${tag}`);

    await setAttendance(hr, { sessionId: String(sessionId), version: String(await version(sessionId)), enrolmentId: String(enrolment.id), status: "ABSENT" });
    expect((await recordsOf("demo-employee")).map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(await enrolmentOf(sessionId, "demo-employee")).toMatchObject({ status: "ABSENT", trainingRecordId: null });
    expect(await db.trainingRecord.count({ where: { id: linked.trainingRecordId ?? 0 } })).toBe(0);

    const audits = await db.auditLog.findMany({ where: { entity: "training_session", entityId: String(sessionId) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "programme.session.create",
      "programme.enrol",
      "programme.attendance",
      "programme.attendance",
      "programme.attendance",
    ]);
    expect(audits.every((a) => a.actorId === hr.employeeId)).toBe(true);
    expect(audits[4]?.detail).toMatchObject({ recordsDeleted: 1, changes: [{ staffNumber: "demo-employee", before: "COMPLETED", after: "ABSENT" }] });
    const programmeAudits = await db.auditLog.findMany({ where: { entity: "training_programme", entityId: String(programmeId) }, orderBy: { id: "asc" } });
    expect(programmeAudits.map((a) => a.action)).toEqual(["programme.create", "programme.update"]);
  });

  it("refuses a stale version with CONFLICT", async () => {
    const programmeId = await newProgramme(`版 ${tag}`);
    const sessionId = await newSession(programmeId);
    const stale = String(await version(sessionId));
    await enrolStaff(hr, { sessionId: String(sessionId), version: stale, staffNumbers: "demo-employee" });
    await expectAppError(enrolStaff(hr, { sessionId: String(sessionId), version: stale, staffNumbers: "demo-supervisor" }), "CONFLICT");
    const enrolment = await enrolmentOf(sessionId, "demo-employee");
    await expectAppError(
      setAttendance(hr, { sessionId: String(sessionId), version: stale, enrolmentId: String(enrolment.id), status: "ATTENDED" }),
      "CONFLICT",
    );
    expect((await enrolmentOf(sessionId, "demo-employee")).status).toBe("ENROLLED");

    await updateProgramme(hr, { id: String(programmeId), version: "1", title: `版2 ${tag}`, kind: "EXTERNAL", hours: "2" });
    await expectAppError(updateProgramme(hr, { id: String(programmeId), version: "1", title: `版3 ${tag}`, kind: "EXTERNAL", hours: "2" }), "CONFLICT");
    await setProgrammeRetired(hr, { id: String(programmeId), version: "2", retire: "true" });
    await expectAppError(setProgrammeRetired(hr, { id: String(programmeId), version: "2", retire: "true" }), "CONFLICT");
    await expectAppError(newSession(programmeId), "NOT_ALLOWED");
  });

  it("imports attendance from a Shift_JIS CSV: the preview writes nothing, apply does what it showed, rejects refuse the file", async () => {
    const programmeId = await newProgramme(`CSV研修 ${tag}`);
    const sessionId = await newSession(programmeId);
    await enrolStaff(hr, { sessionId: String(sessionId), version: String(await version(sessionId)), staffNumbers: STAFF.join("\n") });
    const sjis = (text: string) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));

    const bad = sjis(`出欠,職員番号\n出席,demo-employee\n遅刻,demo-supervisor\n出席,demo-hr\n修了,demo-employee\n`);
    const badPreview = await previewAttendanceImport(hr, sessionId, bad);
    expect(badPreview.encoding).toBe("SJIS");
    expect(badPreview.canApply).toBe(false);
    expect(badPreview.rows.filter((r) => r.kind === "REJECT").map((r) => (r.kind === "REJECT" ? [r.line, r.reason] : null))).toEqual([
      [3, "badValue"],
      [4, "notEnrolled"],
      [5, "duplicate"],
    ]);
    await expectAppError(applyAttendanceImport(hr, { sessionId, version: badPreview.sessionVersion, digest: badPreview.digest }, bad), "INVALID_INPUT", "file");

    const good = sjis(`職員番号,出欠\ndemo-employee,修了\ndemo-supervisor,出席\ndemo-bureau,欠席\n`);
    const versionBefore = await version(sessionId);
    const preview = await previewAttendanceImport(hr, sessionId, good);
    expect(preview).toMatchObject({ canApply: true, sessionVersion: versionBefore, counts: { CHANGE: 3, UNCHANGED: 0, REJECT: 0 } });
    // The preview wrote nothing.
    expect(await version(sessionId)).toBe(versionBefore);
    expect(await db.trainingEnrolment.count({ where: { sessionId, status: { not: "ENROLLED" } } })).toBe(0);
    await expectAppError(applyAttendanceImport(hr, { sessionId, version: preview.sessionVersion, digest: "0".repeat(64) }, good), "NOT_ALLOWED");

    const result = await applyAttendanceImport(hr, { sessionId, version: preview.sessionVersion, digest: preview.digest }, good);
    expect(result).toEqual({ changed: 3, recordsCreated: 2, recordsUpdated: 0, recordsDeleted: 0 });
    const statuses = await Promise.all(STAFF.map((s) => enrolmentOf(sessionId, s)));
    expect(statuses.map((s) => s.status)).toEqual(["COMPLETED", "ATTENDED", "ABSENT"]);
    expect(preview.rows.map((r) => (r.kind === "REJECT" ? null : [r.staffNumber, r.after]))).toEqual([
      ["demo-employee", "COMPLETED"],
      ["demo-supervisor", "ATTENDED"],
      ["demo-bureau", "ABSENT"],
    ]);
    const mine = (await recordsOf("demo-employee")).filter((r) => r.programmeName === `CSV研修 ${tag}`);
    expect(mine.map((r) => r.completed)).toEqual([true]);
    expect((await recordsOf("demo-supervisor")).filter((r) => r.programmeName === `CSV研修 ${tag}`).map((r) => r.completed)).toEqual([false]);
    expect((await recordsOf("demo-bureau")).filter((r) => r.programmeName === `CSV研修 ${tag}`)).toEqual([]);

    // The same preview applied again is stale.
    await expectAppError(applyAttendanceImport(hr, { sessionId, version: preview.sessionVersion, digest: preview.digest }, good), "CONFLICT");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "programme.attendance.import" satisfies AuditAction, entityId: String(sessionId) } });
    expect(audit.detail).toMatchObject({ digest: preview.digest, encoding: "SJIS", recordsCreated: 2 });
  });
});

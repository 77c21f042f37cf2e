import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditArea } from "@/lib/platform/audit/audit-actions";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import { setAttendance } from "@/lib/records/programmes/attendance";
import { enrolStaff } from "@/lib/records/programmes/enrolment";
import { createProgramme } from "@/lib/records/programmes/programmes";
import { createSession } from "@/lib/records/programmes/sessions";
import { applyForSession } from "@/lib/records/training-applications/apply";
import { findMyApplications, findMySessions, findReportsDue } from "@/lib/records/training-applications/my-trainings";
import { findOpenSession, findOpenSessions } from "@/lib/records/training-applications/open-sessions";
import { findReportForm, submitTrainingReport } from "@/lib/records/training-applications/reports";
import { findAppliedAtWork, findProgrammeResults } from "@/lib/records/training-applications/results";
import { findApplicationsToReview, reviewApplication } from "@/lib/records/training-applications/review";
import { decideApplication, findSessionApplications, publishSession, selectInRecommendationOrder } from "@/lib/records/training-applications/selection";

/**
 * Training applications end to end: HR publishes a session, members of a 係 apply, their 係長
 * recommends in an order or refuses, HR selects within the capacity (the rest wait), attendance
 * makes the training record, and the attendees report and evaluate. The 係 and its people are
 * this file's own, in a unit outside every bureau (so no dashboard another file reads counts
 * them), and the sessions are of a fiscal year no other test uses; everything made is removed.
 */

const FY = 2096;
const tag = randomUUID().slice(0, 8);
const made = { programmes: [] as number[], sessions: [] as number[], employees: [] as number[], units: [] as number[] };
let hr: Actor;
let supervisor: Actor;
let employee: Actor;
let coordinator: Actor;
/** the applicant's colleagues in the same 係, who apply beside them */
let colleagues: Actor[];
let measureId: number;
let auditFrom: Date;
const until = () => {
  const today = tokyoDate();
  return toIsoDate({ ...today, year: today.year + 1 });
};

async function actorOf(id: number): Promise<Actor> {
  const actor = await loadActor(db, id, tokyoDate());
  if (!actor) throw new Error(`no actor for ${id}`);
  return actor;
}

async function person(unitId: number, n: number): Promise<number> {
  const { id } = await db.employee.create({
    data: {
      staffNumber: `it-ta-${tag}-${n}`,
      name: `申込 ${n}`,
      nameKana: "モウシコミ",
      jobCategory: "事務",
      rank: "主事",
      joinedOn: new Date(Date.UTC(2015, 3, 1)),
      unitId,
    },
    select: { id: true },
  });
  made.employees.push(id);
  return id;
}

beforeAll(async () => {
  auditFrom = new Date();
  const byNumber = async (staffNumber: string) => actorOf((await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } })).id);
  hr = await byNumber("demo-hr");
  coordinator = await byNumber("demo-bureau");
  const unit = await db.orgUnit.create({ data: { code: `it-ta-${tag}`, name: "研修申込試験係", kind: "UNIT", path: "/" }, select: { id: true } });
  await db.orgUnit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
  made.units.push(unit.id);
  const leader = await person(unit.id, 0);
  await db.roleAssignment.create({ data: { employeeId: leader, role: "SUPERVISOR", unitId: unit.id, validFrom: new Date(Date.UTC(2020, 3, 1)) } });
  supervisor = await actorOf(leader);
  employee = await actorOf(await person(unit.id, 1));
  colleagues = [await actorOf(await person(unit.id, 2)), await actorOf(await person(unit.id, 3)), await actorOf(await person(unit.id, 4))];
  measureId = (await db.measure.findFirstOrThrow({ where: { retiredAt: null, number: 3 }, select: { id: true } })).id;
});

afterAll(async () => {
  const enrolments = await db.trainingEnrolment.findMany({ where: { sessionId: { in: made.sessions } }, select: { id: true, trainingRecordId: true } });
  await db.notification.deleteMany({
    where: {
      OR: [
        { actorId: { in: made.employees } },
        { recipientId: { in: made.employees } },
        { href: { in: enrolments.map((row) => `/me/trainings/reports/${row.id}`) } },
        { params: { path: ["title"], string_contains: tag } },
      ],
    },
  });
  await db.trainingReport.deleteMany({ where: { enrolment: { sessionId: { in: made.sessions } } } });
  await db.trainingApplication.deleteMany({ where: { sessionId: { in: made.sessions } } });
  await db.trainingEnrolment.deleteMany({ where: { sessionId: { in: made.sessions } } });
  await db.trainingRecord.deleteMany({ where: { id: { in: enrolments.flatMap((row) => (row.trainingRecordId === null ? [] : [row.trainingRecordId])) } } });
  await db.trainingSession.deleteMany({ where: { id: { in: made.sessions } } });
  await db.trainingProgramme.deleteMany({ where: { id: { in: made.programmes } } });
  // Only this file's: other files may be checking their own audit rows at the same time.
  await db.auditLog.deleteMany({ where: { actorId: { in: made.employees } } });
  for (const area of ["training-application.", "training-report."] satisfies AuditArea[])
    await db.auditLog.deleteMany({ where: { action: { startsWith: area }, actorId: hr.employeeId, at: { gte: auditFrom } } });
  const entityIds = [...made.programmes, ...made.sessions].map(String);
  await db.auditLog.deleteMany({ where: { action: { startsWith: "programme." satisfies AuditArea }, entityId: { in: entityIds }, at: { gte: auditFrom } } });
  await db.roleAssignment.deleteMany({ where: { employeeId: { in: made.employees } } });
  await db.employee.deleteMany({ where: { id: { in: made.employees } } });
  await db.orgUnit.deleteMany({ where: { id: { in: made.units } } });
});

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, detail?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError ${code}, got ${String(error)}`);
  expect(error.code).toBe(code);
  if (detail) expect([error.field, error.messageKey]).toContain(detail);
}

/** The n-th colleague of the applicant's. */
function colleague(n: number): Actor {
  const actor = colleagues[n];
  if (!actor) throw new Error(`no colleague ${n}`);
  return actor;
}

async function openSession(options: { capacity?: number; targetRanks?: string } = {}) {
  const programmeId = await createProgramme(hr, {
    title: `研修所研修 ${tag} ${made.programmes.length}`,
    kind: "INSTITUTE",
    measureId: String(measureId),
    targetRanks: options.targetRanks ?? "",
    targetJobCategories: "",
    hours: "6",
  });
  made.programmes.push(programmeId);
  const sessionId = await createSession(hr, {
    programmeId: String(programmeId),
    fiscalYear: String(FY),
    startOn: `${FY}-07-01`,
    endOn: `${FY}-07-02`,
    venue: "研修センター; 2階, 大会議室",
    online: "",
    capacity: options.capacity === undefined ? "" : String(options.capacity),
  });
  made.sessions.push(sessionId);
  const { version } = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
  await publishSession(hr, { sessionId, version, applicationsUntil: until() });
  return { programmeId, sessionId };
}

const application = (sessionId: number, actor: Actor) =>
  db.trainingApplication.findUniqueOrThrow({ where: { sessionId_employeeId: { sessionId, employeeId: actor.employeeId } } });
const unread = (recipient: Actor, href: string) => db.notification.count({ where: { recipientId: recipient.employeeId, href, readAt: null } });

async function applyAndRecommend(sessionId: number, applicants: Actor[]) {
  for (const [index, applicant] of applicants.entries()) {
    await applyForSession(applicant, { sessionId, reason: `業務改善に活かしたい ${index}` });
    const row = await application(sessionId, applicant);
    await reviewApplication(supervisor, { applicationId: row.id, version: row.version, decision: "RECOMMEND", order: index + 1, comment: "" });
  }
}

describe("training applications", () => {
  it("walks apply → recommend → select → attend → report and evaluate → results per measure", async () => {
    const { programmeId, sessionId } = await openSession({ capacity: 3 });
    // Published to staff: listed with its capacity and dates, filtered by measure.
    const listed = await findOpenSessions(employee, { rank: "", jobCategory: "", measureId, page: 1 });
    expect(listed.rows.map((row) => row.id)).toContain(sessionId);
    const open = await findOpenSession(employee, sessionId);
    expect(open).toMatchObject({ capacity: 3, enrolled: 0, startOn: `${FY}-07-01`, endOn: `${FY}-07-02`, myStatus: null, forMe: true });

    await applyForSession(employee, { sessionId, reason: "相談支援の質を上げたい" });
    await expectAppError(applyForSession(employee, { sessionId, reason: "もう一度" }), "NOT_ALLOWED", "alreadyApplied");
    const mine = await application(sessionId, employee);
    const supervisorHref = `/team/training-applications#application-${mine.id}`;
    expect(await unread(supervisor, supervisorHref)).toBe(1);

    // In the supervisor's queue; out of anyone else's reach.
    expect((await findApplicationsToReview(supervisor)).rows.map((row) => row.id)).toContain(mine.id);
    await expectAppError(findApplicationsToReview(employee), "NOT_FOUND");
    await expectAppError(
      reviewApplication(coordinator, { applicationId: mine.id, version: mine.version, decision: "RECOMMEND", order: 1, comment: "" }),
      "NOT_FOUND",
    );
    // Every field's problem has its own message key.
    await expectAppError(
      reviewApplication(supervisor, { applicationId: mine.id, version: mine.version, decision: "REFUSE", comment: "" }),
      "INVALID_INPUT",
      "comment",
    );
    await expectAppError(
      reviewApplication(supervisor, { applicationId: mine.id, version: mine.version + 1, decision: "RECOMMEND", order: 1, comment: "" }),
      "CONFLICT",
    );
    await reviewApplication(supervisor, { applicationId: mine.id, version: mine.version, decision: "RECOMMEND", order: 2, comment: "期待しています" });
    expect(await unread(supervisor, supervisorHref)).toBe(0);
    const hrHref = `/city/programmes/sessions/${sessionId}/applications#application-${mine.id}`;
    expect(await unread(hr, hrHref)).toBe(1);

    // Three colleagues: two recommended before her (orders 1 and 3), one refused with a comment.
    const [first, third, refused] = [colleague(0), colleague(1), colleague(2)];
    for (const [actor, decision] of [
      [first, 1],
      [third, 3],
      [refused, null],
    ] as const) {
      await applyForSession(actor, { sessionId, reason: "学びたい" });
      const row = await application(sessionId, actor);
      await reviewApplication(
        supervisor,
        decision === null
          ? { applicationId: row.id, version: row.version, decision: "REFUSE", comment: "今年度は業務繁忙のため" }
          : { applicationId: row.id, version: row.version, decision: "RECOMMEND", order: decision, comment: "" },
      );
    }
    expect((await application(sessionId, refused)).status).toBe("NOT_RECOMMENDED");

    // HR reads them in the order of recommendation and fills the session up to its capacity.
    const view = await findSessionApplications(hr, sessionId);
    expect(view.applicants.filter((row) => row.status === "RECOMMENDED").map((row) => row.order)).toEqual([1, 2, 3]);
    expect(view.counts).toMatchObject({ RECOMMENDED: 3, NOT_RECOMMENDED: 1 });
    await expectAppError(findSessionApplications(supervisor, sessionId), "NOT_FOUND");
    const filled = await selectInRecommendationOrder(hr, { sessionId });
    expect(filled).toMatchObject({ selected: 3, waitlisted: 0 });
    expect((await application(sessionId, employee)).status).toBe("SELECTED");
    expect(await unread(hr, hrHref)).toBe(0);
    expect(await unread(employee, `/me/trainings#application-${mine.id}`)).toBeGreaterThanOrEqual(2);

    // Attendance (already built) makes the training record and asks for the report.
    const attendees = [employee, first, third];
    for (const attendee of attendees) {
      const enrolment = await db.trainingEnrolment.findUniqueOrThrow({
        where: { sessionId_employeeId: { sessionId, employeeId: attendee.employeeId } },
        select: { id: true },
      });
      const { version } = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
      await setAttendance(hr, { sessionId, version, enrolmentId: enrolment.id, status: "COMPLETED" });
    }
    const enrolment = await db.trainingEnrolment.findUniqueOrThrow({
      where: { sessionId_employeeId: { sessionId, employeeId: employee.employeeId } },
      select: { id: true, trainingRecordId: true },
    });
    expect(enrolment.trainingRecordId).not.toBeNull();
    const reportHref = `/me/trainings/reports/${enrolment.id}`;
    expect(await unread(employee, reportHref)).toBe(1);
    expect((await findReportsDue(employee)).rows.map((row) => row.enrolmentId)).toContain(enrolment.id);
    expect((await findMyApplications(employee)).rows.find((row) => row.id === mine.id)).toMatchObject({
      status: "SELECTED",
      attendance: "COMPLETED",
      reported: false,
    });

    // The report: validated, one's own only, first submission then a guarded correction.
    await expectAppError(
      submitTrainingReport(employee, { enrolmentId: enrolment.id, version: 0, report: "学んだ", satisfaction: 6, usefulness: 4, appliedAtWork: "" }),
      "INVALID_INPUT",
      "satisfaction",
    );
    await expectAppError(findReportForm(first, enrolment.id), "NOT_FOUND");
    await expectAppError(
      submitTrainingReport(first, { enrolmentId: enrolment.id, version: 0, report: "他人の", satisfaction: 1, usefulness: 1, appliedAtWork: "" }),
      "NOT_FOUND",
    );
    await submitTrainingReport(employee, {
      enrolmentId: enrolment.id,
      version: 0,
      report: "面接技法を学んだ",
      satisfaction: 5,
      usefulness: 4,
      appliedAtWork: "窓口の聞き取りで実践した",
    });
    expect(await unread(employee, reportHref)).toBe(0);
    await expectAppError(
      submitTrainingReport(employee, { enrolmentId: enrolment.id, version: 0, report: "二重", satisfaction: 5, usefulness: 4, appliedAtWork: "" }),
      "CONFLICT",
    );
    await submitTrainingReport(employee, {
      enrolmentId: enrolment.id,
      version: 1,
      report: "面接技法を学んだ（追記）",
      satisfaction: 4,
      usefulness: 4,
      appliedAtWork: "窓口の聞き取りで実践した",
    });
    await expectAppError(
      submitTrainingReport(employee, { enrolmentId: enrolment.id, version: 1, report: "古い画面から", satisfaction: 1, usefulness: 1, appliedAtWork: "" }),
      "CONFLICT",
    );

    // Fewer than three answers: the averages are withheld; with three they are shown.
    const partial = (await findProgrammeResults(hr, FY)).find((row) => row.programmeId === programmeId);
    expect(partial).toMatchObject({ attended: 3, responses: 1, satisfaction: null, usefulness: null, applied: 1 });
    expect((await findAppliedAtWork(hr, sessionId)).answers).toEqual([]);
    for (const [attendee, score] of [
      [first, 5],
      [third, 2],
    ] as const) {
      const own = await db.trainingEnrolment.findUniqueOrThrow({
        where: { sessionId_employeeId: { sessionId, employeeId: attendee.employeeId } },
        select: { id: true },
      });
      await submitTrainingReport(attendee, { enrolmentId: own.id, version: 0, report: "学んだ", satisfaction: score, usefulness: score, appliedAtWork: "" });
    }
    const results = (await findProgrammeResults(hr, FY)).find((row) => row.programmeId === programmeId);
    expect(results).toMatchObject({ measureId, attended: 3, responses: 3, satisfaction: 3.67, usefulness: 3.67, applied: 1 });
    expect((await findAppliedAtWork(hr, sessionId)).answers).toEqual(["窓口の聞き取りで実践した"]);
    await expectAppError(findProgrammeResults(supervisor, FY), "NOT_FOUND");
    // The headquarters read the measures view too.
    const hq = await actorOf((await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-hq" }, select: { id: true } })).id);
    expect((await findProgrammeResults(hq, FY)).some((row) => row.programmeId === programmeId)).toBe(true);

    // The calendar names her session.
    expect((await findMySessions(employee)).map((row) => row.sessionId)).toContain(sessionId);
  });

  it("never selects beyond the capacity, even when two HR officers select at the same moment", async () => {
    const { sessionId } = await openSession({ capacity: 1 });
    await applyAndRecommend(sessionId, [employee, colleague(0)]);
    const [a, b] = await Promise.all([application(sessionId, employee), application(sessionId, colleague(0))]);
    const outcomes = await Promise.allSettled([
      decideApplication(hr, { applicationId: a.id, version: a.version, decision: "SELECT" }),
      decideApplication(hr, { applicationId: b.id, version: b.version, decision: "SELECT" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refusal = outcomes.find((outcome) => outcome.status === "rejected");
    const reason: unknown = refusal?.status === "rejected" ? refusal.reason : null;
    if (!(reason instanceof AppError)) throw new Error(`expected the second selection refused, got ${String(reason)}`);
    expect(reason.messageKey).toBe("sessionFull");
    expect(await db.trainingEnrolment.count({ where: { sessionId } })).toBe(1);
    expect(await db.trainingApplication.count({ where: { sessionId, status: "SELECTED" } })).toBe(1);
  });

  it("fills in recommendation order at the same moment without exceeding the capacity, the rest waiting", async () => {
    const { sessionId } = await openSession({ capacity: 2 });
    await applyAndRecommend(sessionId, [employee, ...colleagues]);
    const results = await Promise.all([selectInRecommendationOrder(hr, { sessionId }), selectInRecommendationOrder(hr, { sessionId })]);
    expect(results.reduce((sum, result) => sum + result.selected, 0)).toBe(2);
    expect(await db.trainingEnrolment.count({ where: { sessionId } })).toBe(2);
    // Orders 1 and 2 were selected; 3 and 4 wait.
    const rows = await db.trainingApplication.findMany({
      where: { sessionId },
      select: { status: true, recommendationOrder: true },
      orderBy: { recommendationOrder: "asc" },
    });
    expect(rows.map((row) => row.status)).toEqual(["SELECTED", "SELECTED", "WAITLISTED", "WAITLISTED"]);
    // A wait-listed applicant can still be selected one by one when a place opens: not while full.
    const waiting = await db.trainingApplication.findFirstOrThrow({ where: { sessionId, status: "WAITLISTED" } });
    await expectAppError(decideApplication(hr, { applicationId: waiting.id, version: waiting.version, decision: "SELECT" }), "NOT_ALLOWED", "sessionFull");
  });

  it("selects an applicant whom HR enrols in the session directly, in the same transaction, audited", async () => {
    const { sessionId } = await openSession({ capacity: 3 });
    // One applied and was recommended, one only applied; a third did not apply.
    await applyAndRecommend(sessionId, [employee]);
    await applyForSession(colleague(0), { sessionId, reason: "直接の登録前に申し込み" });
    const staffNumber = async (actor: Actor) =>
      (await db.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { staffNumber: true } })).staffNumber;
    const { version } = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
    const report = await enrolStaff(hr, {
      sessionId: String(sessionId),
      version: String(version),
      staffNumbers: [await staffNumber(employee), await staffNumber(colleague(0)), await staffNumber(colleague(1))].join("\n"),
    });
    expect(report.enrolled).toBe(3);
    for (const applicant of [employee, colleague(0)]) {
      const row = await application(sessionId, applicant);
      const enrolment = await db.trainingEnrolment.findUniqueOrThrow({
        where: { sessionId_employeeId: { sessionId, employeeId: applicant.employeeId } },
        select: { id: true },
      });
      expect(row).toMatchObject({ status: "SELECTED", enrolmentId: enrolment.id, decidedById: hr.employeeId });
      const audit = await db.auditLog.findFirst({ where: { action: "training-application.select", entityId: String(row.id), at: { gte: auditFrom } } });
      expect(audit?.detail).toMatchObject({ sessionId, after: "SELECTED", enrolmentId: enrolment.id });
    }
    expect(await db.trainingApplication.count({ where: { sessionId } })).toBe(2);
    // Nothing is left for HR to select, and filling the session selects nobody twice.
    expect((await findSessionApplications(hr, sessionId)).counts).toMatchObject({ SELECTED: 2, RECOMMENDED: 0, APPLIED: 0 });
    expect((await selectInRecommendationOrder(hr, { sessionId })).selected).toBe(0);
  });

  it("lets only those a programme is for apply, and only while it is published", async () => {
    const { sessionId } = await openSession({ targetRanks: "局長" });
    await expectAppError(applyForSession(employee, { sessionId, reason: "対象外" }), "NOT_ALLOWED", "notEligible");
    // The catalogue says so before anyone tries.
    expect((await findOpenSession(employee, sessionId)).forMe).toBe(false);
    expect((await findOpenSessions(employee, { rank: "主事", jobCategory: "", measureId: null, page: 1 })).rows.map((row) => row.id)).not.toContain(sessionId);
    expect((await findOpenSessions(employee, { rank: "局長", jobCategory: "", measureId: null, page: 1 })).rows.map((row) => row.id)).toContain(sessionId);
    const { version } = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } });
    await expectAppError(publishSession(employee, { sessionId, version, applicationsUntil: "" }), "NOT_FOUND");
    await expectAppError(publishSession(hr, { sessionId, version: version + 1, applicationsUntil: "" }), "CONFLICT");
    await publishSession(hr, { sessionId, version, applicationsUntil: "" });
    await expectAppError(findOpenSession(employee, sessionId), "NOT_FOUND");
    await expectAppError(applyForSession(colleague(0), { sessionId, reason: "締切後" }), "NOT_FOUND");
    await expectAppError(applyForSession(employee, { sessionId, reason: "" }), "INVALID_INPUT", "reason");
  });
});

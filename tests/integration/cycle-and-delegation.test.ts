import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { saveCycleCalendar, setBureauDeadline } from "@/lib/year/cycle/cycle-calendar";
import { cycleCalendarSchema } from "@/lib/year/cycle/cycle-schemas";
import { findCycleProgress, findMyCycleDue, findTeamCycleStatus } from "@/lib/year/cycle/cycle-status";
import { sendCycleReminders } from "@/lib/year/cycle/send-cycle-reminders";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { db } from "@/lib/platform/db/client";
import { endActingReviewer, nameActingReviewer } from "@/lib/people/acting-reviewers/name-acting-reviewer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countPlansToReview, findReviewQueue, REVIEW_QUEUE_PAGE } from "@/lib/year/plans/find-plans";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { approvePlan } from "@/lib/year/plans/review-plan";
import { applyStaffImport, previewStaffImport } from "@/lib/people/personnel/staff-import";
import { findTeamOverview } from "@/lib/people/team/find-team-overview";
import { fieldErrorsOf } from "@/lib/platform/validation/form-state";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import {
  actorById,
  createTeam,
  draftPlan,
  expectAppError,
  FY,
  measureId,
  planVersion,
  seededActor,
  submittedPlan,
  type Team,
  todayIso,
} from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Issue 21 items 2 and 3: the year's windows and the reminders (督促) sent to those who have not
 * done a step; acting reviewers (代決) who review a team for dates and stop by themselves;
 * concurrent posts (兼務) that put a person in two teams with one named reviewer of their plan,
 * and the personnel CSV that brings them in.
 *
 * The city calendar of this fiscal year is one row for the whole database: this file is the only
 * one that writes it, and the functions are given the day ("today") they run on, so the outcome
 * does not depend on the date the tests run.
 */

const DAY = (month: number, day: number): CalendarDate => ({ year: month >= 4 ? FY : FY + 1, month, day });
const iso = (date: CalendarDate) => `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
const WINDOWS = {
  fiscalYear: String(FY),
  planStartsOn: iso(DAY(4, 1)),
  planEndsOn: iso(DAY(5, 31)),
  midYearStartsOn: iso(DAY(10, 1)),
  midYearEndsOn: iso(DAY(10, 31)),
  reflectionStartsOn: iso(DAY(2, 1)),
  reflectionEndsOn: iso(DAY(3, 15)),
};
/** A day inside the 期首 window: 11 days before it closes. */
const IN_PLAN_WINDOW = DAY(5, 20);

let hr: Actor;
let measure: number;
let bureau: { id: number; path: string; code: string };
let teamA: Team;
let teamB: Team;
let coordinator: Actor;
let outsider: Team;
let standIn: Actor;

/** A test bureau of its own (a root unit), so a reminder to "the bureau" reaches exactly the people made here. */
async function createBureau() {
  const code = `it-bureau-${randomUUID().slice(0, 8)}`;
  const unit = await db.orgUnit.create({ data: { code, name: "試験局", kind: "BUREAU", path: "/", position: 999 } });
  await db.orgUnit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
  return { id: unit.id, path: `/${unit.id}/`, code };
}

/** Moves a created team's 係 under the test bureau (the team fixture puts it under 健康福祉局). */
async function moveUnder(team: Team, target: { id: number; path: string }) {
  await db.orgUnit.update({ where: { id: team.unitId }, data: { parentId: target.id, path: `${target.path}${team.unitId}/` } });
  return { ...team, supervisor: await actorById(team.supervisor.employeeId), members: await Promise.all(team.members.map((m) => actorById(m.employeeId))) };
}

beforeAll(async () => {
  hr = await seededActor({ staffNumber: "demo-hr" });
  measure = await measureId(1, 1);
  bureau = await createBureau();
  teamA = await moveUnder(await createTeam("cycle-a", 3), bureau);
  teamB = await moveUnder(await createTeam("cycle-b", 1), bureau);
  outsider = await createTeam("cycle-out", 1);
  const coordinatorPerson = teamB.members[0]!;
  await db.roleAssignment.create({
    data: { employeeId: coordinatorPerson.employeeId, role: "BUREAU_COORDINATOR", unitId: bureau.id, validFrom: new Date(Date.UTC(2000, 0, 1)) },
  });
  coordinator = await actorById(coordinatorPerson.employeeId);
  standIn = outsider.members[0]!;
  await db.cycleCalendar.deleteMany({ where: { fiscalYear: { in: [FY, FY + 5] } } });
}, 60_000);

afterAll(async () => {
  await db.cycleCalendar.deleteMany({ where: { fiscalYear: { in: [FY, FY + 5] } } });
  const people = [teamA, teamB, outsider].flatMap((team) => (team ? [team.supervisor, ...team.members].map((p) => p.employeeId) : []));
  await db.notification.deleteMany({ where: { recipientId: { in: people } } });
  // Reminders hold their sender (RESTRICT): gone before the people who sent them.
  await db.cycleReminder.deleteMany({ where: { OR: [{ employeeId: { in: people } }, { sentById: { in: people } }] } });
  await db.actingReviewer.deleteMany({ where: { OR: [{ supervisorId: { in: people } }, { actingId: { in: people } }] } });
  await db.roleAssignment.deleteMany({ where: { employeeId: { in: people }, role: "BUREAU_COORDINATOR" } });
  for (const team of [teamA, teamB, outsider]) if (team) await team.remove();
  if (bureau) await db.orgUnit.delete({ where: { id: bureau.id } });
});

describe("the year's windows", () => {
  it("are refused outside the fiscal year, ending before they start, or out of order — every problem at once", () => {
    const parsed = cycleCalendarSchema.safeParse({
      ...WINDOWS,
      planStartsOn: `${FY - 1}-12-01`,
      midYearStartsOn: iso(DAY(5, 1)),
      reflectionEndsOn: iso(DAY(1, 10)),
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ planStartsOn: "outsideFiscalYear", midYearStartsOn: "windowOrder", reflectionEndsOn: "endBeforeStart" });
    expect(cycleCalendarSchema.safeParse(WINDOWS).success).toBe(true);
  });

  it("are the HR division's to set, audited and guarded by the version loaded", async () => {
    const later = {
      ...WINDOWS,
      fiscalYear: String(FY + 5),
      planStartsOn: `${FY + 5}-04-01`,
      planEndsOn: `${FY + 5}-05-31`,
      midYearStartsOn: `${FY + 5}-10-01`,
      midYearEndsOn: `${FY + 5}-10-31`,
      reflectionStartsOn: `${FY + 6}-02-01`,
      reflectionEndsOn: `${FY + 6}-03-15`,
    };
    await expectAppError(saveCycleCalendar(coordinator, { ...later, version: "0" }), "NOT_FOUND");
    await expectAppError(saveCycleCalendar(hr, { ...later, planEndsOn: `${FY + 5}-03-01`, version: "0" }), "INVALID_INPUT", "planEndsOn", "outsideFiscalYear");
    expect(await saveCycleCalendar(hr, { ...later, version: "0" })).toEqual({ version: 1 });
    // A colleague who loaded the page before that save is refused, not silently overwritten.
    await expectAppError(saveCycleCalendar(hr, { ...later, planEndsOn: `${FY + 5}-06-30`, version: "0" }), "CONFLICT");
    expect(await saveCycleCalendar(hr, { ...later, planEndsOn: `${FY + 5}-06-30`, version: "1" })).toEqual({ version: 2 });
    const audits = await db.auditLog.count({ where: { action: "cycle.calendar.update" satisfies AuditAction, entityId: String(FY + 5) } });
    expect(audits).toBe(2);
  });

  it("show the employee what is due and in how many days, with their bureau's own date overriding the city's", async () => {
    await saveCycleCalendar(hr, { ...WINDOWS, version: "0" });
    const member = teamA.members[0]!;
    expect(await findMyCycleDue(member, IN_PLAN_WINDOW)).toMatchObject({ step: "PLAN", daysLeft: 11, done: false, dueOn: DAY(5, 31) });
    await setBureauDeadline(hr, { fiscalYear: String(FY), bureauId: String(bureau.id), step: "PLAN", endsOn: iso(DAY(6, 10)), version: "1" });
    expect(await findMyCycleDue(member, IN_PLAN_WINDOW)).toMatchObject({ step: "PLAN", daysLeft: 21, dueOn: DAY(6, 10) });
    // The version moved with the bureau date: a form loaded before it is refused.
    await expectAppError(setBureauDeadline(hr, { fiscalYear: String(FY), bureauId: String(bureau.id), step: "PLAN", endsOn: "", version: "1" }), "CONFLICT");
    await setBureauDeadline(hr, { fiscalYear: String(FY), bureauId: String(bureau.id), step: "PLAN", endsOn: "", version: "2" });
    expect(await findMyCycleDue(member, IN_PLAN_WINDOW)).toMatchObject({ daysLeft: 11 });
    // The window opens on its first day; a year without a calendar has nothing due.
    expect(await findMyCycleDue(member, DAY(4, 1))).toMatchObject({ step: "PLAN", daysLeft: 60 });
    expect(await findMyCycleDue(member, { year: FY, month: 3, day: 31 })).toBeNull();
  });
});

describe("reminders (督促)", () => {
  it("reach exactly those of the bureau who have not submitted, counted, and never twice on one day", async () => {
    // Two of teamA's members submit; the third, the two 係長 and teamB's member (the coordinator) have not.
    await submittedPlan(teamA.members[0]!, measure);
    await submittedPlan(teamA.members[1]!, measure);
    await draftPlan(teamA.members[2]!, measure);
    const expected = [teamA.members[2]!, teamA.supervisor, teamB.supervisor].map((p) => p.employeeId).sort();
    expect(await findTeamCycleStatus(teamA.supervisor, IN_PLAN_WINDOW)).toMatchObject({ step: "PLAN", members: 3, notDone: 1 });

    // The coordinator reminds their bureau (they are left out of their own reminder).
    const first = await sendCycleReminders(coordinator, { step: "PLAN" }, IN_PLAN_WINDOW);
    expect(first).toEqual({ sent: 3 });
    const notified = await db.notification.findMany({
      where: { kind: "CYCLE_REMINDER", actorId: coordinator.employeeId },
      select: { recipientId: true, params: true },
    });
    expect(notified.map((n) => n.recipientId).sort()).toEqual(expected);
    expect(notified[0]?.params).toMatchObject({ step: "PLAN", date: iso(DAY(5, 31)) });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "cycle.remind" satisfies AuditAction, actorId: coordinator.employeeId },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toMatchObject({ sent: 3, step: "PLAN", as: "BUREAU_COORDINATOR" });

    // The same day again: nobody twice. HR, for the bureau, reaches only the coordinator, who
    // had left themselves out; then nobody either.
    expect(await sendCycleReminders(coordinator, { step: "PLAN" }, IN_PLAN_WINDOW)).toEqual({ sent: 0 });
    expect(await sendCycleReminders(hr, { step: "PLAN", bureauId: bureau.id }, IN_PLAN_WINDOW)).toEqual({ sent: 1 });
    expect(await sendCycleReminders(hr, { step: "PLAN", bureauId: bureau.id }, IN_PLAN_WINDOW)).toEqual({ sent: 0 });
    expect(await db.cycleReminder.count({ where: { employeeId: { in: [...expected, coordinator.employeeId] } } })).toBe(4);
    // The next day they are reminded again — by HR, so the coordinator too.
    expect(await sendCycleReminders(hr, { step: "PLAN", bureauId: bureau.id }, { ...IN_PLAN_WINDOW, day: 21 })).toEqual({ sent: 4 });
    const progress = await findCycleProgress(coordinator, undefined, { ...IN_PLAN_WINDOW, day: 21 });
    expect(progress.steps?.find((step) => step.step === "PLAN")).toMatchObject({ staff: 6, done: 2, remindedToday: 4 });
  });

  it("are refused before the step's window opens, and outside one's scope", async () => {
    await expectAppError(sendCycleReminders(coordinator, { step: "MID_YEAR" }, IN_PLAN_WINDOW), "INVALID_INPUT", "step", "windowNotOpen");
    const otherBureau = await db.orgUnit.findFirstOrThrow({ where: { kind: "BUREAU", id: { not: bureau.id } }, select: { id: true } });
    await expectAppError(sendCycleReminders(coordinator, { step: "PLAN", bureauId: otherBureau.id }, IN_PLAN_WINDOW), "NOT_FOUND");
    await expectAppError(sendCycleReminders(teamA.supervisor, { step: "PLAN" }, IN_PLAN_WINDOW), "NOT_FOUND");
  });

  it("keep one row per person, step and day in the database itself", async () => {
    const row = {
      fiscalYear: FY,
      step: "PLAN" as const,
      employeeId: teamA.members[2]!.employeeId,
      sentOn: new Date(Date.UTC(2000, 0, 1)),
      sentById: hr.employeeId,
    };
    await db.cycleReminder.create({ data: row });
    await expect(db.cycleReminder.create({ data: row })).rejects.toThrow();
    await db.cycleReminder.deleteMany({ where: { sentOn: row.sentOn } });
  });
});

describe("acting reviewers (代決)", () => {
  it("review the team as the supervisor would during their dates, on the supervisor's behalf, and are refused (not found) after", async () => {
    const owner = teamA.members[1]!;
    const plan = await submittedPlan(owner, measure);
    // Someone without a team gets nothing before being named.
    await expectAppError(approvePlan(standIn, plan.planId, await planVersion(plan.planId), ""), "NOT_FOUND");
    // Only the supervisor themselves (or HR) names one; the stand-in cannot name themselves for teamA.
    await expectAppError(
      nameActingReviewer(standIn, {
        supervisorStaffNumber: teamA.supervisor.staffNumber,
        actingStaffNumber: standIn.staffNumber,
        startsOn: todayIso(),
        endsOn: todayIso(),
      }),
      "NOT_FOUND",
    );
    const { id } = await nameActingReviewer(teamA.supervisor, {
      supervisorStaffNumber: "",
      actingStaffNumber: standIn.staffNumber,
      startsOn: todayIso(),
      endsOn: todayIso(),
      reason: "研修",
    });
    await expectAppError(
      nameActingReviewer(hr, {
        supervisorStaffNumber: teamA.supervisor.staffNumber,
        actingStaffNumber: teamB.supervisor.staffNumber,
        startsOn: todayIso(),
        endsOn: todayIso(),
      }),
      "INVALID_INPUT",
      "startsOn",
      "overlap",
    );

    const acting = await actorById(standIn.employeeId);
    const lent = acting.grants.filter((grant) => grant.onBehalfOf);
    expect(lent.map((grant) => [grant.role, grant.unitId, grant.onBehalfOf?.employeeId])).toEqual([["SUPERVISOR", teamA.unitId, teamA.supervisor.employeeId]]);
    // The team as the supervisor sees it — never the supervisor themselves.
    const team = await findTeamOverview(acting);
    expect(team.members.map((m) => m.id).sort()).toEqual(teamA.members.map((m) => m.employeeId).sort());
    await expectAppError(getPlanDetail(acting, (await draftPlan(teamA.supervisor, measure)).planId), "NOT_FOUND");

    const detail = await getPlanDetail(acting, plan.planId);
    expect([detail.access.canReview, detail.access.onBehalfOf?.employeeId]).toEqual([true, teamA.supervisor.employeeId]);
    await approvePlan(acting, plan.planId, await planVersion(plan.planId), "代決で承認します。");
    const event = await db.reviewEvent.findFirstOrThrow({ where: { planId: plan.planId, action: "APPROVE" }, select: { actorId: true, onBehalfOfId: true } });
    expect(event).toEqual({ actorId: standIn.employeeId, onBehalfOfId: teamA.supervisor.employeeId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "plan.approve" satisfies AuditAction, entityId: String(plan.planId) } });
    expect(audit.detail).toMatchObject({ onBehalfOf: teamA.supervisor.employeeId });
    const timeline = (await getPlanDetail(teamA.supervisor, plan.planId)).plan.events.find((e) => e.action === "APPROVE");
    expect(timeline?.onBehalfOf?.name).toBe(teamA.supervisor.name);

    // The day after the end date the lent grant is gone by itself: the date is compared when the actor is read.
    const tomorrow = new Date(Date.UTC(tokyoDate().year, tokyoDate().month - 1, tokyoDate().day + 1));
    const next = await loadActor(db, standIn.employeeId, { year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate() });
    expect(next?.grants.some((grant) => grant.onBehalfOf)).toBe(false);
    const second = await submittedPlan(teamA.members[0]!, measure);
    // Submitted while the period runs: the acting reviewer is told, as the supervisor is.
    expect(await db.notification.count({ where: { recipientId: standIn.employeeId, kind: "PLAN_SUBMITTED", href: `/plans/${second.planId}` } })).toBe(1);
    await expectAppError(approvePlan(next!, second.planId, await planVersion(second.planId), ""), "NOT_FOUND");

    // Ended early by the supervisor: refused from then on, today as well.
    await endActingReviewer(teamA.supervisor, { id: String(id), version: "1" });
    await expectAppError(approvePlan(await actorById(standIn.employeeId), second.planId, await planVersion(second.planId), ""), "NOT_FOUND");
  });

  it("a period already over gives nothing", async () => {
    const yesterday = new Date(Date.now() - 2 * 86_400_000);
    await db.actingReviewer.create({
      data: {
        supervisorId: teamB.supervisor.employeeId,
        actingId: standIn.employeeId,
        startsOn: new Date(Date.UTC(2000, 0, 1)),
        endsOn: yesterday,
        createdById: hr.employeeId,
      },
    });
    const acting = await actorById(standIn.employeeId);
    expect(acting.grants.some((grant) => grant.onBehalfOf?.employeeId === teamB.supervisor.employeeId)).toBe(false);
  });
});

describe("concurrent posts (兼務)", () => {
  it("put a person in both teams, flagged, with the primary post's supervisor reviewing unless the concurrent post is marked", async () => {
    const person = outsider.members[0]!;
    const plan = await submittedPlan(person, measure);
    const post = await db.concurrentPost.create({ data: { employeeId: person.employeeId, unitId: teamB.unitId, startsOn: new Date(Date.UTC(2000, 0, 1)) } });
    const [home, second] = [await findTeamOverview(outsider.supervisor), await findTeamOverview(await actorById(teamB.supervisor.employeeId))];
    expect(home.members.find((m) => m.id === person.employeeId)?.concurrentPost).toBe(true);
    expect(second.members.find((m) => m.id === person.employeeId)?.concurrentPost).toBe(true);

    // Actors are read per request, with the posts held today.
    const [homeChief, postChief] = [await actorById(outsider.supervisor.employeeId), await actorById(teamB.supervisor.employeeId)];
    const reviewOf = async (actor: Actor) => (await getPlanDetail(actor, plan.planId)).access.canReview;
    expect([await reviewOf(homeChief), await reviewOf(postChief)]).toEqual([true, false]);
    expect((await getPlanDetail(postChief, plan.planId)).reviewers).toMatchObject({ names: [outsider.supervisor.name], throughConcurrentPost: false });
    await expectAppError(approvePlan(postChief, plan.planId, await planVersion(plan.planId), ""), "NOT_FOUND");
    // The review queue and its count hold the plan for its reviewer only, page by page.
    const queued = async (actor: Actor) => {
      const { total } = await findReviewQueue(actor);
      const pages = await Promise.all(Array.from({ length: Math.ceil(total / REVIEW_QUEUE_PAGE) }, (_, index) => findReviewQueue(actor, index + 1)));
      const ids = pages.flatMap((page) => page.plans.map((queuedPlan) => queuedPlan.id));
      expect(await countPlansToReview(actor)).toBe(total);
      expect(ids).toHaveLength(total);
      return { listed: ids.includes(plan.planId), total };
    };
    const [homeBefore, postBefore] = [await queued(homeChief), await queued(postChief)];
    expect([homeBefore.listed, postBefore.listed]).toEqual([true, false]);

    await db.concurrentPost.update({ where: { id: post.id }, data: { reviewsPlan: true } });
    expect([await reviewOf(homeChief), await reviewOf(postChief)]).toEqual([false, true]);
    expect([await queued(homeChief), await queued(postChief)]).toEqual([
      { listed: false, total: homeBefore.total - 1 },
      { listed: true, total: postBefore.total + 1 },
    ]);
    expect((await getPlanDetail(homeChief, plan.planId)).reviewers).toMatchObject({ names: [teamB.supervisor.name], throughConcurrentPost: true });

    // Ended: only the home team has them.
    await db.concurrentPost.update({ where: { id: post.id }, data: { endsOn: new Date(Date.UTC(2000, 11, 31)) } });
    expect((await findTeamOverview(await actorById(teamB.supervisor.employeeId))).members.some((m) => m.id === person.employeeId)).toBe(false);
    await db.concurrentPost.delete({ where: { id: post.id } });
  });
});

describe("concurrent posts in the personnel CSV", () => {
  const HEADER = "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,在職";
  const WITH_POSTS = `${HEADER},兼務所属コード,兼務開始日,兼務終了日,兼務先評価`;
  const csv = (header: string, lines: string[]) => new TextEncoder().encode([header, ...lines].join("\r\n"));
  let database: ThrowawayDatabase;
  let client: PrismaClient;
  let importer: Actor;

  beforeAll(async () => {
    database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_concurrent");
    client = createPrismaClient(database.url);
    const root = await client.orgUnit.create({ data: { code: "CP-ROOT", name: "試験局", kind: "BUREAU", path: "/" } });
    await client.orgUnit.update({ where: { id: root.id }, data: { path: `/${root.id}/` } });
    for (const code of ["CP-A", "CP-B"]) {
      const unit = await client.orgUnit.create({ data: { code, name: code, kind: "SECTION", parentId: root.id, path: "/" } });
      await client.orgUnit.update({ where: { id: unit.id }, data: { path: `/${root.id}/${unit.id}/` } });
    }
    const person = await client.employee.create({
      data: { staffNumber: "CP-HR", name: "CP-HR", nameKana: "カナ", jobCategory: "事務", rank: "主任", joinedOn: new Date("2010-04-01"), unitId: root.id },
    });
    importer = {
      employeeId: person.id,
      staffNumber: "CP-HR",
      name: "CP-HR",
      unitId: root.id,
      grants: [{ role: "HR_DIVISION", unitId: null, unitName: null, unitPath: null, includeSubunits: true }],
    };
  }, 60_000);

  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
  });

  const posts = () =>
    client.concurrentPost.findMany({
      orderBy: { id: "asc" },
      select: { employee: { select: { staffNumber: true } }, unit: { select: { code: true } }, startsOn: true, endsOn: true, reviewsPlan: true },
    });

  it("keeps a file without the 兼務 columns valid, and brings posts in with them, checked row by row", async () => {
    const plain = csv(HEADER, ["CP-1,青葉 一郎,アオバ イチロウ,事務,主事,2010-04-01,CP-A,,,1"]);
    await applyStaffImport(importer, plain, (await previewStaffImport(importer, plain, client)).digest, client);
    expect(await posts()).toEqual([]);

    const bad = csv(WITH_POSTS, [
      "CP-1,青葉 一郎,アオバ イチロウ,事務,主事,2010-04-01,CP-A,,,1,CP-A,2026-04-01,,",
      "CP-2,泉 二郎,イズミ ジロウ,事務,主事,2010-04-01,CP-A,,,1,CP-B,,2026-03-31,x",
    ]);
    const refused = await previewStaffImport(importer, bad, client);
    expect(refused.canApply).toBe(false);
    expect(refused.counts.REJECT).toBe(2);

    const good = csv(WITH_POSTS, [
      "CP-1,青葉 一郎,アオバ イチロウ,事務,主事,2010-04-01,CP-A,,,1,CP-B,2026-04-01,2027-03-31,1",
      "CP-2,泉 二郎,イズミ ジロウ,事務,主事,2010-04-01,CP-A,,,1,,,,",
    ]);
    const preview = await previewStaffImport(importer, good, client);
    expect(preview.counts).toMatchObject({ ADD: 1, CHANGE: 1, REJECT: 0 });
    await applyStaffImport(importer, good, preview.digest, client);
    expect(await posts()).toEqual([
      { employee: { staffNumber: "CP-1" }, unit: { code: "CP-B" }, startsOn: new Date("2026-04-01"), endsOn: new Date("2027-03-31"), reviewsPlan: true },
    ]);

    // The same file again changes nothing; a file with the post's unit left empty removes it.
    expect((await previewStaffImport(importer, good, client)).counts).toMatchObject({ UNCHANGED: 2 });
    const none = csv(WITH_POSTS, ["CP-1,青葉 一郎,アオバ イチロウ,事務,主事,2010-04-01,CP-A,,,1,,,,"]);
    await applyStaffImport(importer, none, (await previewStaffImport(importer, none, client)).digest, client);
    expect(await posts()).toEqual([]);
  });
});

import { loadActor } from "@/lib/platform/auth/load-actor";
import { assertCycleAdmin, findCycleCalendar, saveCycleCalendar, setBureauDeadline } from "@/lib/year/cycle/cycle-calendar";
import { findCycleProgress, findMyCycleDue, findReminderBureaus, findTeamCycleStatus, reminderScopeSql } from "@/lib/year/cycle/cycle-status";
import { assertReminderSender, sendCycleReminders } from "@/lib/year/cycle/send-cycle-reminders";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { actingFor, assertNamesActingReviewers, leadsOwnTeam, namesActingReviewersForOthers } from "@/lib/people/acting-reviewers/acting-reviewer-access";
import { findActingReviewers } from "@/lib/people/acting-reviewers/find-acting-reviewers";
import { endActingReviewer, nameActingReviewer } from "@/lib/people/acting-reviewers/name-acting-reviewer";
import { planReviewScopeSql, planReviewStanding } from "@/lib/people/org/plan-reviewer";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { approvePlan } from "@/lib/year/plans/review-plan";
import { newcomer } from "./admin-fixtures";
import { __, BAD, type FunctionRow, HR_ONLY, IN, itself, listed, NF, NO, OK, OUT, row, YES, yes } from "./matrix";
import { makePlan, planWatch } from "./records";
import type { Scene } from "./scenes";

/**
 * Issue 21 items 2 and 3: the year's windows and reminders (lib/year/cycle), acting reviewers
 * (lib/people/acting-reviewers) and who reviews the plan of someone with a concurrent post
 * (lib/people/org/plan-reviewer.ts), with the rows the issue asks for: an acting reviewer during and
 * after their dates, and the supervisor of a concurrent post.
 */

const CALENDAR = "lib/year/cycle/cycle-calendar.ts";
const STATUS = "lib/year/cycle/cycle-status.ts";
const ACCESS = "lib/people/acting-reviewers/acting-reviewer-access.ts";
const NAME = "lib/people/acting-reviewers/name-acting-reviewer.ts";
const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The windows of `fy`: 期首 April, 中間 October, 期末 February to March — 期首 has always opened by today. */
const windows = (fy: number) => ({
  fiscalYear: String(fy),
  planStartsOn: `${fy}-04-01`,
  planEndsOn: `${fy}-04-30`,
  midYearStartsOn: `${fy}-10-01`,
  midYearEndsOn: `${fy}-10-31`,
  reflectionStartsOn: `${fy + 1}-02-01`,
  reflectionEndsOn: `${fy + 1}-03-31`,
});

/** This year's calendar, set once for every cell that needs it (cells run concurrently: insert or leave). */
export async function thisYearsCalendar(s: Scene) {
  const w = windows(s.world.fy);
  await db.$executeRaw`
    INSERT INTO cycle_calendar (fiscal_year, plan_starts_on, plan_ends_on, mid_year_starts_on, mid_year_ends_on, reflection_starts_on, reflection_ends_on, updated_by_id, updated_at)
    VALUES (${s.world.fy}, ${w.planStartsOn}::date, ${w.planEndsOn}::date, ${w.midYearStartsOn}::date, ${w.midYearEndsOn}::date, ${w.reflectionStartsOn}::date, ${w.reflectionEndsOn}::date, ${s.world.trainerId}, now())
    ON CONFLICT (fiscal_year) DO NOTHING`;
}

/**
 * A later year's calendar (`fy`, one per row), at version 1, for the HR division's cell to change:
 * only that cell writes it, so the others, refused before they read it, need none.
 */
const laterCalendar = (fy: number) => async (s: Scene) => {
  if (s.role !== "hr") return { fy, version: 1 };
  await db.cycleCalendar.deleteMany({ where: { fiscalYear: fy } });
  const w = windows(fy);
  await db.cycleCalendar.create({
    data: {
      fiscalYear: fy,
      planStartsOn: new Date(w.planStartsOn),
      planEndsOn: new Date(w.planEndsOn),
      midYearStartsOn: new Date(w.midYearStartsOn),
      midYearEndsOn: new Date(w.midYearEndsOn),
      reflectionStartsOn: new Date(w.reflectionStartsOn),
      reflectionEndsOn: new Date(w.reflectionEndsOn),
      updatedById: s.world.trainerId,
    },
  });
  return { fy, version: 1 };
};

/** Someone who supervises the subject's unit today (the demo's 係長 or, from above, a 課長 or 局長). */
async function supervisorOfSubject(s: Scene): Promise<number> {
  const [found] = await db.$queryRaw<{ id: number }[]>`
    SELECT ra.employee_id AS id FROM employee e JOIN org_unit u ON u.id = e.unit_id
    JOIN role_assignment ra ON ra.role = 'SUPERVISOR' AND ra.unit_id = ANY(string_to_array(btrim(u.path, '/'), '/')::int[]) AND (ra.unit_id = u.id OR ra.include_subunits)
      AND ra.valid_from <= CURRENT_DATE AND (ra.valid_to IS NULL OR ra.valid_to >= CURRENT_DATE)
    WHERE e.id = ${s.subject} AND ra.employee_id <> ${s.actor.employeeId}
    ORDER BY ra.id LIMIT 1`;
  if (!found) throw new Error("the subject's unit has no supervisor");
  return found.id;
}

/** The actor named acting reviewer (代決) for the subject's supervisor, from `from` to `to` days from today; a submitted plan of the subject. */
const namedActing = (from: number, to: number) => async (s: Scene) => {
  const today = toDateColumn(s.world.today).getTime();
  const supervisorId = await supervisorOfSubject(s);
  await db.actingReviewer.create({
    data: {
      supervisorId,
      actingId: s.actor.employeeId,
      startsOn: new Date(today + from * DAY),
      endsOn: new Date(today + to * DAY),
      createdById: s.world.trainerId,
    },
  });
  return makePlan(s, s.subject, { status: "SUBMITTED", commitments: ["SUBMITTED"] });
};

/** The subject holds a concurrent post in the actor's unit (reviewing it or not); a submitted plan of theirs. */
const concurrentPost = (reviewsPlan: boolean) => async (s: Scene) => {
  await db.concurrentPost.create({ data: { employeeId: s.subject, unitId: s.actor.unitId, startsOn: new Date(Date.UTC(2020, 3, 1)), reviewsPlan } });
  return makePlan(s, s.subject, { status: "SUBMITTED", commitments: ["SUBMITTED"] });
};

/** The actor as the next request reads them, with what `arrange` named or posted for them. */
const reloaded = async (s: Scene) => {
  const actor = await loadActor(db, s.actor.employeeId, s.world.today);
  if (!actor) throw new Error("actor gone");
  return actor;
};

/**
 * A 代決 period of the demo trainer's (a third person), held by a fresh person, not yet over. It
 * started long ago, so that it heads the HR division's list (soonest first, a page at a time)
 * among the many periods the other cells name.
 */
export const othersPeriod = async (s: Scene) => {
  const acting = await newcomer(s);
  const today = toDateColumn(s.world.today).getTime();
  return db.actingReviewer.create({
    data: {
      supervisorId: s.world.trainerId,
      actingId: acting.id,
      startsOn: new Date(Date.UTC(2001, 0, 1)),
      endsOn: new Date(today + 31 * DAY),
      createdById: s.world.trainerId,
    },
    select: { id: true, version: true },
  });
};

/**
 * This year's calendar, and everyone already reminded of the 期首 plan today: the reminder cells
 * then send nothing (still allowed and audited, with the count 0), so that they do not land in
 * other cells' unread counts while the matrix runs. What a reminder reaches is
 * tests/integration/cycle-and-delegation.test.ts's question.
 */
export async function everyoneRemindedToday(s: Scene) {
  await thisYearsCalendar(s);
  await db.$executeRaw`
    INSERT INTO cycle_reminder (fiscal_year, step, employee_id, sent_on, sent_by_id)
    SELECT ${s.world.fy}, 'PLAN', e.id, ${toDateColumn(s.world.today)}, ${s.world.trainerId} FROM employee e WHERE e.active
    ON CONFLICT (employee_id, fiscal_year, step, sent_on) DO NOTHING`;
}

const COORDINATOR_AND_HR = { none: [NF, NF, OK, OK, NF] } as const;

export const cycleRows: FunctionRow[] = [
  // --- the year's windows: the HR division's ---------------------------------------------------
  row({ fn: "assertCycleAdmin", file: CALENDAR, kind: "helper", matrix: HR_ONLY, act: async (s) => assertCycleAdmin(s.actor) }),
  row({
    fn: "findCycleCalendar",
    file: CALENDAR,
    kind: "read",
    matrix: HR_ONLY,
    arrange: thisYearsCalendar,
    act: (s) => findCycleCalendar(s.actor, s.world.fy),
  }),
  row({
    fn: "saveCycleCalendar",
    file: CALENDAR,
    kind: "write",
    matrix: HR_ONLY,
    arrange: laterCalendar(2090),
    act: (s, c) => saveCycleCalendar(s.actor, { ...windows(c.fy), planEndsOn: `${c.fy}-05-31`, version: String(c.version) }),
  }),
  row({
    fn: "setBureauDeadline",
    file: CALENDAR,
    kind: "write",
    matrix: HR_ONLY,
    arrange: laterCalendar(2091),
    act: (s, c) =>
      setBureauDeadline(s.actor, {
        fiscalYear: String(c.fy),
        bureauId: String(s.world.aobaBureau.id),
        step: "PLAN",
        endsOn: `${c.fy}-06-15`,
        version: String(c.version),
      }),
  }),

  // --- what is due, and the reminders ----------------------------------------------------------
  row({
    fn: "findMyCycleDue",
    file: STATUS,
    kind: "read",
    // One's own step, whoever one is.
    matrix: { none: [OK, OK, OK, OK, OK] },
    arrange: thisYearsCalendar,
    act: (s) => findMyCycleDue(s.actor, s.world.today),
    judge: (due) => itself(due !== null),
  }),
  row({
    fn: "findTeamCycleStatus",
    file: STATUS,
    kind: "read",
    matrix: { none: [NF, OK, NF, NF, NF] },
    arrange: thisYearsCalendar,
    act: (s) => findTeamCycleStatus(s.actor, s.world.today),
  }),
  row({ fn: "reminderScopeSql", file: STATUS, kind: "helper", matrix: COORDINATOR_AND_HR, act: (s) => reminderScopeSql(s.actor, undefined) }),
  row({
    fn: "reminderScopeSql",
    file: STATUS,
    variant: "another bureau",
    kind: "helper",
    // 青葉区 is outside the coordinator's 健康福祉局.
    matrix: { none: [NF, NF, NF, OK, NF] },
    act: (s) => reminderScopeSql(s.actor, s.world.aobaBureau.id),
  }),
  row({
    fn: "findCycleProgress",
    file: STATUS,
    kind: "read",
    matrix: COORDINATOR_AND_HR,
    arrange: thisYearsCalendar,
    act: (s) => findCycleProgress(s.actor, undefined, s.world.today),
  }),
  row({
    fn: "findReminderBureaus",
    file: STATUS,
    kind: "read",
    matrix: { none: [NF, NF, NO, YES, NF] },
    act: (s) => findReminderBureaus(s.actor),
    judge: (bureaus, _, s) => yes(bureaus.some((b) => b.id === s.world.aobaBureau.id)),
  }),
  row({
    fn: "assertReminderSender",
    file: "lib/year/cycle/send-cycle-reminders.ts",
    kind: "helper",
    matrix: COORDINATOR_AND_HR,
    act: async (s) => assertReminderSender(s.actor),
  }),
  row({
    fn: "sendCycleReminders",
    file: "lib/year/cycle/send-cycle-reminders.ts",
    kind: "write",
    // The coordinator reminds their bureau; HR one bureau (青葉区) here. Audited with the count.
    matrix: COORDINATOR_AND_HR,
    arrange: everyoneRemindedToday,
    act: (s) => sendCycleReminders(s.actor, { step: "PLAN", ...(s.role === "hr" ? { bureauId: s.world.aobaBureau.id } : {}) }, s.world.today),
  }),

  // --- acting reviewers (代決) -------------------------------------------------------------------
  row({
    fn: "leadsOwnTeam",
    file: ACCESS,
    kind: "helper",
    matrix: { none: [NO, YES, NO, NO, NO] },
    act: async (s) => leadsOwnTeam(s.actor),
    judge: (answer) => yes(answer),
  }),
  row({
    fn: "assertNamesActingReviewers",
    file: ACCESS,
    kind: "helper",
    matrix: { none: [NF, OK, NF, OK, NF] },
    act: async (s) => assertNamesActingReviewers(s.actor),
  }),
  row({
    fn: "namesActingReviewersForOthers",
    file: ACCESS,
    kind: "helper",
    matrix: { none: [NO, NO, NO, YES, NO] },
    act: async (s) => namesActingReviewersForOthers(s.actor),
    judge: (answer) => yes(answer),
  }),
  row({
    fn: "actingFor",
    file: ACCESS,
    kind: "helper",
    matrix: { other: [YES, YES, YES, YES, YES] },
    arrange: namedActing(0, 0),
    act: async (s) => actingFor(await reloaded(s)),
    judge: (standingIn) => yes(standingIn.length > 0),
  }),
  row({
    fn: "nameActingReviewer",
    file: NAME,
    variant: "for one's own team",
    kind: "write",
    // HR names for others (the next row); naming themselves, they lead no team.
    matrix: { none: [NF, OK, NF, BAD, NF] },
    arrange: newcomer,
    act: (s, acting) =>
      nameActingReviewer(
        s.actor,
        { supervisorStaffNumber: "", actingStaffNumber: acting.staffNumber, startsOn: s.world.todayIso, endsOn: s.world.todayIso },
        s.world.today,
      ),
  }),
  row({
    fn: "nameActingReviewer",
    file: NAME,
    variant: "for another supervisor",
    kind: "write",
    matrix: HR_ONLY,
    arrange: async (s) => ({
      acting: await newcomer(s),
      supervisor: await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-supervisor" }, select: { staffNumber: true } }),
    }),
    act: (s, a) =>
      nameActingReviewer(
        s.actor,
        {
          supervisorStaffNumber: a.supervisor.staffNumber,
          actingStaffNumber: a.acting.staffNumber,
          startsOn: iso(new Date(toDateColumn(s.world.today).getTime() + 60 * DAY)),
          endsOn: iso(new Date(toDateColumn(s.world.today).getTime() + 60 * DAY)),
        },
        s.world.today,
      ),
  }),
  row({
    fn: "endActingReviewer",
    file: NAME,
    variant: "another supervisor's period",
    kind: "write",
    matrix: HR_ONLY,
    arrange: othersPeriod,
    act: (s, p) => endActingReviewer(s.actor, { id: String(p.id), version: String(p.version) }),
    watch: (p) => [["acting_reviewer", "id", p.id]],
  }),
  row({
    fn: "endActingReviewer",
    file: NAME,
    variant: "one's own period",
    kind: "write",
    // The supervisor it was named for ends it, whatever else they hold.
    matrix: { none: [OK, OK, OK, OK, OK] },
    arrange: async (s) => {
      const acting = await newcomer(s);
      return db.actingReviewer.create({
        data: {
          supervisorId: s.actor.employeeId,
          actingId: acting.id,
          startsOn: toDateColumn(s.world.today),
          endsOn: toDateColumn(s.world.today),
          createdById: s.world.trainerId,
        },
        select: { id: true, version: true },
      });
    },
    act: (s, p) => endActingReviewer(s.actor, { id: String(p.id), version: String(p.version) }),
    watch: (p) => [["acting_reviewer", "id", p.id]],
  }),
  row({
    fn: "findActingReviewers",
    file: "lib/people/acting-reviewers/find-acting-reviewers.ts",
    kind: "read",
    // A supervisor sees the periods named for or by them; HR every one; others have no page.
    matrix: { none: [NF, OUT, NF, IN, NF] },
    arrange: othersPeriod,
    act: (s) => findActingReviewers(s.actor, 1, s.world.today),
    judge: (found, p) => listed(found.rows.some((r) => r.id === p.id)),
  }),

  // --- the rows the issue asks for: a plan reviewed by an acting reviewer, by a concurrent post's supervisor
  row({
    fn: "approvePlan",
    file: "lib/year/plans/review-plan.ts",
    variant: "acting reviewer during dates",
    kind: "write",
    // Whoever is named reviews the subject's plan as their supervisor would, whatever else they hold.
    matrix: { other: [OK, OK, OK, OK, OK] },
    arrange: namedActing(-1, 1),
    act: async (s, plan) => approvePlan(await reloaded(s), plan.planId, plan.version, "代決で承認します。"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "approvePlan",
    file: "lib/year/plans/review-plan.ts",
    variant: "acting reviewer after dates",
    kind: "write",
    matrix: { other: [NF, NF, NF, NF, NF] },
    arrange: namedActing(-3, -1),
    act: async (s, plan) => approvePlan(await reloaded(s), plan.planId, plan.version, "期限切れ"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "approvePlan",
    file: "lib/year/plans/review-plan.ts",
    variant: "acting reviewer before dates",
    kind: "write",
    matrix: { other: [NF, NF, NF, NF, NF] },
    arrange: namedActing(1, 3),
    act: async (s, plan) => approvePlan(await reloaded(s), plan.planId, plan.version, "まだ"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "approvePlan",
    file: "lib/year/plans/review-plan.ts",
    variant: "concurrent-post supervisor, post not reviewing",
    kind: "write",
    // The subject is in the actor's team through the post, but their own unit's supervisor reviews.
    matrix: { other: [NF, NF, NF, NF, NF] },
    arrange: concurrentPost(false),
    act: async (s, plan) => approvePlan(await reloaded(s), plan.planId, plan.version, "兼務先"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "approvePlan",
    file: "lib/year/plans/review-plan.ts",
    variant: "concurrent-post supervisor, post reviewing",
    kind: "write",
    matrix: { other: [NF, OK, NF, NF, NF] },
    arrange: concurrentPost(true),
    act: async (s, plan) => approvePlan(await reloaded(s), plan.planId, plan.version, "兼務先で評価"),
    watch: (plan) => planWatch(plan.planId),
  }),
  row({
    fn: "getPlanDetail",
    file: "lib/year/plans/get-plan-detail.ts",
    variant: "concurrent-post supervisor",
    kind: "read",
    // The concurrent post's supervisor reads the plan like the rest of their team; the coordinator of the post's bureau does not.
    matrix: { other: [NF, OK, NF, OK, NF] },
    arrange: concurrentPost(false),
    act: async (s, plan) => getPlanDetail(await reloaded(s), plan.planId),
    judge: (detail, plan) => itself(detail.plan.id === plan.planId),
  }),
  row({
    fn: "planReviewStanding",
    file: "lib/people/org/plan-reviewer.ts",
    kind: "helper",
    matrix: {
      own: [NO, NO, NO, NO, NO],
      team: [NO, YES, NO, NO, __],
      bureau: [NO, NO, NO, NO, __],
      other: [NO, NO, NO, NO, NO],
      former: [__, NO, __, __, __],
    },
    act: (s) => planReviewStanding(s.actor, s.subject, s.world.today),
    judge: (standing) => yes(standing.reviews),
  }),
  row({
    fn: "planReviewScopeSql",
    file: "lib/people/org/plan-reviewer.ts",
    kind: "helper",
    // The review queue's SQL: the same people as planReviewStanding; not found for anyone not a supervisor.
    matrix: {
      own: [NF, NO, NF, NF, NF],
      team: [NF, YES, NF, NF, __],
      bureau: [NF, NO, NF, NF, __],
      other: [NF, NO, NF, NF, NF],
      former: [__, NO, __, __, __],
    },
    act: async (s) => {
      const [found] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id WHERE e.id = ${s.subject} AND ${await planReviewScopeSql(s.actor, s.world.today)}`;
      return (found?.n ?? 0) > 0;
    },
    judge: (found) => yes(found),
  }),
  ...([false, true] as const).map((reviewing) =>
    row({
      fn: "planReviewScopeSql",
      file: "lib/people/org/plan-reviewer.ts",
      variant: `concurrent-post supervisor, post ${reviewing ? "reviewing" : "not reviewing"}`,
      kind: "helper",
      // In the team through the post either way; in the review queue only where the post reviews.
      matrix: { other: [NF, reviewing ? YES : NO, NF, NF, NF] },
      arrange: concurrentPost(reviewing),
      act: async (s) => {
        const [found] = await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id WHERE e.id = ${s.subject} AND ${await planReviewScopeSql(await reloaded(s), s.world.today)}`;
        return (found?.n ?? 0) > 0;
      },
      judge: (found) => yes(found),
    }),
  ),
];

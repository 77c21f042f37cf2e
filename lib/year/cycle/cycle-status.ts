import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { notFound } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CycleStep } from "@/lib/generated/prisma/enums";
import { employeeScope, supervisorScopeSql, unitPathsInScope } from "@/lib/people/org/scope";
import { currentWindow, type CycleCalendarRow, daysUntil, windowsOf } from "./cycle-steps";
import { dueOnSql, stepDoneSql } from "./step-done-sql";

/** The calendar of the fiscal year `today` falls in, or null before the HR division sets it. */
export async function readCalendar(today: CalendarDate): Promise<CycleCalendarRow | null> {
  return db.cycleCalendar.findUnique({ where: { fiscalYear: fiscalYearOf(today) } });
}

export interface MyCycleDue {
  step: CycleStep;
  fiscalYear: number;
  dueOn: CalendarDate;
  /** days left to the due date; negative once it has passed */
  daysLeft: number;
  done: boolean;
}

/**
 * What the employee has due now: the step whose window has opened last, its due date (their
 * bureau's own where set) and whether they have done it (stepDoneSql). Null before the year's
 * first window opens or when the HR division has set no calendar.
 */
export async function findMyCycleDue(actor: Actor, today: CalendarDate = tokyoDate()): Promise<MyCycleDue | null> {
  const calendar = await readCalendar(today);
  if (!calendar) return null;
  const window = currentWindow(windowsOf(calendar), today);
  if (!window) return null;
  // One's own row only: the EMPLOYEE scope is oneself.
  employeeScope(actor, "EMPLOYEE");
  const [row] = await db.$queryRaw<{ due_on: Date; done: boolean }[]>`
    SELECT ${dueOnSql(window.step, calendar.fiscalYear, toDateColumn(window.endsOn))} AS due_on,
           ${stepDoneSql(window.step, calendar.fiscalYear, calendar.midYearStartsOn)} AS done
    FROM employee e JOIN org_unit u ON u.id = e.unit_id
    WHERE e.id = ${actor.employeeId} AND e.active`;
  if (!row) throw notFound();
  const dueOn = fromDateColumn(row.due_on);
  return { step: window.step, fiscalYear: calendar.fiscalYear, dueOn, daysLeft: daysUntil(today, dueOn), done: row.done };
}

export interface TeamCycleStatus {
  step: CycleStep;
  fiscalYear: number;
  /** the city's due date (a bureau's own may differ for some members) */
  dueOn: CalendarDate;
  daysLeft: number;
  members: number;
  notDone: number;
}

/** For the team page: the step due now and how many of the supervisor's team have not done it, counted in SQL. */
export async function findTeamCycleStatus(actor: Actor, today: CalendarDate = tokyoDate()): Promise<TeamCycleStatus | null> {
  const scope = supervisorScopeSql(actor);
  const calendar = await readCalendar(today);
  if (!calendar) return null;
  const window = currentWindow(windowsOf(calendar), today);
  if (!window) return null;
  const [row] = await db.$queryRaw<{ members: number; not_done: number }[]>`
    SELECT count(*)::int AS members,
           count(*) FILTER (WHERE NOT ${stepDoneSql(window.step, calendar.fiscalYear, calendar.midYearStartsOn)})::int AS not_done
    FROM employee e JOIN org_unit u ON u.id = e.unit_id
    WHERE ${scope}`;
  return {
    step: window.step,
    fiscalYear: calendar.fiscalYear,
    dueOn: window.endsOn,
    daysLeft: daysUntil(today, window.endsOn),
    members: row?.members ?? 0,
    notDone: row?.not_done ?? 0,
  };
}

export type ReminderRole = "BUREAU_COORDINATOR" | "HR_DIVISION";

/**
 * The unit paths a reminder or a count covers, as a SQL condition on `u`: a coordinator's
 * bureaus (or one of them), the HR division's whole city (or one bureau). A bureau outside
 * one's scope is not found.
 */
export async function reminderScopeSql(
  actor: Actor,
  bureauId: number | undefined,
): Promise<{ role: ReminderRole; condition: Prisma.Sql; paths: string[] | null }> {
  const role: ReminderRole | null = hasRole(actor, "HR_DIVISION") ? "HR_DIVISION" : hasRole(actor, "BUREAU_COORDINATOR") ? "BUREAU_COORDINATOR" : null;
  if (role === null) throw notFound("reminders");
  const paths = unitPathsInScope(actor, role);
  if (bureauId === undefined) {
    if (paths === null) return { role, condition: Prisma.sql`true`, paths };
    return { role, condition: Prisma.sql`u.path LIKE ANY (SELECT p || '%' FROM unnest(${paths}::text[]) AS p)`, paths };
  }
  const bureau = await db.orgUnit.findFirst({ where: { id: bureauId, kind: "BUREAU", retiredAt: null }, select: { path: true } });
  if (!bureau || (paths !== null && !paths.some((path) => bureau.path.startsWith(path)))) throw notFound("bureau");
  return { role, condition: Prisma.sql`u.path LIKE ${`${bureau.path}%`}`, paths: [bureau.path] };
}

export interface StepProgress {
  step: CycleStep;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  opened: boolean;
  staff: number;
  done: number;
  /** reminders already sent today for this step in the scope */
  remindedToday: number;
}

/**
 * Each step of the year in a coordinator's bureau or the HR division's city (or one bureau):
 * active staff and how many have done it — one grouped query, shared for FIGURE_CACHE_SECONDS
 * like the other city and bureau figures (counting the whole city takes about half a second) —
 * and how many were reminded today, read fresh from the day's reminders.
 */
export async function findCycleProgress(actor: Actor, bureauId?: number, today: CalendarDate = tokyoDate()) {
  const { condition, paths } = await reminderScopeSql(actor, bureauId);
  const calendar = await readCalendar(today);
  if (!calendar) return { fiscalYear: fiscalYearOf(today), steps: null };
  const day = toDateColumn(today);
  const windows = windowsOf(calendar);
  const done = await sharedFigures(
    "cycle.progress",
    { paths, fiscalYear: calendar.fiscalYear, midYear: calendar.midYearStartsOn.toISOString(), day: day.toISOString() },
    async () => {
      const [row] = await db.$queryRaw<Record<string, number>[]>`
      SELECT count(*)::int AS staff,
             count(*) FILTER (WHERE ${stepDoneSql("PLAN", calendar.fiscalYear, calendar.midYearStartsOn)})::int AS "PLAN",
             count(*) FILTER (WHERE ${stepDoneSql("MID_YEAR", calendar.fiscalYear, calendar.midYearStartsOn)})::int AS "MID_YEAR",
             count(*) FILTER (WHERE ${stepDoneSql("REFLECTION", calendar.fiscalYear, calendar.midYearStartsOn)})::int AS "REFLECTION"
      FROM employee e JOIN org_unit u ON u.id = e.unit_id
      WHERE e.active AND ${condition}`;
      return row ?? {};
    },
  );
  const reminded = await db.$queryRaw<{ step: CycleStep; count: number }[]>`
    SELECT r.step::text AS step, count(*)::int AS count
    FROM cycle_reminder r JOIN employee e ON e.id = r.employee_id JOIN org_unit u ON u.id = e.unit_id
    WHERE r.fiscal_year = ${calendar.fiscalYear} AND r.sent_on = ${day} AND e.active AND ${condition}
    GROUP BY r.step`;
  const steps: StepProgress[] = windows.map((window) => ({
    ...window,
    opened: daysUntil(today, window.startsOn) <= 0,
    staff: done.staff ?? 0,
    done: done[window.step] ?? 0,
    remindedToday: reminded.find((row) => row.step === window.step)?.count ?? 0,
  }));
  return { fiscalYear: calendar.fiscalYear, steps };
}

/** The bureaus a coordinator (their own) or the HR division (every one) may remind, for the form's choice. */
export async function findReminderBureaus(actor: Actor) {
  const { role } = await reminderScopeSql(actor, undefined);
  const paths = unitPathsInScope(actor, role);
  const bureaus = await db.orgUnit.findMany({
    where: { kind: "BUREAU", retiredAt: null },
    select: { id: true, name: true, path: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return bureaus.filter((bureau) => paths === null || paths.some((path) => bureau.path.startsWith(path))).map(({ id, name }) => ({ id, name }));
}

import { saveCycleCalendarAction, sendCycleRemindersAction, setBureauDeadlineAction } from "@/lib/year/cycle/cycle-actions";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { endActingReviewerAction, nameActingReviewerAction } from "@/lib/people/acting-reviewers/acting-reviewer-actions";
import { actionRow, type ActionRow, by, HR_CASES, missing, signedOut, stale } from "./action-matrix";
import { newcomer } from "./admin-fixtures";
import { everyoneRemindedToday } from "./rows-cycle";
import type { Scene } from "./scenes";

/**
 * The year's windows and reminders (app/(portal)/city/cycle, app/(portal)/bureau/cycle) and
 * acting reviewers (app/(portal)/team/acting, app/(portal)/city/acting).
 */

const INITIAL = { ok: false, fieldErrors: {} };
const CYCLE = "lib/year/cycle/cycle-actions.ts";
const ACTING = "lib/people/acting-reviewers/acting-reviewer-actions.ts";
const DAY = 86_400_000;

const windows = (fy: number) => ({
  fiscalYear: String(fy),
  planStartsOn: `${fy}-04-01`,
  planEndsOn: `${fy}-04-30`,
  midYearStartsOn: `${fy}-10-01`,
  midYearEndsOn: `${fy}-10-31`,
  reflectionStartsOn: `${fy + 1}-02-01`,
  reflectionEndsOn: `${fy + 1}-03-31`,
});

/**
 * A year's calendar at version 1, inserted once whichever case comes first (cases run
 * concurrently). A far year for the row's own (or the case's): only an allowed case changes it;
 * the refused cases are checked by the actor's footprint, not by this shared row.
 */
const calendarOf = (fy: (s: Scene) => number) => async (s: Scene) => {
  const year = fy(s);
  const w = windows(year);
  await db.$executeRaw`
    INSERT INTO cycle_calendar (fiscal_year, plan_starts_on, plan_ends_on, mid_year_starts_on, mid_year_ends_on, reflection_starts_on, reflection_ends_on, updated_by_id, updated_at)
    VALUES (${year}, ${w.planStartsOn}::date, ${w.planEndsOn}::date, ${w.midYearStartsOn}::date, ${w.midYearEndsOn}::date, ${w.reflectionStartsOn}::date, ${w.reflectionEndsOn}::date, ${s.world.trainerId}, now())
    ON CONFLICT (fiscal_year) DO NOTHING`;
  return { fy: year };
};

const dayFrom = (s: Scene, days: number) => new Date(toDateColumn(s.world.today).getTime() + days * DAY).toISOString().slice(0, 10);

export const cycleActionRows: ActionRow[] = [
  actionRow({
    action: "saveCycleCalendarAction",
    file: CYCLE,
    // Only one HR case writes the year (2092): a second would meet the first's version.
    cases: [...HR_CASES, by("supervisor", "none", "notFound"), by("hr", "none", "invalid", { planEndsOn: "2092-03-01" })],
    arrange: calendarOf(() => 2092),
    form: (_, c) => ({ ...windows(c.fy), version: "1", planEndsOn: `${c.fy}-05-31` }),
    invoke: (form) => saveCycleCalendarAction(INITIAL, form),
  }),
  actionRow({
    action: "setBureauDeadlineAction",
    file: CYCLE,
    cases: [...HR_CASES, by("supervisor", "none", "notFound"), stale("hr", "none")],
    // A year per case (the allowed case moves its version; the stale one must meet its own).
    arrange: calendarOf((s) => 2040 + (s.n % 40)),
    form: (s, c) => ({ fiscalYear: String(c.fy), bureauId: String(s.world.aobaBureau.id), step: "PLAN", endsOn: `${c.fy}-06-15`, version: "1" }),
    versionField: "version",
    invoke: (form) => setBureauDeadlineAction(INITIAL, form),
  }),
  actionRow({
    action: "sendCycleRemindersAction",
    file: CYCLE,
    // The coordinator reminds their bureau, HR the city's one bureau named (青葉区); a bureau
    // outside the coordinator's is not found, like a supervisor's or an employee's attempt.
    cases: [
      signedOut("coordinator", "none"),
      by("employee", "none", "notFound"),
      by("supervisor", "none", "notFound"),
      by("hq", "none", "notFound"),
      by("coordinator", "none", "ok"),
      by("coordinator", "other", "notFound"),
      by("hr", "none", "ok"),
    ],
    arrange: everyoneRemindedToday,
    form: (s) => ({ step: "PLAN", bureauId: s.relation === "other" || s.role === "hr" ? String(s.world.aobaBureau.id) : "" }),
    invoke: (form) => sendCycleRemindersAction(INITIAL, form),
  }),
  actionRow({
    action: "nameActingReviewerAction",
    file: ACTING,
    // A supervisor for their own team; HR for another supervisor (the demo 係長, dated far ahead).
    cases: [
      signedOut("supervisor", "none"),
      by("employee", "none", "notFound"),
      by("coordinator", "none", "notFound"),
      by("hq", "none", "notFound"),
      by("supervisor", "none", "ok"),
      by("supervisor", "other", "notFound"),
      by("hr", "other", "ok"),
      by("supervisor", "none", "invalid", { endsOn: "2000-01-01", startsOn: "2000-01-01" }),
    ],
    arrange: newcomer,
    form: (s, acting) =>
      s.relation === "other"
        ? {
            supervisorStaffNumber: "demo-supervisor",
            actingStaffNumber: acting.staffNumber,
            startsOn: dayFrom(s, 90 + (s.n % 200)),
            endsOn: dayFrom(s, 90 + (s.n % 200)),
            reason: "",
          }
        : { supervisorStaffNumber: "", actingStaffNumber: acting.staffNumber, startsOn: dayFrom(s, 0), endsOn: dayFrom(s, 1), reason: "研修" },
    invoke: (form) => nameActingReviewerAction(INITIAL, form),
  }),
  actionRow({
    action: "endActingReviewerAction",
    file: ACTING,
    // The supervisor it was named for, or HR; to anyone else the period is not found.
    cases: [
      signedOut("supervisor", "own"),
      by("supervisor", "own", "ok"),
      by("employee", "other", "notFound"),
      by("supervisor", "other", "notFound"),
      by("hr", "other", "ok"),
      missing("hr", "other"),
      stale("supervisor", "own"),
    ],
    arrange: async (s) => {
      const acting = await newcomer(s);
      const supervisorId = s.relation === "own" ? s.actor.employeeId : s.world.trainerId;
      return db.actingReviewer.create({
        data: { supervisorId, actingId: acting.id, startsOn: toDateColumn(s.world.today), endsOn: toDateColumn(s.world.today), createdById: s.world.trainerId },
        select: { id: true, version: true },
      });
    },
    form: (_, p) => ({ id: String(p.id), version: String(p.version) }),
    idField: "id",
    versionField: "version",
    invoke: (form) => endActingReviewerAction(INITIAL, form),
    watch: (p) => [["acting_reviewer", "id", p.id]],
  }),
];

import "server-only";
import { type CalendarDate, fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { type FiscalQuarter, fiscalQuarterOf, fiscalQuarterRange } from "./periods";

export interface OjtPlanFigures {
  goals: number;
  goalsAchieved: number;
  sessions: number;
  /** null outside the fiscal year in progress: "this quarter" means nothing for another year */
  sessionsThisQuarter: number | null;
  lastSessionOn: CalendarDate | null;
}

export const NO_FIGURES: OjtPlanFigures = { goals: 0, goalsAchieved: 0, sessions: 0, sessionsThisQuarter: null, lastSessionOn: null };

/** The quarter of `today` if it falls in the fiscal year, else null. */
export function currentQuarterOf(fiscalYear: number, today: CalendarDate): FiscalQuarter | null {
  return isWithinFiscalYear(today, fiscalYear) ? fiscalQuarterOf(today) : null;
}

/**
 * Goal and session figures for a set of plans the caller has already scoped, counted by the
 * database in one statement whatever the number of plans, never by loading sessions. The ids go
 * as one array parameter (`unnest`), so the statement's text is the same for one plan or five
 * hundred and each connection prepares it once. Four grouped queries with an `in` list each were
 * four statements for a trainee's one plan on `/me` (eight for a trainee who also trains), and a
 * new text for each length of list.
 */
export async function summariseOjtPlans(planIds: readonly number[], fiscalYear: number, today: CalendarDate): Promise<Map<number, OjtPlanFigures>> {
  const figures = new Map<number, OjtPlanFigures>();
  if (planIds.length === 0) return figures;
  const quarter = currentQuarterOf(fiscalYear, today);
  const range = quarter ? fiscalQuarterRange(fiscalYear, quarter) : null;
  // Outside the fiscal year in progress no session falls in the (empty) range: its count is unread.
  const [from, to] = range ? [toDateColumn(range.start), toDateColumn(range.end)] : [null, null];
  const rows = await db.$queryRaw<
    { plan_id: number; goals: number; goals_achieved: number; sessions: number; this_quarter: number; last_session_on: Date | null }[]
  >`
    SELECT p.id AS plan_id, g.goals, g.goals_achieved, s.sessions, s.this_quarter, s.last_session_on
    FROM unnest(${[...planIds]}::int[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS goals, count(*) FILTER (WHERE achieved)::int AS goals_achieved
      FROM ojt_goal WHERE ojt_plan_id = p.id
    ) g
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS sessions, max(held_on) AS last_session_on,
        count(*) FILTER (WHERE held_on BETWEEN ${from}::date AND ${to}::date)::int AS this_quarter
      FROM ojt_session WHERE ojt_plan_id = p.id
    ) s`;
  for (const row of rows) {
    figures.set(row.plan_id, {
      goals: row.goals,
      goalsAchieved: row.goals_achieved,
      sessions: row.sessions,
      sessionsThisQuarter: range ? row.this_quarter : null,
      lastSessionOn: row.last_session_on ? fromDateColumn(row.last_session_on) : null,
    });
  }
  return figures;
}

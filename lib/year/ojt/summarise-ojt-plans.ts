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
 * database (four grouped queries whatever the number of plans), never by loading sessions.
 */
export async function summariseOjtPlans(planIds: readonly number[], fiscalYear: number, today: CalendarDate): Promise<Map<number, OjtPlanFigures>> {
  const figures = new Map<number, OjtPlanFigures>();
  if (planIds.length === 0) return figures;
  const ids = [...planIds];
  const quarter = currentQuarterOf(fiscalYear, today);
  const range = quarter ? fiscalQuarterRange(fiscalYear, quarter) : null;
  const [goals, achieved, sessions, thisQuarter] = await Promise.all([
    db.ojtGoal.groupBy({ by: ["ojtPlanId"], where: { ojtPlanId: { in: ids } }, _count: { _all: true } }),
    db.ojtGoal.groupBy({ by: ["ojtPlanId"], where: { ojtPlanId: { in: ids }, achieved: true }, _count: { _all: true } }),
    db.ojtSession.groupBy({ by: ["ojtPlanId"], where: { ojtPlanId: { in: ids } }, _count: { _all: true }, _max: { heldOn: true } }),
    range
      ? db.ojtSession.groupBy({
          by: ["ojtPlanId"],
          where: { ojtPlanId: { in: ids }, heldOn: { gte: toDateColumn(range.start), lte: toDateColumn(range.end) } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const countOf = (rows: { ojtPlanId: number; _count: { _all: number } }[], id: number) => rows.find((row) => row.ojtPlanId === id)?._count._all ?? 0;
  for (const id of ids) {
    const session = sessions.find((row) => row.ojtPlanId === id);
    figures.set(id, {
      goals: countOf(goals, id),
      goalsAchieved: countOf(achieved, id),
      sessions: session?._count._all ?? 0,
      sessionsThisQuarter: range ? countOf(thisQuarter, id) : null,
      lastSessionOn: session?._max.heldOn ? fromDateColumn(session._max.heldOn) : null,
    });
  }
  return figures;
}

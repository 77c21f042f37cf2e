import type { CalendarDate } from "@/lib/platform/dates/calendar-date";

/**
 * The periods an OJT goal is set for: a half of the fiscal year (上期 April–September,
 * 下期 October–March) or one of its quarters. Stored as these codes; the labels are in the
 * message catalogue (ojt.periods.*). Plain data, so client forms import it too.
 */
export const OJT_PERIODS = ["H1", "H2", "Q1", "Q2", "Q3", "Q4"] as const;
export type OjtPeriod = (typeof OJT_PERIODS)[number];

export function isOjtPeriod(value: string): value is OjtPeriod {
  return (OJT_PERIODS as readonly string[]).includes(value);
}

/** Goals are shown in the order of the year, whatever order they were entered in. */
export function periodOrder(period: string): number {
  const index = ["Q1", "H1", "Q2", "Q3", "H2", "Q4"].indexOf(period);
  return index === -1 ? 99 : index;
}

export type FiscalQuarter = 1 | 2 | 3 | 4;

/** 第1四半期 is April–June: the fiscal year's quarters, not the calendar's. */
export function fiscalQuarterOf(date: CalendarDate): FiscalQuarter {
  if (date.month >= 4 && date.month <= 6) return 1;
  if (date.month >= 7 && date.month <= 9) return 2;
  if (date.month >= 10) return 3;
  return 4;
}

/** First and last day of a quarter of a fiscal year, both inclusive. */
export function fiscalQuarterRange(fiscalYear: number, quarter: FiscalQuarter): { start: CalendarDate; end: CalendarDate } {
  const year = quarter === 4 ? fiscalYear + 1 : fiscalYear;
  const firstMonth = quarter === 4 ? 1 : 1 + quarter * 3;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { start: { year, month: firstMonth, day: 1 }, end: { year, month: lastMonth, day: lastDay } };
}

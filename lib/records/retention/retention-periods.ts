import { type CalendarDate, compareDates } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearOf } from "@/lib/platform/dates/fiscal-year";

/**
 * Every kind of record counts its period from the end of the fiscal year it belongs to (a
 * plan's year, the year an interview was held or an attachment uploaded, the year an audit row
 * was written), as the city's document rules count 保存期間 from the following 1 April: kept
 * for `years` years after that year ends, destroyed from the next day.
 */
export function keptUntil(fiscalYear: number, years: number): CalendarDate {
  return fiscalYearEnd(fiscalYear + years);
}

/** The latest fiscal year whose records have expired on `today` (that year and earlier go). */
export function lastExpiredFiscalYear(today: CalendarDate, years: number): number {
  return fiscalYearOf(today) - years - 1;
}

export function hasExpired(fiscalYear: number, years: number, today: CalendarDate): boolean {
  return compareDates(today, keptUntil(fiscalYear, years)) > 0;
}

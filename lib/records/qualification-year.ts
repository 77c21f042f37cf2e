import { type CalendarDate, compareDates, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart, isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";

/**
 * Qualifications carry no fiscal year of their own. A year's page lists those obtained in the
 * year, and also earlier ones whose expiry falls in the year or later: a licence that lapses
 * this year is this year's business, while one held for good does not repeat every year.
 */
export function isQualificationShownIn(record: { obtainedOn: CalendarDate; expiresOn: CalendarDate | null }, fiscalYear: number): boolean {
  if (isWithinFiscalYear(record.obtainedOn, fiscalYear)) return true;
  const start = fiscalYearStart(fiscalYear);
  return compareDates(record.obtainedOn, start) < 0 && record.expiresOn !== null && compareDates(record.expiresOn, start) >= 0;
}

/** The same rule as a Prisma filter on qualification_record. */
export function qualificationYearWhere(fiscalYear: number) {
  const start = toDateColumn(fiscalYearStart(fiscalYear));
  const end = toDateColumn(fiscalYearEnd(fiscalYear));
  return { OR: [{ obtainedOn: { gte: start, lte: end } }, { obtainedOn: { lt: start }, expiresOn: { gte: start } }] };
}

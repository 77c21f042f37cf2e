import { type CalendarDate, compareDates } from "./calendar-date";

/** 年度: a Japanese fiscal year runs from 1 April to 31 March and is named by its first year. */
export function fiscalYearOf(date: CalendarDate): number {
  return date.month >= 4 ? date.year : date.year - 1;
}

export function fiscalYearStart(fiscalYear: number): CalendarDate {
  return { year: fiscalYear, month: 4, day: 1 };
}

export function fiscalYearEnd(fiscalYear: number): CalendarDate {
  return { year: fiscalYear + 1, month: 3, day: 31 };
}

export function isWithinFiscalYear(date: CalendarDate, fiscalYear: number): boolean {
  return compareDates(date, fiscalYearStart(fiscalYear)) >= 0 && compareDates(date, fiscalYearEnd(fiscalYear)) <= 0;
}

/** Whole years of service on `today` for someone who joined on `joinedOn`. */
export function yearsOfService(joinedOn: CalendarDate, today: CalendarDate): number {
  const years = today.year - joinedOn.year;
  const beforeAnniversary = today.month < joinedOn.month || (today.month === joinedOn.month && today.day < joinedOn.day);
  return Math.max(0, beforeAnniversary ? years - 1 : years);
}

/** 若手職員: within `thresholdYears` years of joining (the threshold is a setting, 10 by default). */
export function isYoungStaff(joinedOn: CalendarDate, today: CalendarDate, thresholdYears: number): boolean {
  return yearsOfService(joinedOn, today) < thresholdYears;
}

/** The earliest join date that still counts as young staff on `today`: for SQL filters. */
export function youngStaffJoinedAfter(today: CalendarDate, thresholdYears: number): CalendarDate {
  const year = today.year - thresholdYears;
  // 29 February has no anniversary in a common year: the last day of February stands in, so
  // this agrees with isYoungStaff on that day too.
  const lastDay = new Date(Date.UTC(year, today.month, 0)).getUTCDate();
  return { year, month: today.month, day: Math.min(today.day, lastDay) };
}

import type { CalendarDate } from "./calendar-date";

/** yyyy-mm-dd (already validated) → calendar date */
export function parseIsoDate(value: string): CalendarDate {
  const [year, month, day] = value.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

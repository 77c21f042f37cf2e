import type { CalendarDate } from "@/lib/platform/dates/calendar-date";

/**
 * Dates as whole days since 1970-01-01 and instants as epoch milliseconds: plain numbers are
 * cheap to add and compare over millions of rows, and are only turned into text when a batch
 * is written. DATE columns take the day as is; TIMESTAMP(3) columns hold UTC, as Prisma writes
 * them, and every instant here falls in Tokyo office hours.
 */
export type Day = number;
export type Instant = number;

const MS_PER_DAY = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function dayFromCalendar(date: CalendarDate): Day {
  return dayOf(date.year, date.month, date.day);
}

export function fiscalYearStartDay(fiscalYear: number): Day {
  return dayOf(fiscalYear, 4, 1);
}

export function fiscalYearEndDay(fiscalYear: number): Day {
  return dayOf(fiscalYear + 1, 3, 31);
}

export function yearOfDay(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Saturdays and Sundays move to the Monday after: offices, trainings and interviews keep weekdays. */
export function workday(day: Day): Day {
  // 1970-01-01 was a Thursday, so day % 7 is 2 on Saturdays and 3 on Sundays.
  const weekday = ((day % 7) + 7) % 7;
  return weekday === 2 ? day + 2 : weekday === 3 ? day + 1 : day;
}

/** An instant on `day` at `minutes` after 09:00 in Tokyo. */
export function officeTime(day: Day, minutes: number): Instant {
  // 09:00 in Tokyo is 00:00 UTC of the same date.
  return day * MS_PER_DAY + (9 * 60 + minutes) * 60_000 - JST_OFFSET_MS;
}

/** The Tokyo calendar day of an instant. */
export function dayOfInstant(instant: Instant): Day {
  return Math.floor((instant + JST_OFFSET_MS) / MS_PER_DAY);
}

const isoDays = new Map<Day, string>();

/** "YYYY-MM-DD"; memoised, as a few thousand distinct days are written millions of times. */
export function isoDay(day: Day): string {
  let text = isoDays.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoDays.set(day, text);
  }
  return text;
}

export function clampDay(day: Day, min: Day, max: Day): Day {
  return Math.min(max, Math.max(min, day));
}

import { now } from "./clock";

/**
 * Calendar dates as the city sees them: in Japan Standard Time, whatever the server's zone.
 * A plain { year, month, day } avoids the off-by-one of midnight-UTC Date objects.
 */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const tokyoParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The date in Tokyo at the given instant. */
export function tokyoDate(instant: Date = now()): CalendarDate {
  const parts = Object.fromEntries(tokyoParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** A DATE column read by Prisma arrives as midnight UTC of that date. */
export function fromDateColumn(value: Date): CalendarDate {
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

export function toDateColumn(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

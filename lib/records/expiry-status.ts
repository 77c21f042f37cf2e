import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";

/** How far ahead an expiry is flagged: time enough to book the renewal course. */
export const EXPIRY_WARNING_DAYS = 90;

export type ExpiryStatus = { state: "none" } | { state: "valid" } | { state: "expiring"; daysLeft: number } | { state: "expired" };

const DAY_MS = 86_400_000;

/** A qualification is valid through its expiry date; it has expired the day after. */
export function expiryStatus(expiresOn: CalendarDate | null, today: CalendarDate): ExpiryStatus {
  if (!expiresOn) return { state: "none" };
  const daysLeft = Math.round((toDateColumn(expiresOn).getTime() - toDateColumn(today).getTime()) / DAY_MS);
  if (daysLeft < 0) return { state: "expired" };
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: "expiring", daysLeft };
  return { state: "valid" };
}

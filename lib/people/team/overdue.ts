import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";

/**
 * The date before which a commitment of a plan of `fiscalYear`, not done, counts as 期限超過.
 * Overdue is a matter of the year in progress, as the team page says (team.overdueRule): its
 * plans' commitments past their due date. A past year's unfinished commitments are history (the
 * rollover carries forward what is to go on) and a year not yet begun has nothing due, so for
 * any other year the day is the year's own first, before which none of its commitments falls
 * due: nothing is overdue there.
 */
export function overdueBefore(fiscalYear: number, today: CalendarDate): Date {
  return toDateColumn(fiscalYear === fiscalYearOf(today) ? today : fiscalYearStart(fiscalYear));
}

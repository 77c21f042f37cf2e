import type { CycleStep } from "@/lib/generated/prisma/enums";
import { type CalendarDate, compareDates, fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";

/**
 * The three steps of the city's year, in order. What "done" means for each is decided in one
 * place, lib/year/cycle/step-done-sql.ts, and shown on the pages with the same words (cycle.doneMeans):
 * - PLAN (期首): this year's plan submitted or approved (a plan reopened after approval to
 *   change a commitment has still been through the 期首 step);
 * - MID_YEAR (中間): a progress update recorded, on or after the 中間 window opened, on one of
 *   the commitments of this year's plan;
 * - REFLECTION (期末): the year-end reflection of this year's plan written (not blank).
 */
export const CYCLE_STEPS: readonly CycleStep[] = ["PLAN", "MID_YEAR", "REFLECTION"];

/** The city's calendar as the database keeps it (DATE columns arrive as midnight UTC). */
export interface CycleCalendarRow {
  fiscalYear: number;
  planStartsOn: Date;
  planEndsOn: Date;
  midYearStartsOn: Date;
  midYearEndsOn: Date;
  reflectionStartsOn: Date;
  reflectionEndsOn: Date;
  version: number;
}

export interface CycleWindow {
  step: CycleStep;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

export function windowsOf(calendar: CycleCalendarRow): CycleWindow[] {
  return [
    { step: "PLAN", startsOn: fromDateColumn(calendar.planStartsOn), endsOn: fromDateColumn(calendar.planEndsOn) },
    { step: "MID_YEAR", startsOn: fromDateColumn(calendar.midYearStartsOn), endsOn: fromDateColumn(calendar.midYearEndsOn) },
    { step: "REFLECTION", startsOn: fromDateColumn(calendar.reflectionStartsOn), endsOn: fromDateColumn(calendar.reflectionEndsOn) },
  ];
}

/**
 * The step a page speaks of on `today`: the latest whose window has opened (its end may have
 * passed: those who have not done it are still chased until the next window opens), or null
 * before the first window opens.
 */
export function currentWindow(windows: readonly CycleWindow[], today: CalendarDate): CycleWindow | null {
  const opened = windows.filter((window) => compareDates(window.startsOn, today) <= 0);
  return opened.at(-1) ?? null;
}

/** Whole days from `today` to `until` (negative once it has passed). */
export function daysUntil(today: CalendarDate, until: CalendarDate): number {
  return Math.round((toDateColumn(until).getTime() - toDateColumn(today).getTime()) / 86_400_000);
}

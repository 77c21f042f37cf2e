import type { Route } from "next";
import { toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";

/** `?fy=` if it is a plausible year, else `fallback`: an odd link still opens the page. */
export function chosenFiscalYear(value: string | string[] | undefined, current: number, fallback = current): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : fallback;
  return year >= 2000 && year <= current + 1 ? year : fallback;
}

/** The dates a training of `fiscalYear` may have: the date pickers' bounds and the hint's words. */
export function trainingPeriod(fiscalYear: number, label: (range: { start: string; end: string }) => string, locale: Locale) {
  return {
    min: toIsoDate(fiscalYearStart(fiscalYear)),
    max: toIsoDate(fiscalYearEnd(fiscalYear)),
    label: label({ start: formatDate(fiscalYearStart(fiscalYear), locale), end: formatDate(fiscalYearEnd(fiscalYear), locale) }),
  };
}

/** The year's list, at one of its sections: where the forms' pages lead back to. */
export const recordsListHref = (fiscalYear: number, section: "training" | "qualifications"): Route => `/me/records?fy=${fiscalYear}#${section}`;

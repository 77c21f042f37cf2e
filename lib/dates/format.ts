import type { Locale } from "@/lib/i18n/locales";
import type { CalendarDate } from "./calendar-date";
import { formatFiscalYearJa, formatWareki } from "./era";

/** 令和8年度 in Japanese, FY2026 in English. */
export function formatFiscalYear(fiscalYear: number, locale: Locale): string {
  return locale === "ja" ? formatFiscalYearJa(fiscalYear) : `FY${fiscalYear}`;
}

const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** 令和8年4月1日 in Japanese (staff read dates in the era), 1 Apr 2026 in English. */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return locale === "ja" ? formatWareki(date) : englishDate.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

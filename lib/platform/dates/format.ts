import type { Locale } from "@/lib/platform/i18n/locales";
import type { CalendarDate } from "./calendar-date";
import { formatFiscalYearJa, formatWareki } from "./era";

/** 令和8年度 in Japanese (2026年度 for readers of the Western calendar), FY2026 in English. */
export function formatFiscalYear(fiscalYear: number, locale: Locale): string {
  if (locale === "ja") return formatFiscalYearJa(fiscalYear);
  return locale === "en" ? `FY${fiscalYear}` : `${fiscalYear}年度`;
}

const englishDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** 令和8年4月1日 in Japanese (staff read dates in the era; 2026年4月1日 by choice), 1 Apr 2026 in English. */
export function formatDate(date: CalendarDate, locale: Locale): string {
  if (locale === "ja") return formatWareki(date);
  return locale === "en" ? englishDate.format(new Date(Date.UTC(date.year, date.month - 1, date.day))) : `${date.year}年${date.month}月${date.day}日`;
}

/**
 * Date-time formats for timestamps (notifications, the plan's timeline, review queues), made
 * once per locale and style: building an Intl formatter costs far more than using one, and a
 * page would otherwise build one per component on every request.
 */
const timestampFormats = new Map<string, Intl.DateTimeFormat>();
export function timestampFormat(locale: string, style: "date" | "dateTime"): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = timestampFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP-u-ca-japanese" : locale === "en" ? "en-GB" : "ja-JP", {
      dateStyle: "medium",
      ...(style === "dateTime" ? { timeStyle: "short" } : {}),
      timeZone: "Asia/Tokyo",
    });
    timestampFormats.set(key, format);
  }
  return format;
}

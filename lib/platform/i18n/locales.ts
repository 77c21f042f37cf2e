/** The languages of the message catalogue, kept in LOCALE_COOKIE. */
export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * How a page is shown: the language, and in Japanese the calendar for dates. Staff read dates in
 * the era by default (令和8年4月1日, 令和8年度); whoever prefers the Western calendar gets
 * 2026年4月1日 and 2026年度 (BCP 47's calendar extension, so `<html lang>` and Intl both read
 * it). English always uses the Western calendar (1 Apr 2026, FY2026).
 */
export const LOCALES = ["ja", "ja-u-ca-gregory", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ja";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The calendar for Japanese dates, kept in DATE_STYLE_COOKIE. */
export const DATE_STYLES = ["wareki", "gregorian"] as const;
export type DateStyle = (typeof DATE_STYLES)[number];
export const DATE_STYLE_COOKIE = "HAGUKUMI_DATE_STYLE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function languageOf(locale: Locale): Language {
  return locale === "en" ? "en" : "ja";
}

/** The locale for a language and, in Japanese, a calendar. */
export function localeFor(language: Language, dateStyle: DateStyle | undefined): Locale {
  return language === "ja" && dateStyle === "gregorian" ? "ja-u-ca-gregory" : language;
}

import { DATE_STYLE_COOKIE, DATE_STYLES, type DateStyle, isLanguage, type Language, LOCALE_COOKIE } from "./locales";
import { isOneOf } from "@/lib/platform/validation/narrow";

/**
 * The reader's language and calendar as cookies: the per-request fast path (request.ts reads
 * them without touching the database). The person's saved choice (employee.preferred_language,
 * employee.date_style) is what sign-in writes them from, so a choice follows the person from one
 * shared office PC to another.
 */
export interface DisplayPreferences {
  language: Language | null;
  dateStyle: DateStyle | null;
}

/** The part of Next's cookie store these helpers use (kept narrow so tests can pass a Map-like). */
export interface PreferenceCookieJar {
  set(name: string, value: string, options: { path: string; maxAge: number; sameSite: "lax" }): unknown;
  delete(name: string): unknown;
}

const YEAR = 60 * 60 * 24 * 365;
const OPTIONS = { path: "/", maxAge: YEAR, sameSite: "lax" } as const;

/** Sets the cookie of each preference given; a null or absent one leaves the browser's as it is. */
export function writePreferenceCookies(jar: PreferenceCookieJar, preferences: Partial<DisplayPreferences>): void {
  if (preferences.language) jar.set(LOCALE_COOKIE, preferences.language, OPTIONS);
  if (preferences.dateStyle) jar.set(DATE_STYLE_COOKIE, preferences.dateStyle, OPTIONS);
}

/** At sign-out: the next person at a shared PC starts from the defaults, not from this person's choice. */
export function clearPreferenceCookies(jar: PreferenceCookieJar): void {
  jar.delete(LOCALE_COOKIE);
  jar.delete(DATE_STYLE_COOKIE);
}

/** Reads the stored columns, which the database constrains to these values; anything else is "not chosen". */
export function preferencesFromColumns(row: { preferredLanguage: string | null; dateStyle: string | null }): DisplayPreferences {
  return {
    language: isLanguage(row.preferredLanguage) ? row.preferredLanguage : null,
    dateStyle: isOneOf(DATE_STYLES, row.dateStyle) ? row.dateStyle : null,
  };
}

import { cookies } from "next/headers";
import { DATE_STYLE_COOKIE, DEFAULT_LOCALE, isLanguage, LOCALE_COOKIE, type Locale, languageOf, localeFor } from "./locales";

/**
 * The reader's locale: their language and, in Japanese, their calendar, each a preference kept
 * in a cookie (not a URL prefix: staff share links, and a page should open in the reader's own
 * language). The pages' request config (request.ts) and the actions' confirmations both read it.
 */
export async function readerLocale(): Promise<Locale> {
  const jar = await cookies();
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  const language = isLanguage(chosen) ? chosen : languageOf(DEFAULT_LOCALE);
  const style = jar.get(DATE_STYLE_COOKIE)?.value;
  return localeFor(language, style === "gregorian" ? "gregorian" : "wareki");
}

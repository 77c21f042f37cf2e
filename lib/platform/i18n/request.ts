import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DATE_STYLE_COOKIE, DEFAULT_LOCALE, isLanguage, LOCALE_COOKIE, languageOf, localeFor } from "./locales";

// The locale is a per-person preference kept in a cookie, not a URL prefix: staff share links
// to pages, and the page should open in the reader's own language.
// The calendar for dates is the reader's choice too, in a cookie of its own (locales.ts).
export default getRequestConfig(async () => {
  const jar = await cookies();
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  const language = isLanguage(chosen) ? chosen : languageOf(DEFAULT_LOCALE);
  const style = jar.get(DATE_STYLE_COOKIE)?.value;
  return {
    locale: localeFor(language, style === "gregorian" ? "gregorian" : "wareki"),
    timeZone: "Asia/Tokyo",
    messages: (await import(`./messages/${language}.json`)).default,
  };
});

import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

// The locale is a per-person preference kept in a cookie, not a URL prefix: staff share links
// to pages, and the page should open in the reader's own language.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});

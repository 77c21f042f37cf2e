import { getRequestConfig } from "next-intl/server";
import { languageOf } from "./locales";
import { readerLocale } from "./reader-locale";

// The locale is the reader's preference (reader-locale.ts); the calendar for dates too.
export default getRequestConfig(async () => {
  const locale = await readerLocale();
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: (await import(`./messages/${languageOf(locale)}.json`)).default,
  };
});

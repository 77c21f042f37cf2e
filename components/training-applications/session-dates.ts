import { formatDate } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import type { Locale } from "@/lib/platform/i18n/locales";

/** 令和8年7月1日, or a range when the session runs over several days. */
export function sessionDates(session: { startOn: string; endOn: string }, locale: Locale, range: (values: { start: string; end: string }) => string): string {
  const date = (iso: string) => formatDate(parseIsoDate(iso), locale);
  return session.startOn === session.endOn ? date(session.startOn) : range({ start: date(session.startOn), end: date(session.endOn) });
}

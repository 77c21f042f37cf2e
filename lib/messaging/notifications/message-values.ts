import { formatDate } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import type { Locale } from "@/lib/platform/i18n/locales";

/**
 * The values a notification's message is written with, on the page and in the e-mail digest:
 * what was stored with it, the actor's name where none was stored, and a stored date
 * ("yyyy-mm-dd") in the reader's calendar (令和9年1月2日, or 2027年1月2日, or 2 Jan 2027).
 */
export function notificationMessageValues(params: unknown, actorName: string | undefined, locale: Locale): Record<string, string | number> {
  // Stored JSON: only its text and numbers are message values.
  const stored = Object.fromEntries(
    Object.entries(typeof params === "object" && params !== null ? params : {}).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
    ),
  );
  const values: Record<string, string | number> = { ...stored, name: String(stored.name ?? actorName ?? ""), title: String(stored.title ?? "") };
  if (typeof stored.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(stored.date)) values.date = formatDate(parseIsoDate(stored.date), locale);
  return values;
}

import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/platform/db/client";
import { type DisplayPreferences, preferencesFromColumns, writePreferenceCookies } from "@/lib/platform/i18n/preference-cookies";

/** The person's saved language and calendar; nulls when never chosen. */
export async function findDisplayPreferences(employeeId: number): Promise<DisplayPreferences> {
  const row = await db.employee.findUnique({ where: { id: employeeId }, select: { preferredLanguage: true, dateStyle: true } });
  return row ? preferencesFromColumns(row) : { language: null, dateStyle: null };
}

/**
 * At sign-in (the identity is proven, but no Actor exists yet: the session is being made), the
 * person's saved choices become this browser's cookies — a shared PC may hold the previous
 * person's. With nothing saved, the browser keeps what was chosen on the sign-in page.
 * One query per sign-in; pages read only the cookies.
 */
export async function restoreDisplayPreferences(employeeId: number): Promise<DisplayPreferences> {
  const saved = await findDisplayPreferences(employeeId);
  writePreferenceCookies(await cookies(), saved);
  return saved;
}

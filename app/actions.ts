"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { DATE_STYLE_COOKIE, DATE_STYLES, LANGUAGES, LOCALE_COOKIE } from "@/lib/i18n/locales";

const localeSchema = z.object({ locale: z.enum(LANGUAGES) });
const dateStyleSchema = z.object({ style: z.enum(DATE_STYLES) });
const YEAR = 60 * 60 * 24 * 365;

/** Keeps the reader's language for a year; anyone may switch, signed in or not. */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  revalidatePath("/", "layout");
}

/** Keeps the reader's calendar for Japanese dates (和暦 or 西暦) for a year, like the language. */
export async function switchDateStyle(formData: FormData): Promise<void> {
  const parsed = dateStyleSchema.safeParse({ style: formData.get("style") });
  if (!parsed.success) return;
  (await cookies()).set(DATE_STYLE_COOKIE, parsed.data.style, { path: "/", maxAge: YEAR, sameSite: "lax" });
  revalidatePath("/", "layout");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}

"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/platform/auth/actor";
import { signOut } from "@/lib/platform/auth/auth";
import { providerLogoutUrl } from "@/lib/platform/auth/provider-logout";
import { DATE_STYLES, LANGUAGES } from "@/lib/platform/i18n/locales";
import { clearPreferenceCookies, writePreferenceCookies } from "@/lib/platform/i18n/preference-cookies";
import { type DisplayPreferenceChange, saveDisplayPreference } from "@/lib/platform/i18n/save-display-preference";

const localeSchema = z.object({ locale: z.enum(LANGUAGES) });
const dateStyleSchema = z.object({ style: z.enum(DATE_STYLES) });

// Not actor actions (lib/platform/actions/actor-action.ts): the language and the calendar are switched
// signed out too (the sign-in page), and signing out ends the session the actor comes from.

/**
 * Keeps the choice in this browser's cookie (read on every request at no cost) and, for a
 * signed-in person, on their own row too (audited), which sign-in restores on any other PC.
 * Signed out (the sign-in page), it is this browser's only.
 */
async function rememberDisplayPreference(change: DisplayPreferenceChange): Promise<void> {
  const actor = await getActor();
  if (actor) await saveDisplayPreference(actor, change);
  writePreferenceCookies(await cookies(), change);
  revalidatePath("/", "layout");
}

/** The reader's language; anyone may switch, signed in or not. */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await rememberDisplayPreference({ language: parsed.data.locale });
}

/** The reader's calendar for Japanese dates (和暦 or 西暦), kept like the language. */
export async function switchDateStyle(formData: FormData): Promise<void> {
  const parsed = dateStyleSchema.safeParse({ style: formData.get("style") });
  if (!parsed.success) return;
  await rememberDisplayPreference({ dateStyle: parsed.data.style });
}

export async function signOutAction(): Promise<void> {
  // A shared office PC: the next person to sign in starts from the defaults (or their own saved
  // choice), not from this person's language and calendar.
  clearPreferenceCookies(await cookies());
  // And, signed in through the identity provider, its session ends too (then back to /signin):
  // otherwise the next click on its button signs the previous person straight back in.
  const providerLogout = await providerLogoutUrl();
  if (providerLogout === null) return signOut({ redirectTo: "/signin" });
  await signOut({ redirect: false });
  // The provider's address, outside the portal's routes: typed routes take it as an absolute URL.
  if (isAbsoluteUrl(providerLogout)) redirect(providerLogout);
  redirect("/signin");
}

function isAbsoluteUrl(url: string): url is `${string}:${string}` {
  return URL.canParse(url);
}

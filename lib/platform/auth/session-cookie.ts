import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/platform/env";
import { SESSION_LIFETIME } from "./session-config";
import { extendSession } from "./session-lifetime";
import { decodeSessionCookie, SESSION_COOKIES } from "./session-renewal";

export interface SessionClaims {
  employeeId: number;
  /** when the session began, in seconds since the epoch to the millisecond (checked against the last sign-out) */
  signedInAt: number;
}

/**
 * The employee id that this request's session cookie carries, and when the session began, or
 * null when there is none, it does not decrypt with AUTH_SECRET, or it has run out (idle or
 * absolute limit). The same checks as Auth.js's auth(), read-only: auth() also re-encrypts the
 * cookie on every call (proxy.ts renews it, at most once a minute: session-renewal.ts), and it cost a page about
 * 12 ms of its 40. Whether the person has signed out since is checked with the actor (load-actor.ts).
 */
export async function readSession(): Promise<SessionClaims | null> {
  const claims = (await readSessionCookie())?.claims;
  const live = claims ? extendSession(claims, Math.floor(Date.now() / 1000), SESSION_LIFETIME) : null;
  if (!live) return null;
  const employeeId = Number(live.sub);
  return Number.isSafeInteger(employeeId) && employeeId > 0 ? { employeeId, signedInAt: live.signedInAt } : null;
}

/** This request's session cookie, decrypted but unchecked (session-renewal.ts). */
export async function readSessionCookie(): Promise<Awaited<ReturnType<typeof decodeSessionCookie>>> {
  const jar = await cookies();
  const present = SESSION_COOKIES.flatMap((name) => {
    const value = jar.get(name)?.value;
    return value ? [[name, value] as const] : [];
  });
  return decodeSessionCookie(new Map(present), env.AUTH_SECRET);
}

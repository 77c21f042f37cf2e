import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { SESSION_LIFETIME } from "./session-config";
import { extendSession } from "./session-lifetime";
import { SESSION_COOKIES } from "./session-renewal";


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
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    const claims = await decode({ token, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
    if (!claims || !extendSession(claims, Math.floor(Date.now() / 1000), SESSION_LIFETIME)) return null;
    const employeeId = Number(claims.sub);
    // extendSession accepted it, so signedInAt is a number.
    return Number.isSafeInteger(employeeId) && employeeId > 0 ? { employeeId, signedInAt: claims.signedInAt as number } : null;
  }
  return null;
}

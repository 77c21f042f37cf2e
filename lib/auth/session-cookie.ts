import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { SESSION_LIFETIME } from "./session-config";
import { extendSession } from "./session-lifetime";

// Auth.js's session cookie, with the __Secure- prefix when the portal is served over HTTPS; the
// cookie's name is also the salt of its encryption key, so a value only decrypts under its own name.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The employee id that this request's session cookie carries, or null when there is none, it
 * does not decrypt with AUTH_SECRET, or it has run out (idle or absolute limit). The same checks
 * as Auth.js's auth(), read-only: auth() also re-encrypts the cookie on every call, which
 * proxy.ts already does once per request, and it cost a page about 12 ms of its 40.
 */
export async function sessionEmployeeId(): Promise<number | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    const claims = await decode({ token, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
    if (!claims || !extendSession(claims, Math.floor(Date.now() / 1000), SESSION_LIFETIME)) return null;
    const employeeId = Number(claims.sub);
    return Number.isSafeInteger(employeeId) && employeeId > 0 ? employeeId : null;
  }
  return null;
}

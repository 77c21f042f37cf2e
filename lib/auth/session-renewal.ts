import { decode, encode, type JWT } from "next-auth/jwt";
import { extendSession, type SessionLifetime } from "./session-lifetime";

/**
 * Auth.js's session cookie names, with the __Secure- prefix when the portal is served over
 * HTTPS; the name is also the salt of the cookie's encryption key, so a value only decrypts
 * under its own name.
 */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * How far the idle clock may lag before the cookie is written again. Auth.js re-encrypted the
 * cookie on every request (about 5 % of the server's time); renewing it at most once a minute
 * keeps the idle limit exact to within that minute, which no one at a shared PC can use.
 */
export const RENEW_AFTER_SECONDS = 60;

export type SessionRenewal =
  | { kind: "keep" }
  | { kind: "renew"; name: string; value: string; expires: Date }
  | { kind: "clear"; name: string };

/**
 * What the proxy does with this request's session cookie: nothing while the session is live and
 * its idle clock was moved less than a minute ago; a fresh cookie with the clock at now when it
 * was moved longer ago; and the cookie cleared when it does not decrypt or the session has run
 * out (as Auth.js did). The cookie expires with the session's absolute limit.
 */
export async function renewSession(cookies: ReadonlyMap<string, string>, secret: string, lifetime: SessionLifetime, now: number): Promise<SessionRenewal> {
  const cookie = await decodeSessionCookie(cookies, secret);
  if (!cookie) return { kind: "keep" };
  const { name, claims } = cookie;
  const extended = claims ? extendSession(claims, now, lifetime) : null;
  if (!claims || !extended) return { kind: "clear", name };
  if (now - (claims.seenAt as number) < RENEW_AFTER_SECONDS) return { kind: "keep" };
  const endsAt = (claims.signedInAt as number) + lifetime.maxSeconds;
  const value = await encode({ token: extended, secret, salt: name, maxAge: endsAt - now });
  return { kind: "renew", name, value, expires: new Date(endsAt * 1000) };
}

/**
 * The session cookie this request carries (under either name) and its claims, unchecked
 * (null when it does not decrypt with `secret`), or null when there is none.
 */
export async function decodeSessionCookie(cookies: ReadonlyMap<string, string>, secret: string): Promise<{ name: string; claims: JWT | null } | null> {
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name);
    if (!token) continue;
    return { name, claims: await decode({ token, secret, salt: name }).catch(() => null) };
  }
  return null;
}

import { decode, encode, type JWT } from "next-auth/jwt";
import { extendSession, sessionClockOf, type SessionLifetime } from "./session-lifetime";

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

export type SessionRenewal = { kind: "keep" } | { kind: "renew"; name: string; value: string; expires: Date } | { kind: "clear"; name: string };

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
  const clock = claims ? sessionClockOf(claims) : null;
  const extended = claims ? extendSession(claims, now, lifetime) : null;
  if (!clock || !extended) return { kind: "clear", name };
  if (now - clock.seenAt < RENEW_AFTER_SECONDS) return { kind: "keep" };
  const endsAt = clock.signedInAt + lifetime.maxSeconds;
  const value = await encode({ token: extended, secret, salt: name, maxAge: endsAt - now });
  return { kind: "renew", name, value, expires: new Date(endsAt * 1000) };
}

/**
 * Decrypted cookies by secret, cookie name and value, newest last. A cookie's value changes only
 * when the proxy renews it (at most once a minute), so the same value arrives with every request
 * of that minute, and twice per request (the proxy and the page); decrypting it cost an HKDF key
 * derivation and an AES-CBC/HMAC round each time, about 7 % of a page's CPU. Only values that
 * decrypted are kept (a forged one is decrypted, and refused, every time), and the claims are
 * checked against the clock by the callers as before: the memo changes the cost, not the answer.
 */
const decrypted = new Map<string, JWT>();
const DECRYPTED_KEPT = 2_000;
/** Auth.js's own leeway on the token's `exp`, kept for an answer from the memo. */
const EXPIRY_TOLERANCE_SECONDS = 15;

async function decryptCookie(token: string, secret: string, name: string): Promise<JWT | null> {
  const key = `${secret}\u0000${name}\u0000${token}`;
  const known = decrypted.get(key);
  if (known) {
    if (typeof known.exp === "number" && known.exp + EXPIRY_TOLERANCE_SECONDS < Date.now() / 1000) {
      decrypted.delete(key);
      return null;
    }
    return known;
  }
  const claims = await decode({ token, secret, salt: name }).catch(() => null);
  if (claims) {
    const oldest = decrypted.keys().next();
    if (decrypted.size >= DECRYPTED_KEPT && !oldest.done) decrypted.delete(oldest.value);
    decrypted.set(key, Object.freeze(claims));
  }
  return claims;
}

/**
 * The session cookie this request carries (under either name) and its claims, unchecked
 * (null when it does not decrypt with `secret`), or null when there is none.
 */
export async function decodeSessionCookie(cookies: ReadonlyMap<string, string>, secret: string): Promise<{ name: string; claims: JWT | null } | null> {
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name);
    if (!token) continue;
    return { name, claims: await decryptCookie(token, secret, name) };
  }
  return null;
}

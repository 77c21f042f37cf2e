import { decode, encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { decodeSessionCookie, RENEW_AFTER_SECONDS, renewSession } from "./session-renewal";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const LIFETIME = { idleSeconds: 30 * 60, maxSeconds: 10 * 3_600 };
const NAME = "authjs.session-token";
const now = 1_800_000_000;
const cookie = async (claims: Record<string, unknown>, name = NAME, secret = SECRET) => new Map([[name, await encode({ token: claims, secret, salt: name })]]);

describe("renewing the session cookie in the proxy", () => {
  it("leaves a live cookie alone while its idle clock moved less than a minute ago", async () => {
    const jar = await cookie({ sub: "42", signedInAt: now - 600, seenAt: now - RENEW_AFTER_SECONDS + 1 });
    expect(await renewSession(jar, SECRET, LIFETIME, now)).toEqual({ kind: "keep" });
  });

  it("writes a fresh cookie with the clock at now once a minute has passed, expiring at the absolute limit", async () => {
    const jar = await cookie({ sub: "42", signedInAt: now - 600, seenAt: now - RENEW_AFTER_SECONDS });
    const renewal = await renewSession(jar, SECRET, LIFETIME, now);
    expect(renewal.kind).toBe("renew");
    if (renewal.kind !== "renew") return;
    expect(renewal.name).toBe(NAME);
    expect(renewal.expires.getTime()).toBe((now - 600 + LIFETIME.maxSeconds) * 1000);
    const claims = await decode({ token: renewal.value, secret: SECRET, salt: NAME });
    expect(claims).toMatchObject({ sub: "42", signedInAt: now - 600, seenAt: now });
  });

  it("clears a cookie whose session ran out (idle or absolute), has no clock, or does not decrypt under its name", async () => {
    expect(await renewSession(await cookie({ sub: "42", signedInAt: now - 3_600, seenAt: now - 31 * 60 }), SECRET, LIFETIME, now)).toEqual({
      kind: "clear",
      name: NAME,
    });
    expect(await renewSession(await cookie({ sub: "42", signedInAt: now - 11 * 3_600, seenAt: now - 60 }), SECRET, LIFETIME, now)).toEqual({
      kind: "clear",
      name: NAME,
    });
    expect(await renewSession(await cookie({ sub: "42" }), SECRET, LIFETIME, now)).toEqual({ kind: "clear", name: NAME });
    const other = await cookie({ sub: "42", signedInAt: now, seenAt: now }, NAME, "another-secret-0123456789abcdef012345");
    expect(await renewSession(other, SECRET, LIFETIME, now)).toEqual({ kind: "clear", name: NAME });
  });

  it("renews the HTTPS cookie under its own name, and does nothing without a session", async () => {
    const secure = "__Secure-authjs.session-token";
    const renewal = await renewSession(await cookie({ sub: "7", signedInAt: now - 120, seenAt: now - 120 }, secure), SECRET, LIFETIME, now);
    expect(renewal).toMatchObject({ kind: "renew", name: secure });
    expect(await renewSession(new Map(), SECRET, LIFETIME, now)).toEqual({ kind: "keep" });
  });
});

describe("decrypting the session cookie", () => {
  it("answers the same claims for the same cookie, and refuses one that has expired since it was first read", async () => {
    const jar = await cookie({ sub: "42", signedInAt: now - 600, seenAt: now - 10 });
    const first = await decodeSessionCookie(jar, SECRET);
    expect(first).toMatchObject({ name: NAME, claims: { sub: "42" } });
    expect(await decodeSessionCookie(jar, SECRET)).toEqual(first);
    // Under another secret the same value does not decrypt, memo or not.
    expect(await decodeSessionCookie(jar, "another-secret-0123456789abcdef012345")).toEqual({ name: NAME, claims: null });

    const shortLived = new Map([[NAME, await encode({ token: { sub: "43", signedInAt: now, seenAt: now }, secret: SECRET, salt: NAME, maxAge: 1 })]]);
    expect((await decodeSessionCookie(shortLived, SECRET))?.claims).toMatchObject({ sub: "43" });
    vi.useFakeTimers({ now: Date.now() + 20_000 });
    try {
      expect(await decodeSessionCookie(shortLived, SECRET)).toEqual({ name: NAME, claims: null });
    } finally {
      vi.useRealTimers();
    }
  });
});

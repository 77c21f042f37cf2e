import { describe, expect, it } from "vitest";
import { extendSession, startSession } from "./session-lifetime";

const lifetime = { idleSeconds: 3_600, maxSeconds: 36_000 };
const t0 = 1_800_000_000;

describe("session lifetime", () => {
  it("starts with both clocks at sign-in and moves the idle clock on each request", () => {
    const token = startSession({ sub: "7" }, t0);
    expect(token).toEqual({ sub: "7", signedInAt: t0, seenAt: t0 });
    expect(extendSession(token, t0 + 600, lifetime)).toEqual({ sub: "7", signedInAt: t0, seenAt: t0 + 600 });
  });

  it("ends after the idle time without a request", () => {
    const token = startSession({ sub: "7" }, t0);
    expect(extendSession(token, t0 + 3_600, lifetime)).not.toBeNull();
    expect(extendSession(token, t0 + 3_601, lifetime)).toBeNull();
  });

  it("ends at the absolute limit however active the person is", () => {
    let token: ReturnType<typeof startSession<{ sub: string }>> | null = startSession({ sub: "7" }, t0);
    for (let now = t0 + 1_800; now <= t0 + 36_000 && token; now += 1_800) token = extendSession(token, now, lifetime);
    expect(token).not.toBeNull();
    expect(extendSession(token!, t0 + 36_001, lifetime)).toBeNull();
  });

  it("treats a token without its clocks as run out", () => {
    expect(extendSession({ sub: "7" }, t0, lifetime)).toBeNull();
    expect(extendSession({ sub: "7", signedInAt: "x", seenAt: t0 }, t0, lifetime)).toBeNull();
  });
});

import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

/**
 * Pages read the signed-in employee from the session cookie themselves (session-cookie.ts)
 * instead of through Auth.js's auth(); these pin that it accepts exactly what Auth.js would.
 */

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }) }));
vi.mock("@/lib/platform/env", () => ({ env: { AUTH_SECRET: SECRET, SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 10 } }));

const { readSession } = await import("./session-cookie");
const sessionEmployeeId = async () => (await readSession())?.employeeId ?? null;
const now = () => Math.floor(Date.now() / 1000);
const token = (claims: Record<string, unknown>, salt = "authjs.session-token", secret = SECRET) => encode({ token: claims, secret, salt });

describe("the session cookie", () => {
  beforeEach(() => jar.clear());

  it("names the employee of a live session, over HTTP or HTTPS", async () => {
    jar.set("authjs.session-token", await token({ sub: "42", signedInAt: now() - 60, seenAt: now() - 5 }));
    expect(await readSession()).toEqual({ employeeId: 42, signedInAt: now() - 60 });
    jar.clear();
    jar.set("__Secure-authjs.session-token", await token({ sub: "43", signedInAt: now(), seenAt: now() }, "__Secure-authjs.session-token"));
    expect(await sessionEmployeeId()).toBe(43);
  });

  it("is nobody without a cookie, or with one that does not decrypt under its own name and secret", async () => {
    expect(await sessionEmployeeId()).toBeNull();
    jar.set("authjs.session-token", await token({ sub: "42", signedInAt: now(), seenAt: now() }, "__Secure-authjs.session-token"));
    expect(await sessionEmployeeId()).toBeNull();
    jar.set(
      "authjs.session-token",
      await token({ sub: "42", signedInAt: now(), seenAt: now() }, "authjs.session-token", "another-secret-0123456789abcdef012345"),
    );
    expect(await sessionEmployeeId()).toBeNull();
    const good = await token({ sub: "42", signedInAt: now(), seenAt: now() });
    jar.set("authjs.session-token", `${good.slice(0, -4)}AAAA`);
    expect(await sessionEmployeeId()).toBeNull();
  });

  it("is nobody once the session has run out: idle, past the day's limit, or without its clock", async () => {
    jar.set("authjs.session-token", await token({ sub: "42", signedInAt: now() - 3_600, seenAt: now() - 31 * 60 }));
    expect(await sessionEmployeeId()).toBeNull();
    jar.set("authjs.session-token", await token({ sub: "42", signedInAt: now() - 11 * 3_600, seenAt: now() - 60 }));
    expect(await sessionEmployeeId()).toBeNull();
    jar.set("authjs.session-token", await token({ sub: "42" }));
    expect(await sessionEmployeeId()).toBeNull();
  });

  it("is nobody when the subject is not an employee id", async () => {
    for (const sub of ["0", "-1", "abc", "1e400", undefined]) {
      jar.set("authjs.session-token", await token({ sub, signedInAt: now(), seenAt: now() }));
      expect(await sessionEmployeeId()).toBeNull();
    }
  });
});

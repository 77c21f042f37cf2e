import { afterEach, assert, describe, expect, it, vi } from "vitest";

/**
 * lib/platform/env validates at import, so each case sets process.env, resets the module registry and
 * imports it afresh. The operator sees only the thrown message, so the tests pin its shape:
 * one line, starting "Invalid environment variable", naming the variable to fix.
 */

const VARIABLES = [
  "DATABASE_URL",
  "DATABASE_POOL_SIZE",
  "AUTH_SECRET",
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "OIDC_DISPLAY_NAME",
  "OIDC_STAFF_NUMBER_CLAIM",
  "OIDC_CLIENT_AUTH_METHOD",
  "OIDC_PROMPT_LOGIN",
  "PORTAL_URL",
  "AUTH_URL",
  "NEXTAUTH_URL",
  "PASSWORD_SIGN_IN",
  "TRUSTED_PROXY_HOPS",
] as const;

const VALID = {
  DATABASE_URL: "postgresql://hagukumi@127.0.0.1:5432/hagukumi",
  AUTH_SECRET: "0123456789abcdef0123456789abcdef",
};

const saved = { ...process.env };

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

async function loadEnv(vars: Partial<Record<(typeof VARIABLES)[number], string>>) {
  // Start every load from nothing, so the machine's own variables cannot make it pass.
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, vars);
  vi.resetModules();
  return import("@/lib/platform/env");
}

/** The message of the error importing lib/platform/env throws with these variables. */
async function failure(vars: Partial<Record<(typeof VARIABLES)[number], string>>): Promise<string> {
  const error = await loadEnv(vars).then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof Error, `expected an Error, got ${String(error)}`);
  const message = error.message;
  expect(message.startsWith("Invalid environment variable")).toBe(true);
  expect(message).not.toContain("\n");
  return message;
}

describe("lib/platform/env", () => {
  it("accepts a valid environment and fills in the defaults", async () => {
    const { env, oidcEnabled } = await loadEnv(VALID);
    expect(env.DATABASE_URL).toBe(VALID.DATABASE_URL);
    expect(env.AUTH_SECRET).toBe(VALID.AUTH_SECRET);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.PASSWORD_SIGN_IN).toBe("on");
    expect(env.OIDC_STAFF_NUMBER_CLAIM).toBe("preferred_username");
    expect(oidcEnabled).toBe(false);
  });

  it("accepts postgres:// as well as postgresql://, and a full OIDC configuration", async () => {
    const { env, oidcEnabled } = await loadEnv({
      ...VALID,
      DATABASE_URL: "postgres://u:p@db.example.invalid/hagukumi",
      DATABASE_POOL_SIZE: "25",
      OIDC_ISSUER: "https://idp.example.invalid/realms/city",
      OIDC_CLIENT_ID: "hagukumi",
      OIDC_CLIENT_SECRET: "s3cret",
      PORTAL_URL: "https://hagukumi.example.invalid/",
    });
    expect(env.DATABASE_POOL_SIZE).toBe(25);
    expect(oidcEnabled).toBe(true);
    // One address for the redirect URI, the post-logout URI and the mails: its origin.
    expect(env.PORTAL_URL).toBe("https://hagukumi.example.invalid");
    expect(env.OIDC_CLIENT_AUTH_METHOD).toBe("client_secret_basic");
    expect(env.OIDC_PROMPT_LOGIN).toBe("off");
  });

  it("rejects a missing DATABASE_URL", async () => {
    expect(await failure({ AUTH_SECRET: VALID.AUTH_SECRET })).toContain("DATABASE_URL");
  });

  it("treats an empty DATABASE_URL as missing", async () => {
    expect(await failure({ ...VALID, DATABASE_URL: "" })).toContain("DATABASE_URL");
  });

  it.each(["mysql://root@127.0.0.1/hagukumi", "https://example.invalid/db", "not a url"])("rejects DATABASE_URL %s", async (url) => {
    const message = await failure({ ...VALID, DATABASE_URL: url });
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("AUTH_SECRET");
  });

  it("rejects an AUTH_SECRET shorter than 32 characters, and an empty one", async () => {
    expect(await failure({ ...VALID, AUTH_SECRET: "x".repeat(31) })).toMatch(/AUTH_SECRET \(must be at least 32 characters\)/);
    expect(await failure({ ...VALID, AUTH_SECRET: "" })).toContain("AUTH_SECRET");
  });

  it("names every invalid variable at once", async () => {
    const message = await failure({ DATABASE_URL: "mysql://x/y", AUTH_SECRET: "short" });
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("AUTH_SECRET");
  });

  it.each([
    ["OIDC_ISSUER alone", { OIDC_ISSUER: "https://idp.example.invalid" }],
    ["OIDC_ISSUER without the secret", { OIDC_ISSUER: "https://idp.example.invalid", OIDC_CLIENT_ID: "hagukumi" }],
    ["the client id and secret without the issuer", { OIDC_CLIENT_ID: "hagukumi", OIDC_CLIENT_SECRET: "s3cret" }],
    ["an empty client id", { OIDC_ISSUER: "https://idp.example.invalid", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "s3cret" }],
  ])("rejects %s", async (_label, oidc) => {
    expect(await failure({ ...VALID, ...oidc })).toContain("OIDC_ISSUER");
  });

  it("treats all-empty OIDC variables as OIDC switched off", async () => {
    const { oidcEnabled } = await loadEnv({ ...VALID, OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" });
    expect(oidcEnabled).toBe(false);
  });

  it("rejects a malformed OIDC_ISSUER and PASSWORD_SIGN_IN", async () => {
    const oidc = { OIDC_CLIENT_ID: "hagukumi", OIDC_CLIENT_SECRET: "s3cret" };
    expect(await failure({ ...VALID, ...oidc, OIDC_ISSUER: "idp" })).toContain("OIDC_ISSUER");
    expect(await failure({ ...VALID, PASSWORD_SIGN_IN: "yes" })).toContain("PASSWORD_SIGN_IN");
    expect(await failure({ ...VALID, DATABASE_POOL_SIZE: "0" })).toContain("DATABASE_POOL_SIZE");
  });

  describe("single sign-on's public address and options", () => {
    const OIDC = { ...VALID, OIDC_ISSUER: "https://idp.example.invalid/realms/city", OIDC_CLIENT_ID: "hagukumi", OIDC_CLIENT_SECRET: "s3cret" };

    it("requires PORTAL_URL with the OIDC variables, naming it", async () => {
      expect(await failure(OIDC)).toContain("PORTAL_URL");
    });

    it.each([
      "https://hagukumi.example.invalid/portal",
      "https://hagukumi.example.invalid/?a=1",
      "https://hagukumi.example.invalid/#x",
      "https://u:p@hagukumi.example.invalid",
      "ftp://hagukumi.example.invalid",
      "hagukumi.example.invalid",
    ])("rejects PORTAL_URL %s", async (url) => {
      expect(await failure({ ...OIDC, PORTAL_URL: url })).toContain("PORTAL_URL");
    });

    it("accepts an http address with a port (a portal on loopback behind its proxy)", async () => {
      const { env } = await loadEnv({ ...OIDC, PORTAL_URL: "http://localhost:3164" });
      expect(env.PORTAL_URL).toBe("http://localhost:3164");
    });

    it("refuses an AUTH_URL that is not the same address, and accepts the same one", async () => {
      const portal = { ...OIDC, PORTAL_URL: "https://hagukumi.example.invalid" };
      expect(await failure({ ...portal, AUTH_URL: "https://elsewhere.example.invalid" })).toContain("AUTH_URL");
      expect(await failure({ ...VALID, NEXTAUTH_URL: "https://elsewhere.example.invalid" })).toContain("NEXTAUTH_URL");
      const { env } = await loadEnv({ ...portal, AUTH_URL: "https://hagukumi.example.invalid" });
      expect(env.PORTAL_URL).toBe("https://hagukumi.example.invalid");
    });

    it("takes an http issuer only on loopback", async () => {
      const portal = { ...OIDC, PORTAL_URL: "https://hagukumi.example.invalid" };
      expect(await failure({ ...portal, OIDC_ISSUER: "http://idp.example.invalid" })).toContain("OIDC_ISSUER");
      const { oidcEnabled } = await loadEnv({ ...portal, OIDC_ISSUER: "http://127.0.0.1:4000" });
      expect(oidcEnabled).toBe(true);
    });

    it("takes the client authentication method and the prompt setting from a closed list", async () => {
      const portal = { ...OIDC, PORTAL_URL: "https://hagukumi.example.invalid" };
      const { env } = await loadEnv({ ...portal, OIDC_CLIENT_AUTH_METHOD: "client_secret_post", OIDC_PROMPT_LOGIN: "on" });
      expect(env.OIDC_CLIENT_AUTH_METHOD).toBe("client_secret_post");
      expect(env.OIDC_PROMPT_LOGIN).toBe("on");
      expect(await failure({ ...portal, OIDC_CLIENT_AUTH_METHOD: "private_key_jwt" })).toContain("OIDC_CLIENT_AUTH_METHOD");
      expect(await failure({ ...portal, OIDC_PROMPT_LOGIN: "yes" })).toContain("OIDC_PROMPT_LOGIN");
    });
  });

  it("counts the trusted proxies: none by default, a whole number from 0, nothing else", async () => {
    expect((await loadEnv(VALID)).env.TRUSTED_PROXY_HOPS).toBe(0);
    expect((await loadEnv({ ...VALID, TRUSTED_PROXY_HOPS: "2" })).env.TRUSTED_PROXY_HOPS).toBe(2);
    expect((await loadEnv({ ...VALID, TRUSTED_PROXY_HOPS: "" })).env.TRUSTED_PROXY_HOPS).toBe(0);
    for (const hops of ["-1", "1.5", "one", "11"]) expect(await failure({ ...VALID, TRUSTED_PROXY_HOPS: hops })).toContain("TRUSTED_PROXY_HOPS");
  });
});

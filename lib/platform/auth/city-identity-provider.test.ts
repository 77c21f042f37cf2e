import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * The provider configuration Auth.js is given, from the environment (read at import, so each
 * case loads the modules afresh). What the provider then does with it is proven against a real
 * one in tests/e2e/oidc-sign-in.spec.ts.
 */

const BASE = {
  DATABASE_URL: "postgresql://hagukumi@127.0.0.1:5432/hagukumi",
  AUTH_SECRET: "0123456789abcdef0123456789abcdef",
  OIDC_ISSUER: "https://idp.example.invalid/realms/city",
  OIDC_CLIENT_ID: "hagukumi",
  OIDC_CLIENT_SECRET: "s3cret",
  PORTAL_URL: "https://hagukumi.example.invalid",
};
const saved = { ...process.env };

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

async function providerWith(vars: Record<string, string>) {
  for (const name of ["OIDC_PROMPT_LOGIN", "OIDC_CLIENT_AUTH_METHOD", "AUTH_URL", "NEXTAUTH_URL"]) delete process.env[name];
  Object.assign(process.env, BASE, vars);
  vi.resetModules();
  const { cityIdentityProvider } = await import("./city-identity-provider");
  return cityIdentityProvider();
}

describe("cityIdentityProvider", () => {
  it("by default: client_secret_basic, the profile scope, and no prompt", async () => {
    const provider = await providerWith({});
    expect(provider).toMatchObject({ id: "city-idp", type: "oidc", issuer: BASE.OIDC_ISSUER, clientId: "hagukumi", checks: ["pkce", "state", "nonce"] });
    expect(provider.client).toEqual({ token_endpoint_auth_method: "client_secret_basic" });
    expect(provider.authorization).toEqual({ params: { scope: "openid profile" } });
  });

  it("authenticates as registered, and asks for credentials at every sign-in with OIDC_PROMPT_LOGIN=on", async () => {
    const provider = await providerWith({ OIDC_CLIENT_AUTH_METHOD: "client_secret_post", OIDC_PROMPT_LOGIN: "on" });
    expect(provider.client).toEqual({ token_endpoint_auth_method: "client_secret_post" });
    expect(provider.authorization).toEqual({ params: { scope: "openid profile", prompt: "login" } });
  });
});

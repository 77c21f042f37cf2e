import "server-only";
import type { Profile, User } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { env } from "@/lib/platform/env";
import { identifyOidcUser, type OidcIdentity } from "./oidc-identity";

export const OIDC_PROVIDER_ID = "city-idp";

// What the provider's profile callback hands on to the sign-in callbacks: the employee, found
// once. Auth.js passes the profile's result on as its User, so the field is declared there.
declare module "next-auth" {
  interface User {
    oidc?: OidcIdentity;
  }
}

type CityUser = User & { oidc: OidcIdentity };

/**
 * The city's identity provider, from OIDC_* (lib/platform/env.ts): discovered from its issuer, the code
 * flow with PKCE, state and nonce, the client authenticating as registered with the provider
 * (client_secret_basic or client_secret_post). With OIDC_PROMPT_LOGIN=on the provider asks for
 * credentials at every sign-in, for a provider whose session signing out cannot end.
 * The redirect URI is PORTAL_URL + /api/auth/callback/city-idp (lib/platform/auth/auth.ts).
 */
export function cityIdentityProvider(): OIDCConfig<Profile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_DISPLAY_NAME,
    type: "oidc",
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    client: { token_endpoint_auth_method: env.OIDC_CLIENT_AUTH_METHOD },
    checks: ["pkce", "state", "nonce"],
    // Only what finds the employee: the subject, and the profile scope's claims (the staff number).
    authorization: { params: { scope: "openid profile", ...(env.OIDC_PROMPT_LOGIN === "on" ? { prompt: "login" } : {}) } },
    // Never throws: a refusal is carried to the signIn callback, which audits it and says why.
    async profile(claims, tokens): Promise<CityUser> {
      return { id: claims.sub ?? undefined, oidc: await identifyOidcUser(claims, tokens.access_token) };
    },
  };
}

/** The identity the profile callback found, from Auth.js's user object. */
export function oidcIdentityOf(user: User | undefined): OidcIdentity | null {
  return user?.oidc ?? null;
}

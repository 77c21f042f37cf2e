import "server-only";
import { env, oidcEnabled } from "@/lib/platform/env";
import { describeAuthError } from "./describe-auth-error";
import { providerMetadata } from "./oidc-discovery";
import { readSessionCookie } from "./session-cookie";

/**
 * The ID token is kept in the (encrypted) session cookie for the logout's id_token_hint only up
 * to this length: the proxy renews the cookie as one cookie (session-renewal.ts), and Auth.js
 * would split a cookie over about 3,900 characters into several. A longer one is left out, and
 * the logout names the client instead (the provider may then ask "sign out?").
 */
export const MAX_ID_TOKEN_HINT_LENGTH = 2_400;

let warnedNoEndSession = false;

/**
 * OpenID Connect RP-initiated logout: the provider's end_session_endpoint with the ID token as
 * hint, the client's id, and the portal's sign-in page to come back to (register it with the
 * provider as a post-logout redirect URI).
 */
export function endSessionUrl(endpoint: string, options: { clientId: string; idToken?: string; postLogoutRedirectUri: string }): string {
  const url = new URL(endpoint);
  url.searchParams.set("client_id", options.clientId);
  if (options.idToken) url.searchParams.set("id_token_hint", options.idToken);
  url.searchParams.set("post_logout_redirect_uri", options.postLogoutRedirectUri);
  return url.toString();
}

/**
 * Where signing out sends a person who signed in through the identity provider, so that the
 * provider's session ends too and the next person at a shared PC is asked for credentials;
 * null (the sign-in page) for a password sign-in, or when the provider offers no
 * end_session_endpoint (OIDC_PROMPT_LOGIN=on covers those) or cannot be reached. Read before
 * Auth.js clears the cookie that says how the person signed in.
 */
export async function providerLogoutUrl(): Promise<string | null> {
  if (!oidcEnabled || !env.OIDC_CLIENT_ID || !env.PORTAL_URL) return null;
  const claims = (await readSessionCookie())?.claims;
  if (claims?.method !== "oidc") return null;
  let endpoint: string | undefined;
  try {
    endpoint = (await providerMetadata()).end_session_endpoint;
  } catch (error) {
    console.error(`[auth] signed out of the portal only: the identity provider's metadata could not be read: ${describeAuthError(error)}`);
    return null;
  }
  if (!endpoint) {
    if (!warnedNoEndSession)
      console.warn("[auth] the identity provider offers no end_session_endpoint: its session outlives signing out (set OIDC_PROMPT_LOGIN=on)");
    warnedNoEndSession = true;
    return null;
  }
  const idToken = typeof claims.idToken === "string" ? claims.idToken : undefined;
  return endSessionUrl(endpoint, { clientId: env.OIDC_CLIENT_ID, idToken, postLogoutRedirectUri: `${env.PORTAL_URL}/signin` });
}

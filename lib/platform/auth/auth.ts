import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { db } from "@/lib/platform/db/client";
import { env, oidcEnabled } from "@/lib/platform/env";
import { restoreDisplayPreferences } from "@/lib/platform/i18n/restore-display-preferences";
import { cityIdentityProvider, OIDC_PROVIDER_ID, oidcIdentityOf } from "./city-identity-provider";
import { authenticateWithPassword, clientAddress } from "./credentials";
import { describeAuthError } from "./describe-auth-error";
import { auditOidcRefusal, noteAuthError, providerErrorAnswer } from "./oidc-refusals";
import { MAX_ID_TOKEN_HINT_LENGTH } from "./provider-logout";
import { sessionConfig } from "./session-config";
import { signInRefusedPath } from "./sign-in-errors";

export { OIDC_PROVIDER_ID } from "./city-identity-provider";

// Auth.js takes the portal's public address only from AUTH_URL, read on every request (the
// callback's URL) and every signIn()/signOut() (the redirect URI it sends): both must be the
// address the provider has registered, not whatever Host the request arrived with. lib/platform/env
// refuses an AUTH_URL that differs from PORTAL_URL, the one setting.
if (env.PORTAL_URL) process.env.AUTH_URL = env.PORTAL_URL;

type SignInMethod = "password" | "oidc";

async function auditSession(action: "auth.sign-in" | "auth.sign-out", employeeId: number, detail: Record<string, string>) {
  if (!Number.isSafeInteger(employeeId) || employeeId <= 0) return;
  await db.$transaction(async (tx) => {
    // Signing out ends every earlier session of the person, not only this browser's cookie:
    // a copy of the cookie, or a renewal racing the sign-out, is refused from now on.
    if (action === "auth.sign-out") await tx.employee.update({ where: { id: employeeId }, data: { sessionsValidAfter: new Date() } });
    await recordAudit(tx, { actorId: employeeId, action, entity: "session", detail });
  });
}

const providers: NextAuthConfig["providers"] = [];

if (env.PASSWORD_SIGN_IN === "on") {
  providers.push(
    Credentials({
      id: "password",
      credentials: { staffNumber: {}, password: {} },
      authorize: async (credentials, request) => {
        const result = await authenticateWithPassword(credentials, clientAddress(request.headers));
        return result ? { id: String(result.employeeId) } : null;
      },
    }),
  );
}

if (oidcEnabled) providers.push(cityIdentityProvider());

/**
 * The session carries the employee's id (as the JWT subject), how they signed in, and for the
 * identity provider its ID token (the hint that ends the provider's session at sign-out,
 * lib/platform/auth/provider-logout.ts); the cookie is encrypted with AUTH_SECRET. Who they are and what
 * they may do is read from the database on every request (lib/platform/auth/actor.ts), so a transfer or
 * a disabled account takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...sessionConfig,
  providers,
  logger: {
    error(error) {
      // A wrong password is an expected answer, already audited; it is not a server error.
      // (Checked by Auth.js's error type: class names are minified in the production build.)
      if ("type" in error && error.type === "CredentialsSignin") return;
      noteAuthError(error);
      console.error(`[auth] ${describeAuthError(error)}`);
    },
    debug(message, metadata) {
      // Auth.js tells the provider's own error answer only here (then throws without it).
      const answer = message === "OAuthCallbackError" ? providerErrorAnswer(metadata) : null;
      if (!answer) return;
      noteAuthError(answer);
      console.error(`[auth] the identity provider answered with an error: ${JSON.stringify(answer)}`);
    },
  },
  // Password sign-ins are audited where they are checked (credentials.ts), with their address.
  events: {
    async signIn({ account, user }) {
      const identity = account?.provider === OIDC_PROVIDER_ID ? oidcIdentityOf(user) : null;
      const employeeId = identity ? (identity.employeeId ?? 0) : Number(user.id);
      if (!Number.isSafeInteger(employeeId) || employeeId <= 0) return;
      if (identity) await auditSession("auth.sign-in", employeeId, { method: "oidc", staffNumber: identity.staffNumber ?? "" });
      // Their saved language and calendar follow them to this PC.
      await restoreDisplayPreferences(employeeId);
    },
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      // (A session from before the method was recorded has none.)
      const method: Record<string, string> = token?.method === "oidc" || token?.method === "password" ? { method: token.method } : {};
      await auditSession("auth.sign-out", Number(token?.sub), method);
    },
  },
  callbacks: {
    // Only the identity provider's sign-ins are decided here (a password is checked in
    // credentials.ts): the profile callback found the employee; anyone else is audited and
    // told why on the sign-in page.
    async signIn({ account, user }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const identity = oidcIdentityOf(user);
      if (identity?.refusal === null) return true;
      const reason = identity?.refusal ?? "provider-error";
      await auditOidcRefusal({ reason, staffNumber: identity?.staffNumber, subject: identity?.subject, cause: identity?.cause });
      return signInRefusedPath(reason);
    },
    async jwt(params) {
      const { account, user } = params;
      if (!account) return sessionConfig.callbacks.jwt(params);
      // A new session: only what it needs (Auth.js would also copy name, e-mail and picture).
      const method: SignInMethod = account.provider === OIDC_PROVIDER_ID ? "oidc" : "password";
      const employeeId = method === "oidc" ? oidcIdentityOf(user)?.employeeId : Number(user.id);
      if (!employeeId) return null;
      const idToken = method === "oidc" && account.id_token && account.id_token.length <= MAX_ID_TOKEN_HINT_LENGTH ? { idToken: account.id_token } : {};
      return sessionConfig.callbacks.jwt({ ...params, token: { sub: String(employeeId), method, ...idToken } });
    },
    session: sessionConfig.callbacks.session,
  },
});

import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env, oidcEnabled } from "@/lib/env";
import { restoreDisplayPreferences } from "@/lib/preferences/restore-display-preferences";
import { sessionConfig } from "./session-config";
import { authenticateWithPassword, clientAddress, findActiveEmployeeIdByStaffNumber } from "./credentials";

export const OIDC_PROVIDER_ID = "city-idp";

async function auditSession(action: string, employeeId: number, detail: Record<string, string>) {
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

if (oidcEnabled) {
  providers.push({
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_DISPLAY_NAME,
    type: "oidc",
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
  });
}

/**
 * The session carries only the employee's id (as the JWT subject). Who they are and what they
 * may do is read from the database on every request (lib/auth/actor.ts), so a transfer or a
 * disabled account takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...sessionConfig,
  providers,
  logger: {
    // A wrong password is an expected answer, already audited; it is not a server error.
    error(error) {
      // (checked by Auth.js's error type: class names are minified in the production build)
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  // Password sign-ins are audited where they are checked (credentials.ts), with their address.
  events: {
    async signIn({ account, user, profile }) {
      // For the identity provider, Auth.js's user id is the provider's subject, not ours: the
      // employee is found by the staff number claim, as the jwt callback does.
      const oidc = account?.provider === OIDC_PROVIDER_ID;
      const employeeId = oidc ? await findActiveEmployeeIdByStaffNumber(profile?.[env.OIDC_STAFF_NUMBER_CLAIM]) : Number(user.id);
      if (employeeId === null || !Number.isSafeInteger(employeeId) || employeeId <= 0) return;
      if (oidc) await auditSession("auth.sign-in", employeeId, { method: "oidc" });
      // Their saved language and calendar follow them to this PC.
      await restoreDisplayPreferences(employeeId);
    },
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      await auditSession("auth.sign-out", Number(token?.sub), {});
    },
  },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      return (await findActiveEmployeeIdByStaffNumber(profile?.[env.OIDC_STAFF_NUMBER_CLAIM])) !== null;
    },
    async jwt(params) {
      const { token, account, profile, user } = params;
      if (account?.provider === OIDC_PROVIDER_ID) {
        const employeeId = await findActiveEmployeeIdByStaffNumber(profile?.[env.OIDC_STAFF_NUMBER_CLAIM]);
        token.sub = employeeId === null ? undefined : String(employeeId);
      } else if (account && user?.id) {
        token.sub = user.id;
      }
      return sessionConfig.callbacks.jwt(params);
    },
    session: sessionConfig.callbacks.session,
  },
});

import { type NextRequest, NextResponse } from "next/server";
import { env, oidcEnabled } from "@/lib/platform/env";
import { SESSION_LIFETIME } from "@/lib/platform/auth/session-config";
import { renewSession } from "@/lib/platform/auth/session-renewal";
import { ATTACHMENT_CONTENT_SECURITY_POLICY, ATTACHMENT_PATH_PREFIX } from "@/lib/records/attachments/attachment-rules";
import { contentSecurityPolicy, newNonce } from "@/lib/platform/security/content-security-policy";

/**
 * Runs before every page, action and export. It decides nothing about access (lib/ does, on
 * every request; switching this off opens nothing): it moves the session's idle clock (a fresh
 * cookie at most once a minute, the cookie cleared when the session has run out), and gives the
 * response a fresh nonce and the Content-Security-Policy that allows only scripts carrying it.
 */
// Signing in and out through the identity provider: the portal's form posts redirect there.
const FORM_TARGETS = oidcEnabled && env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [];

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development", FORM_TARGETS);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  // A certificate an employee uploaded is no page of ours: it gets the sandbox, never the
  // pages' policy (which this header would otherwise put over the route's own).
  const attachment = request.nextUrl.pathname.startsWith(ATTACHMENT_PATH_PREFIX);
  response.headers.set("Content-Security-Policy", attachment ? ATTACHMENT_CONTENT_SECURITY_POLICY : policy);

  const cookies = new Map(request.cookies.getAll().map((cookie) => [cookie.name, cookie.value]));
  const renewal = await renewSession(cookies, env.AUTH_SECRET, SESSION_LIFETIME, Math.floor(Date.now() / 1000));
  if (renewal.kind === "renew") {
    const secure = renewal.name.startsWith("__Secure-");
    response.cookies.set(renewal.name, renewal.value, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: renewal.expires });
  } else if (renewal.kind === "clear") {
    response.cookies.set(renewal.name, "", { httpOnly: true, sameSite: "lax", path: "/", secure: renewal.name.startsWith("__Secure-"), maxAge: 0 });
  }
  return response;
}

export const config = {
  // Not the hashed static assets, which carry no personal data and no inline script.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

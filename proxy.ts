import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { sessionConfig } from "@/lib/auth/session-config";
import { ATTACHMENT_CONTENT_SECURITY_POLICY, ATTACHMENT_PATH_PREFIX } from "@/lib/records/attachments/attachment-rules";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

const { auth } = NextAuth(sessionConfig);

/**
 * Runs before every page, action and export. It decides nothing about access (lib/ does, on
 * every request; switching this off opens nothing): it renews the session cookie so the idle
 * clock moves (Auth.js re-issues it, or clears it when the session has run out), and gives the
 * response a fresh nonce and the Content-Security-Policy that allows only scripts carrying it.
 */
export const proxy = auth((request) => {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  // A certificate an employee uploaded is no page of ours: it gets the sandbox, never the
  // pages' policy (which this header would otherwise put over the route's own).
  const attachment = request.nextUrl.pathname.startsWith(ATTACHMENT_PATH_PREFIX);
  response.headers.set("Content-Security-Policy", attachment ? ATTACHMENT_CONTENT_SECURITY_POLICY : policy);
  return response;
});

export const config = {
  // Not the hashed static assets, which carry no personal data and no inline script.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

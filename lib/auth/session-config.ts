import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import { extendSession, type SessionLifetime, startSession } from "./session-lifetime";

export const SESSION_LIFETIME: SessionLifetime = { idleSeconds: env.SESSION_IDLE_MINUTES * 60, maxSeconds: env.SESSION_MAX_HOURS * 3_600 };
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * What every use of the session shares: the route handlers (lib/auth/auth.ts, which adds the
 * providers) and the proxy (proxy.ts), which re-issues the cookie on each request so the idle
 * clock moves. No providers and no database here: the proxy only reads and renews the cookie.
 */
export const sessionConfig = {
  secret: env.AUTH_SECRET,
  // The portal sits behind the city's reverse proxy, which sets the Host header.
  trustHost: true,
  // The cookie outlives no session: its expiry is the absolute limit, renewed with each request.
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME.maxSeconds, updateAge: 0 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [],
  callbacks: {
    // Returning null clears the cookie: the session ran out (idle or absolute limit).
    jwt({ token, account }) {
      return account ? startSession(token, nowSeconds()) : extendSession(token, nowSeconds(), SESSION_LIFETIME);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

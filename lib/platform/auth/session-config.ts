import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/platform/env";
import { extendSession, type SessionLifetime, startSession } from "./session-lifetime";

export const SESSION_LIFETIME: SessionLifetime = { idleSeconds: env.SESSION_IDLE_MINUTES * 60, maxSeconds: env.SESSION_MAX_HOURS * 3_600 };
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * What Auth.js's route handlers (lib/platform/auth/auth.ts, which adds the providers) use of the session;
 * the proxy (proxy.ts) renews the cookie itself with the same lifetime (session-renewal.ts),
 * and pages read it with session-cookie.ts.
 */
export const sessionConfig = {
  secret: env.AUTH_SECRET,
  // The portal sits behind the city's reverse proxy, which sets the Host header.
  trustHost: true,
  // The cookie outlives no session: its expiry is the absolute limit.
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME.maxSeconds, updateAge: 0 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [],
  callbacks: {
    // Returning null clears the cookie: the session ran out (idle or absolute limit). A session
    // begins to the millisecond: one begun in the same second as, but after, the person's last
    // sign-out is theirs (load-actor.ts compares it with the sign-out's milliseconds).
    jwt({ token, account }) {
      return account ? startSession(token, Date.now() / 1000) : extendSession(token, nowSeconds(), SESSION_LIFETIME);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

/**
 * How long a sign-in lasts. Personnel records are open on shared office PCs: a session ends
 * after `idleSeconds` without a request (the PC left unlocked at lunch), and at the latest
 * `maxSeconds` after signing in (one working day), whatever the activity.
 */
export interface SessionLifetime {
  idleSeconds: number;
  maxSeconds: number;
}

/**
 * A session token: besides the employee id it carries `signedInAt` and `seenAt`, in seconds
 * since the epoch, `signedInAt` to the millisecond (unknown until checked: the token is whatever
 * the cookie held).
 */
export type SessionClock = Record<string, unknown>;

/**
 * The token for this request, with `seenAt` moved to now, or null when the session has run out
 * (which makes Auth.js clear the cookie). A token without the timestamps predates them and is
 * treated as run out, so every session in use has both limits.
 */
export function extendSession<T extends SessionClock>(token: T, now: number, lifetime: SessionLifetime): (T & { signedInAt: number; seenAt: number }) | null {
  const clock = sessionClockOf(token);
  if (!clock) return null;
  if (now - clock.signedInAt > lifetime.maxSeconds || now - clock.seenAt > lifetime.idleSeconds) return null;
  return { ...token, signedInAt: clock.signedInAt, seenAt: now };
}

/** The token's two timestamps as it holds them, or null when it lacks them (older, or forged). */
export function sessionClockOf(token: SessionClock): { signedInAt: number; seenAt: number } | null {
  const { signedInAt, seenAt } = token;
  return typeof signedInAt === "number" && typeof seenAt === "number" ? { signedInAt, seenAt } : null;
}

/** A new session's clock, at sign-in. */
export function startSession<T extends SessionClock>(token: T, now: number): T {
  return { ...token, signedInAt: now, seenAt: now };
}

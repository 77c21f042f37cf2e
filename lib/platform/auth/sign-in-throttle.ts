import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Not server-only: the background jobs (lib/platform/cli/jobs.ts, outside Next.js) forget old attempts.

/** Failed password sign-ins counted over this window … */
export const THROTTLE_WINDOW_MINUTES = 15;
/** … lock one staff number after this many, whoever tries … */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * … and one address after this many, whichever staff numbers it tries. Higher than per account:
 * a whole ward office can share one address behind the city's network.
 */
export const MAX_FAILURES_PER_ADDRESS = 50;

export const UNKNOWN_ADDRESS = "unknown";

export interface SignInAttempt {
  id: bigint;
  /** refuse without checking the password */
  throttled: boolean;
}

/**
 * Counts this password sign-in as a failure before its password is checked, and answers whether
 * it must be refused without checking it. Counting afterwards let a burst through: twenty
 * simultaneous guesses all read "no failures yet", and all were checked.
 *
 * Why a row per attempt, counted and inserted under advisory locks (one per staff number, one
 * per address) by one database function (`count_sign_in_attempt`, in the migration that made
 * the table): the limit stays a sliding window over the last minutes, in PostgreSQL, so every
 * server process agrees; the next attempt for the same staff number or address is counted only
 * after this one, and before its own password is hashed. The locks live for one statement:
 * a burst queues for microseconds inside the database, never holding the portal's connections
 * across round trips (an interactive transaction here ran out of connections at 55 attempts),
 * and the hash (slow on purpose) runs outside them. A counter updated atomically would need a
 * window of its own (fixed, so twice the limit across its edge) and a decrement for a right
 * password; here a right password takes its own row back (`settleSignInAttempt`). An attempt
 * whose process dies before it is settled stays counted as a failure: safe. Refused attempts
 * count too: an attacker who keeps trying keeps the account locked, its owner waits.
 */
export async function beginSignInAttempt(db: PrismaClient, staffNumber: string, address: string): Promise<SignInAttempt> {
  // Without a known address every client shares "unknown": limiting it would let anyone lock
  // everyone out, so only the per-account limit applies then.
  const addressLimit = address === UNKNOWN_ADDRESS ? null : MAX_FAILURES_PER_ADDRESS;
  const [attempt] = await db.$queryRaw<SignInAttempt[]>`
    SELECT id, throttled FROM count_sign_in_attempt(${staffNumber}, ${address},
      make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int), ${MAX_FAILURES_PER_ACCOUNT}::int, ${addressLimit}::int)`;
  if (!attempt) throw new Error("count_sign_in_attempt answered no row");
  return attempt;
}

/** After the check: a right password takes its attempt back; any other outcome stays counted. */
export async function settleSignInAttempt(tx: Prisma.TransactionClient, attempt: SignInAttempt, succeeded: boolean): Promise<void> {
  if (succeeded) await tx.signInAttempt.delete({ where: { id: attempt.id } });
}

/** Attempts older than the window count for nothing: the background jobs forget them. */
export async function forgetExpiredSignInAttempts(client: PrismaClient): Promise<number> {
  return client.$executeRaw`DELETE FROM sign_in_attempt WHERE at <= now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)`;
}

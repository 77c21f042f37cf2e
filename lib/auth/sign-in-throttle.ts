import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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

export const FAILED_SIGN_IN_ACTIONS = ["auth.sign-in-failed", "auth.sign-in-throttled"] as const;

/**
 * Whether a password sign-in for this staff number from this address must be refused without
 * checking the password. Counted from the audit trail (every attempt is recorded there anyway),
 * so the limit holds across every server process and survives restarts. Refused attempts count
 * too: an attacker who keeps trying keeps the account locked, its owner waits out the window.
 */
export async function isSignInThrottled(tx: Prisma.TransactionClient, staffNumber: string, address: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ account: number; address: number }[]>`
    SELECT count(*) FILTER (WHERE detail->>'staffNumber' = ${staffNumber})::int AS account,
           count(*) FILTER (WHERE detail->>'address' = ${address})::int AS address
    FROM audit_log
    WHERE action = ANY(${FAILED_SIGN_IN_ACTIONS as unknown as string[]}::text[])
      AND at > now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)`;
  // Without the proxy's header every client shares "unknown": limiting it would let anyone lock
  // everyone out, so only the per-account limit applies then.
  const addressLimited = address !== UNKNOWN_ADDRESS && (row?.address ?? 0) >= MAX_FAILURES_PER_ADDRESS;
  return (row?.account ?? 0) >= MAX_FAILURES_PER_ACCOUNT || addressLimited;
}

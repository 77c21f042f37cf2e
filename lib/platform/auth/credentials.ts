import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { db } from "@/lib/platform/db/client";
import { env } from "@/lib/platform/env";
import { peerAddress } from "@/lib/platform/server/peer-address";
import { clientAddressFrom } from "./client-address";
import { decoyPasswordHash, verifyPassword } from "./password";
import { passwordSignInSchema } from "./sign-in-schema";
import { beginSignInAttempt, settleSignInAttempt, UNKNOWN_ADDRESS } from "./sign-in-throttle";

/**
 * Checks a staff number and password. Answers only "this employee" or null: an unknown staff
 * number, a wrong password, a disabled account and a throttled attempt look the same to the
 * caller and take about the same time (the password is hashed in every case), so sign-in
 * reveals nothing about which staff numbers exist or are locked. `address` is the client's
 * address (`clientAddress`); it is recorded and throttled on. The attempt is counted before the
 * password is checked (sign-in-throttle.ts), so concurrent attempts cannot get round the limit.
 */
export async function authenticateWithPassword(input: unknown, address = UNKNOWN_ADDRESS): Promise<{ employeeId: number } | null> {
  const parsed = passwordSignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { staffNumber, password } = parsed.data;

  const [employee, attempt] = await Promise.all([
    db.employee.findUnique({
      where: { staffNumber },
      select: { id: true, active: true, credential: { select: { passwordHash: true } } },
    }),
    beginSignInAttempt(db, staffNumber, address),
  ]);
  const { throttled } = attempt;
  const passwordHash = (!throttled && employee?.credential?.passwordHash) || (await decoyPasswordHash());
  const matches = await verifyPassword(passwordHash, password);
  const ok = Boolean(!throttled && employee?.active && employee.credential && matches);

  await db.$transaction(async (tx) => {
    await settleSignInAttempt(tx, attempt, ok);
    await recordAudit(tx, {
      actorId: ok && employee ? employee.id : null,
      action: ok ? "auth.sign-in" : throttled ? "auth.sign-in-throttled" : "auth.sign-in-failed",
      entity: "session",
      detail: { method: "password", staffNumber, address },
    });
  });
  return ok && employee ? { employeeId: employee.id } : null;
}

/**
 * The client's address for a request to the portal: the connection's own (TRUSTED_PROXY_HOPS 0),
 * or the one the outermost of that many proxies saw (client-address.ts). Headers a client sends
 * itself never decide it.
 */
export function clientAddress(headers: Headers | undefined, trustedHops: number = env.TRUSTED_PROXY_HOPS): string {
  return clientAddressFrom(headers?.get("x-forwarded-for"), peerAddress(headers), trustedHops);
}

import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { notAllowed } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isClosedForWrites, ROLLOVER_LOCK_KEY } from "./rollover-rules";

/**
 * Refuses a write to a closed fiscal year (NOT_ALLOWED) unless the actor is in the HR division.
 * The shared advisory lock makes the write wait for a rollover that is running, and a rollover
 * wait for writes in flight, so no write slips into a year between its check and its closing.
 */
export async function assertYearOpen(tx: Prisma.TransactionClient, actor: Actor, fiscalYear: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${ROLLOVER_LOCK_KEY}::bigint)`;
  const row = await tx.fiscalYear.findUnique({ where: { year: fiscalYear }, select: { status: true } });
  if (isClosedForWrites(fiscalYear, row?.status, actor)) throw notAllowed("fiscal year closed");
}

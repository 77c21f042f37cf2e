import "server-only";
import { conflict, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks the session row for the rest of the transaction and checks it is still the version the
 * page showed: enrolment and attendance changes to one session are serialised, and a stale page
 * is a CONFLICT. Returns what attendance writes into training records.
 */
export async function lockSession(tx: Prisma.TransactionClient, sessionId: number, version: number) {
  const locked = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM training_session WHERE id = ${sessionId} FOR UPDATE`;
  const row = locked[0];
  if (!row) throw notFound("training session");
  if (row.version !== version) throw conflict("training session");
  return tx.trainingSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      fiscalYear: true,
      startOn: true,
      endOn: true,
      capacity: true,
      programme: { select: { title: true, kind: true, hours: true, measureId: true } },
    },
  });
}

export type LockedSession = Awaited<ReturnType<typeof lockSession>>;

export async function bumpSessionVersion(tx: Prisma.TransactionClient, sessionId: number): Promise<void> {
  await tx.trainingSession.update({ where: { id: sessionId }, data: { version: { increment: 1 } } });
}

import "server-only";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Training programmes are run by the HR division only; to anyone else they do not exist. */
export function assertProgrammeAdmin(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "training programme");
}

/** The role check, then the write and its audit row in one transaction. */
export async function programmeWrite<T>(actor: Actor, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  assertProgrammeAdmin(actor);
  return db.$transaction(write, { maxWait: 10_000, timeout: 60_000 });
}

import "server-only";
import { type Actor, hasRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Training programmes are run by the HR division only; to anyone else they do not exist. */
export function assertProgrammeAdmin(actor: Actor): void {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("training programme");
}

/** The role check, then the write and its audit row in one transaction. */
export async function programmeWrite<T>(actor: Actor, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  assertProgrammeAdmin(actor);
  return db.$transaction(write, { maxWait: 10_000, timeout: 60_000 });
}

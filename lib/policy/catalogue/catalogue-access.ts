import "server-only";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { conflict } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** The catalogue is edited by the HR division only; to anyone else it does not exist. */
export function assertCatalogueEditor(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "catalogue");
}

/**
 * One catalogue change: the role check, then the write and its audit row in one transaction.
 * A unique clash (two editors adding the next number at once) is someone saving first.
 */
export async function catalogueChange<T>(actor: Actor, write: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  assertCatalogueEditor(actor);
  try {
    return await db.$transaction(write);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict("catalogue");
    throw error;
  }
}

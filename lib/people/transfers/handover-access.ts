import "server-only";
import { cache } from "react";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { employeeScope } from "@/lib/people/org/scope";
import { isDatabaseId } from "@/lib/platform/db/ids";

/**
 * Who reads a transfer's handover: the person moved; whoever supervises them today (before the
 * date the previous supervisor, who may write the note; from the date the new one, who reads
 * it); the HR division. Everyone else — the previous supervisor after the date included —
 * gets NOT_FOUND.
 */
export type HandoverReader = "EMPLOYEE" | "SUPERVISOR" | "HR_DIVISION";

async function findHandoverAccess(actor: Actor, transferId: number): Promise<{ reader: HandoverReader; employeeId: number }> {
  if (!isDatabaseId(transferId)) throw notFound("transfer");
  const transfer = await db.staffTransfer.findFirst({ where: { id: transferId, status: { not: "CANCELLED" } }, select: { employeeId: true } });
  if (!transfer) throw notFound("transfer");
  if (transfer.employeeId === actor.employeeId) return { reader: "EMPLOYEE", employeeId: transfer.employeeId };
  if (hasRole(actor, "SUPERVISOR")) {
    const inTeam = await db.employee.count({ where: { AND: [{ id: transfer.employeeId }, employeeScope(actor, "SUPERVISOR")] } });
    if (inTeam > 0) return { reader: "SUPERVISOR", employeeId: transfer.employeeId };
  }
  if (hasRole(actor, "HR_DIVISION")) return { reader: "HR_DIVISION", employeeId: transfer.employeeId };
  throw notFound("transfer");
}

/** Asked once per request by the handover page and by the menu above it (app/(portal)/@menu). */
const handoverAccess = cache(findHandoverAccess);

export async function resolveHandoverAccess(actor: Actor, transferId: number): Promise<{ reader: HandoverReader; employeeId: number }> {
  return handoverAccess(actor, transferId);
}

/** The menu a handover's page belongs to: the reader's own (the person moved reads it from マイページ). */
export async function handoverMenuRole(actor: Actor, transferId: number): Promise<Role> {
  return (await resolveHandoverAccess(actor, transferId)).reader;
}

import "server-only";
import type { AuditEntity } from "@/lib/platform/audit/audit-entities";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { conflict, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { catalogueChange } from "./catalogue-access";
import type { RetirableKind, RetireInput } from "./schemas";

const ENTITY: Record<RetirableKind, AuditEntity> = {
  targetImage: "target_image",
  focusTheme: "focus_theme",
  area: "policy_area",
  measure: "measure",
  initiative: "initiative",
};

type Where = { id: number; retiredAt: null | { not: null } };
type Delegate = {
  updateMany(args: { where: Where; data: { retiredAt: Date | null } }): Promise<{ count: number }>;
  count(args: { where: { id: number } }): Promise<number>;
};

function delegateOf(tx: Prisma.TransactionClient, kind: RetirableKind): Delegate {
  const delegates: Record<RetirableKind, Delegate> = {
    targetImage: tx.targetImage,
    focusTheme: tx.focusTheme,
    area: tx.policyArea,
    measure: tx.measure,
    initiative: tx.initiative,
  };
  return delegates[kind];
}

/**
 * Retires (or restores) a catalogue item. Nothing is deleted: records that point to it keep it,
 * the 方針 page marks it 「廃止」, and pickers for new records leave it out. Retiring what is
 * already retired (someone else did it first) is a CONFLICT, as is restoring an active one.
 */
export async function setRetired(actor: Actor, input: RetireInput): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const delegate = delegateOf(tx, input.kind);
    const retiredAt = input.retire ? new Date() : null;
    const { count } = await delegate.updateMany({ where: { id: input.id, retiredAt: input.retire ? null : { not: null } }, data: { retiredAt } });
    if (count === 0) {
      if ((await delegate.count({ where: { id: input.id } })) === 0) throw notFound(ENTITY[input.kind]);
      throw conflict(ENTITY[input.kind]);
    }
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: input.retire ? "catalogue.retire" : "catalogue.restore",
      entity: ENTITY[input.kind],
      entityId: input.id,
      detail: { before: { retired: !input.retire }, after: { retired: input.retire, retiredAt: retiredAt?.toISOString() ?? null } },
    });
  });
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./audit-actions";
import type { AuditEntity } from "./audit-entities";

export interface AuditEntry {
  actorId: number | null;
  /** one of AUDIT_ACTIONS (lib/platform/audit/audit-actions.ts), which says how they are named */
  action: AuditAction;
  /** one of AUDIT_ENTITIES (lib/platform/audit/audit-entities.ts) */
  entity: AuditEntity;
  entityId?: string | number | null;
  detail?: Prisma.InputJsonValue;
}

function auditRow(entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    detail: entry.detail,
  };
}

/** Writes one audit row with the transaction client of the change it records. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}

/** Writes the audit rows of a set-based change in one insert (none: no statement). */
export async function recordAudits(tx: Prisma.TransactionClient, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.auditLog.createMany({ data: entries.map(auditRow) });
}

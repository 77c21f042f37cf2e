import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { Prisma, type TransferSource } from "@/lib/generated/prisma/client";
import { applyTransfersInTransaction } from "./apply-due-transfers";
import { supervisorsOfUnitSql } from "./supervisors-sql";

export interface TransferEntry {
  employeeId: number;
  toUnitId: number;
  toSupervisorId: number | null;
  /** "yyyy-mm-dd" */
  effectiveOn: string;
}

/**
 * Records transfers (from HR's screen or a personnel import) in the caller's transaction:
 * a newer entry replaces a person's transfer still waiting for its date; entries dated today or
 * earlier take effect at once, later ones wait for their date. The person's current
 * supervisors are told of a future move, so that they can leave a handover note before it.
 */
export async function enterTransfers(
  tx: Prisma.TransactionClient,
  entries: readonly TransferEntry[],
  source: TransferSource,
  actorId: number,
  today: CalendarDate,
): Promise<{ ids: number[]; applied: number[] }> {
  if (entries.length === 0) return { ids: [], applied: [] };
  const employeeIds = entries.map((entry) => entry.employeeId);
  await tx.$executeRaw`
    UPDATE staff_transfer SET status = 'CANCELLED', version = version + 1
    WHERE status = 'SCHEDULED' AND employee_id = ANY(${employeeIds}::int[])`;
  const created = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO staff_transfer (employee_id, effective_on, source, from_unit_id, to_unit_id, from_supervisor_id, to_supervisor_id, created_by_id)
    SELECT e.id, v.effective_on::date, ${source}::"TransferSource", e.unit_id, v.to_unit_id, e.supervisor_id, v.to_supervisor_id, ${actorId}::int
    FROM unnest(${employeeIds}::int[], ${entries.map((entry) => entry.effectiveOn)}::text[],
                ${entries.map((entry) => entry.toUnitId)}::int[], ${entries.map((entry) => entry.toSupervisorId)}::int[])
         AS v(employee_id, effective_on, to_unit_id, to_supervisor_id)
    JOIN employee e ON e.id = v.employee_id
    RETURNING id`;
  const ids = created.map((row) => row.id);
  await tx.$executeRaw`
    INSERT INTO audit_log (actor_id, action, entity, entity_id, detail)
    SELECT ${actorId}::int, ${"transfer.enter" satisfies AuditAction}, 'staff_transfer', t.id::text,
           jsonb_build_object('employeeId', t.employee_id, 'effectiveOn', t.effective_on, 'source', t.source,
             'toUnitId', t.to_unit_id, 'toSupervisorId', t.to_supervisor_id)
    FROM staff_transfer t WHERE t.id = ANY(${ids}::int[])`;

  const day = toDateColumn(today);
  await tx.$executeRaw`
    INSERT INTO notification (recipient_id, kind, actor_id, href, params, dedupe_key)
    SELECT s.employee_id, 'TRANSFER_SCHEDULED', t.employee_id, '/handovers/' || t.id,
           jsonb_build_object('name', e.name, 'date', to_char(t.effective_on, 'YYYY-MM-DD')), 'transfer-scheduled:' || t.id || ':' || s.employee_id
    FROM staff_transfer t
    JOIN employee e ON e.id = t.employee_id
    CROSS JOIN LATERAL (${supervisorsOfUnitSql(Prisma.sql`t.from_unit_id`, day)}) AS s
    WHERE t.id = ANY(${ids}::int[]) AND t.effective_on > ${day} AND s.employee_id <> t.employee_id
    ON CONFLICT (dedupe_key) DO NOTHING`;

  const applied = await applyTransfersInTransaction(tx, today, actorId, ids);
  return { ids, applied };
}

import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { supervisorsOfUnitSql } from "./supervisors-sql";

type Tx = Prisma.TransactionClient;

/**
 * Makes transfers whose date has come take effect, in set-based statements (1 April moves
 * thousands of people at once):
 * - the person's unit and supervisor change, so every scoped view follows by itself: the new
 *   supervisor's team includes them (open plan, commitments, pending reviews, interviews), the
 *   previous one's no longer does;
 * - the transfer keeps where they came from, which makes it the history of who supervised whom;
 * - OJT: as a trainee, the pairing moves to the new supervisor and is flagged for a new trainer
 *   when the trainer stays behind; as a trainer, their trainees' pairings are flagged;
 * - a supervisor who moves stops leading the units they leave;
 * - the previous supervisors' notifications about the person go (they can no longer open them);
 *   the new supervisors and the person are told, with a link to the handover;
 * - one audit row per transfer.
 * `onlyIds` limits the run to transfers just entered (an import, HR's screen); without it every
 * due transfer is taken. Rows locked by a concurrent run are skipped, never applied twice.
 */
export async function applyTransfersInTransaction(tx: Tx, today: CalendarDate, actorId: number | null, onlyIds?: readonly number[]): Promise<number[]> {
  const day = toDateColumn(today);
  const due = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM staff_transfer
    WHERE status = 'SCHEDULED' AND effective_on <= ${day}
      ${onlyIds ? Prisma.sql`AND id = ANY(${[...onlyIds]}::int[])` : Prisma.empty}
    ORDER BY effective_on, id
    FOR UPDATE SKIP LOCKED`;
  const ids = due.map((row) => row.id);
  if (ids.length === 0) return [];

  // Where they come from, as it is at this moment.
  await tx.$executeRaw`
    UPDATE staff_transfer t SET from_unit_id = e.unit_id, from_supervisor_id = e.supervisor_id
    FROM employee e WHERE e.id = t.employee_id AND t.id = ANY(${ids}::int[])`;

  // Notifications the previous supervisors can no longer open.
  await tx.$executeRaw`
    DELETE FROM notification n USING staff_transfer t
    WHERE t.id = ANY(${ids}::int[]) AND n.actor_id = t.employee_id AND n.recipient_id <> t.employee_id
      AND n.recipient_id IN (${supervisorsOfUnitSql(Prisma.sql`t.from_unit_id`, day)})
      AND n.recipient_id NOT IN (${supervisorsOfUnitSql(Prisma.sql`t.to_unit_id`, day)})`;

  // A supervisor moved away stops leading the units they leave (the day before the move); the
  // HR division names the new leaders on the roles screen.
  await tx.$executeRaw`
    UPDATE role_assignment ra SET valid_to = t.effective_on - 1
    FROM staff_transfer t, org_unit su, org_unit nu
    WHERE t.id = ANY(${ids}::int[]) AND ra.employee_id = t.employee_id AND ra.role = 'SUPERVISOR'
      AND su.id = ra.unit_id AND nu.id = t.to_unit_id AND NOT (nu.path LIKE su.path || '%')
      AND ra.valid_from < t.effective_on AND (ra.valid_to IS NULL OR ra.valid_to >= t.effective_on)`;

  await tx.$executeRaw`
    UPDATE employee e SET unit_id = t.to_unit_id, supervisor_id = t.to_supervisor_id, updated_at = now()
    FROM staff_transfer t WHERE e.id = t.employee_id AND t.id = ANY(${ids}::int[])`;

  // The trainee's pairings follow them; a trainer left behind is flagged for reassignment.
  await tx.$executeRaw`
    UPDATE ojt_plan o SET
      supervisor_id = COALESCE(t.to_supervisor_id, o.supervisor_id),
      reassign_since = CASE WHEN tr.unit_id <> t.to_unit_id THEN t.effective_on ELSE o.reassign_since END,
      version = o.version + 1, updated_at = now()
    FROM staff_transfer t, employee tr
    WHERE t.id = ANY(${ids}::int[]) AND o.trainee_id = t.employee_id AND tr.id = o.trainer_id AND NOT o.completed`;
  // A trainer moved away from their trainees.
  await tx.$executeRaw`
    UPDATE ojt_plan o SET reassign_since = t.effective_on, version = o.version + 1, updated_at = now()
    FROM staff_transfer t, employee te
    WHERE t.id = ANY(${ids}::int[]) AND o.trainer_id = t.employee_id AND te.id = o.trainee_id
      AND NOT o.completed AND o.reassign_since IS NULL AND te.unit_id <> t.to_unit_id`;

  await tx.$executeRaw`
    UPDATE staff_transfer SET status = 'APPLIED', applied_at = now(), version = version + 1
    WHERE id = ANY(${ids}::int[])`;

  // The new supervisors, and the person, are pointed at the handover.
  await tx.$executeRaw`
    INSERT INTO notification (recipient_id, kind, actor_id, href, params, dedupe_key)
    SELECT r.recipient_id, 'TRANSFER_HANDOVER', t.employee_id, '/handovers/' || t.id,
           jsonb_build_object('name', e.name, 'unit', u.name), 'transfer:' || t.id || ':' || r.recipient_id
    FROM staff_transfer t
    JOIN employee e ON e.id = t.employee_id
    JOIN org_unit u ON u.id = t.to_unit_id
    CROSS JOIN LATERAL (
      SELECT t.employee_id AS recipient_id
      UNION SELECT s.employee_id FROM (${supervisorsOfUnitSql(Prisma.sql`t.to_unit_id`, day)}) AS s
    ) r
    WHERE t.id = ANY(${ids}::int[])
    ON CONFLICT (dedupe_key) DO NOTHING`;

  await tx.$executeRaw`
    INSERT INTO audit_log (actor_id, action, entity, entity_id, detail)
    SELECT ${actorId}::int, ${"transfer.apply" satisfies AuditAction}, 'staff_transfer', t.id::text,
           jsonb_build_object('employeeId', t.employee_id, 'effectiveOn', t.effective_on, 'fromUnitId', t.from_unit_id,
             'toUnitId', t.to_unit_id, 'fromSupervisorId', t.from_supervisor_id, 'toSupervisorId', t.to_supervisor_id)
    FROM staff_transfer t WHERE t.id = ANY(${ids}::int[])`;
  return ids;
}

/** The scheduled job: every transfer whose date has come, in one transaction. */
export async function applyDueTransfers(client: PrismaClient, today: CalendarDate): Promise<number[]> {
  return client.$transaction((tx) => applyTransfersInTransaction(tx, today, null), { timeout: 120_000 });
}

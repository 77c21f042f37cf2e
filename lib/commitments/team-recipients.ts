import type { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/dates/calendar-date";

/**
 * Who hears of a team commitment's review: the bureau coordinators whose grant covers the unit
 * (a submitted one waits for them) and the supervisors who lead the unit (theirs was decided).
 * The same people lib/commitments/team-access.ts lets review and own it, on today's grants.
 */
export async function bureauCoordinatorsOf(tx: Prisma.TransactionClient, unitId: number): Promise<number[]> {
  const day = toDateColumn(tokyoDate());
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id
    FROM org_unit u
    JOIN role_assignment ra ON ra.role = 'BUREAU_COORDINATOR'
      AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})
    LEFT JOIN org_unit cu ON cu.id = ra.unit_id
    JOIN employee c ON c.id = ra.employee_id AND c.active
    WHERE u.id = ${unitId} AND (ra.unit_id IS NULL OR u.path LIKE cu.path || '%')`;
  return rows.map((row) => row.id);
}

export async function unitSupervisorsOf(tx: Prisma.TransactionClient, unitId: number): Promise<number[]> {
  const day = toDateColumn(tokyoDate());
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id
    FROM role_assignment ra
    JOIN employee s ON s.id = ra.employee_id AND s.active
    WHERE ra.role = 'SUPERVISOR' AND ra.unit_id = ${unitId}
      AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})`;
  return rows.map((row) => row.id);
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/dates/calendar-date";

/**
 * Everyone who holds a SUPERVISOR role over an employee today: whoever leads their unit (or a
 * unit above it, where assigned with its sub-units) — exactly the people employeeScope(…,
 * "SUPERVISOR") lets see the employee, so nobody is told of what they cannot open.
 */
export async function supervisorsOf(tx: Prisma.TransactionClient, employeeId: number): Promise<number[]> {
  const day = toDateColumn(tokyoDate());
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id
    FROM employee e
    JOIN org_unit u ON u.id = e.unit_id
    JOIN role_assignment ra ON ra.role = 'SUPERVISOR'
      AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})
    JOIN org_unit su ON su.id = ra.unit_id
    JOIN employee s ON s.id = ra.employee_id AND s.active
    WHERE e.id = ${employeeId}
      AND ra.employee_id <> e.id
      AND (su.id = u.id OR (ra.include_subunits AND u.path LIKE su.path || '%'))`;
  return rows.map((row) => row.id);
}

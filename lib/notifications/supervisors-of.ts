import { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/dates/calendar-date";
import { supervisorGrantsJoin } from "@/lib/transfers/supervisors-sql";

/**
 * Everyone who holds a SUPERVISOR role over an employee today: whoever leads their unit (or a
 * unit above it, where assigned with its sub-units) — exactly the people employeeScope(…,
 * "SUPERVISOR") lets see the employee, so nobody is told of what they cannot open.
 */
export async function supervisorsOf(tx: Prisma.TransactionClient, employeeId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id
    FROM employee e
    JOIN org_unit u ON u.id = e.unit_id
    ${supervisorGrantsJoin(Prisma.sql`u`, toDateColumn(tokyoDate()))}
    WHERE e.id = ${employeeId} AND ra.employee_id <> e.id`;
  return rows.map((row) => row.id);
}

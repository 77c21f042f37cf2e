import { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { supervisorGrantsJoin } from "@/lib/people/transfers/supervisors-sql";

/**
 * Everyone who holds a SUPERVISOR role over an employee today: whoever leads their unit or the
 * unit of a concurrent post (兼務) they hold today (or a unit above either, where assigned with
 * its sub-units), and whoever stands in for one of them today (代決) — exactly the people
 * employeeScope(…, "SUPERVISOR") lets see the employee, so nobody is told of what they cannot
 * open, and an acting reviewer hears of the plans waiting for them.
 */
export async function supervisorsOf(tx: Prisma.TransactionClient, employeeId: number): Promise<number[]> {
  const day = toDateColumn(tokyoDate());
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH units AS (
      SELECT e.unit_id AS id FROM employee e WHERE e.id = ${employeeId}
      UNION
      SELECT cp.unit_id FROM concurrent_post cp
      WHERE cp.employee_id = ${employeeId} AND cp.starts_on <= ${day} AND (cp.ends_on IS NULL OR cp.ends_on >= ${day})
    ), supervisors AS (
      SELECT DISTINCT ra.employee_id AS id
      FROM units JOIN org_unit u ON u.id = units.id
      ${supervisorGrantsJoin(Prisma.sql`u`, day)}
    )
    SELECT id FROM supervisors WHERE id <> ${employeeId}
    UNION
    -- A lent grant never reaches its lender: the stand-in is not told of the own plan of the supervisor they stand in for.
    SELECT ar.acting_id FROM acting_reviewer ar JOIN supervisors s ON s.id = ar.supervisor_id AND s.id <> ${employeeId}
    WHERE ar.cancelled_at IS NULL AND ar.starts_on <= ${day} AND ar.ends_on >= ${day} AND ar.acting_id <> ${employeeId}`;
  return rows.map((row) => row.id);
}

import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SQL for "the people who hold a SUPERVISOR role over unit `unitColumn` on `day`": whoever leads
 * that unit, or a unit above it where assigned with its sub-units — the same rule as
 * employeeScope(…, "SUPERVISOR"), so a transfer notifies exactly the people whose view changes.
 */
export function supervisorsOfUnitSql(unitColumn: Prisma.Sql, day: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT ra.employee_id
    FROM role_assignment ra
    JOIN org_unit su ON su.id = ra.unit_id
    JOIN org_unit tu ON tu.id = ${unitColumn}
    JOIN employee s ON s.id = ra.employee_id AND s.active
    WHERE ra.role = 'SUPERVISOR'
      AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})
      AND (su.id = tu.id OR (ra.include_subunits AND tu.path LIKE su.path || '%'))`;
}

import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SUPERVISOR grants over a unit on `day`, as SQL joined to the unit `unit`: whoever leads that
 * unit, or a unit above it where assigned with its sub-units — the same rule as employeeScope(…,
 * "SUPERVISOR"). The units above are read off the unit's materialised path ("/3/17/52/"), so
 * each unit costs a few index lookups on role_assignment(unit_id) rather than a scan of them all.
 */
export function supervisorGrantsJoin(unit: Prisma.Sql, day: Date): Prisma.Sql {
  return Prisma.sql`
    JOIN role_assignment ra ON ra.role = 'SUPERVISOR'
      AND ra.unit_id = ANY(string_to_array(btrim(${unit}.path, '/'), '/')::int[])
      AND (ra.unit_id = ${unit}.id OR ra.include_subunits)
      AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})
    JOIN employee s ON s.id = ra.employee_id AND s.active`;
}

/** The people who supervise unit `unitColumn` on `day` (see supervisorGrantsJoin), as a subquery. */
export function supervisorsOfUnitSql(unitColumn: Prisma.Sql, day: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT ra.employee_id
    FROM org_unit tu
    ${supervisorGrantsJoin(Prisma.sql`tu`, day)}
    WHERE tu.id = ${unitColumn}`;
}

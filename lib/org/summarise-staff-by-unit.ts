import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate, toDateColumn } from "@/lib/dates/calendar-date";
import { youngStaffJoinedAfter } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { getYoungStaffYears } from "@/lib/settings/young-staff-years";
import { unitPathsInScope } from "./scope";

export interface UnitStaffSummary {
  id: number;
  name: string;
  parentName: string | null;
  staff: number;
  youngStaff: number;
  supervisors: number;
}

/**
 * Head-counts per org unit of one level (bureaus for the city view, sections for a bureau),
 * counted in the database over each unit's subtree and limited to the actor's scope.
 */
export async function summariseStaffByUnit(
  actor: Actor,
  role: "BUREAU_COORDINATOR" | "HR_DIVISION" | "HEADQUARTERS",
  kind: OrgUnitKind,
): Promise<UnitStaffSummary[]> {
  const paths = unitPathsInScope(actor, role);
  const today = tokyoDate();
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, await getYoungStaffYears(db)));
  const day = toDateColumn(today);
  return db.$queryRaw<UnitStaffSummary[]>`
    SELECT g.id, g.name, p.name AS "parentName",
           count(DISTINCT e.id)::int AS staff,
           count(DISTINCT e.id) FILTER (WHERE e.joined_on > ${youngAfter})::int AS "youngStaff",
           count(DISTINCT ra.employee_id)::int AS supervisors
    FROM org_unit g
    LEFT JOIN org_unit p ON p.id = g.parent_id
    LEFT JOIN org_unit u ON u.path LIKE g.path || '%'
    LEFT JOIN employee e ON e.unit_id = u.id AND e.active
    LEFT JOIN role_assignment ra ON ra.employee_id = e.id AND ra.role = 'SUPERVISOR'
         AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})
    WHERE g.kind = ${kind}::"OrgUnitKind" AND g.retired_at IS NULL
      AND (${paths === null}::boolean OR g.path LIKE ANY (${(paths ?? []).map((path) => `${path}%`)}::text[]))
    GROUP BY g.id, g.name, p.name, p.position, g.position
    ORDER BY p.position NULLS FIRST, g.position, g.id`;
}

import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { employeeListSelect, summariseEmployee } from "./employee-summary";
import { employeeScope } from "./scope";

/** The employee's own record with the chain of units above them (局 › 部 › 課 › 係). */
export async function getOwnProfile(actor: Actor) {
  const employee = await db.employee.findFirst({
    where: employeeScope(actor, "EMPLOYEE"),
    select: { ...employeeListSelect, unit: { select: { id: true, name: true, path: true } }, supervisor: { select: { name: true, rank: true } } },
  });
  if (!employee) throw notFound("employee");
  const unitIds = employee.unit.path.split("/").filter(Boolean).map(Number);
  const [units, youngStaffYears] = await Promise.all([
    db.orgUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, kind: true } }),
    getYoungStaffYears(db),
  ]);
  const unitChain = unitIds.flatMap((id) => units.filter((unit) => unit.id === id));
  return {
    ...summariseEmployee(employee, tokyoDate(), youngStaffYears),
    supervisor: employee.supervisor,
    unitChain,
    youngStaffYears,
  };
}

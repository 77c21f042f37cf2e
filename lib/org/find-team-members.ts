import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { db } from "@/lib/db/client";
import { getYoungStaffYears } from "@/lib/settings/young-staff-years";
import { employeeListSelect, summariseEmployee, type EmployeeSummary } from "./employee-summary";
import { employeeScope } from "./scope";

/** The supervisor's team: members of the units they lead and their direct reports. */
export async function findTeamMembers(actor: Actor): Promise<EmployeeSummary[]> {
  const where = employeeScope(actor, "SUPERVISOR");
  const [rows, youngStaffYears] = await Promise.all([
    db.employee.findMany({ where, select: employeeListSelect, orderBy: [{ unit: { position: "asc" } }, { unitId: "asc" }, { staffNumber: "asc" }] }),
    getYoungStaffYears(db),
  ]);
  const today = tokyoDate();
  return rows.map((row) => summariseEmployee(row, today, youngStaffYears));
}

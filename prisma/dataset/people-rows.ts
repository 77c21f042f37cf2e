import { type Day, dayOf, officeTime } from "./dates";
import type { Organisation } from "./organisation";
import type { Staff } from "./staff";
import type { DatasetTables } from "./tables";

/** Org units in tree order, so a parent is always in an earlier (or the same) batch. */
export function writeOrgUnits(tables: DatasetTables, organisation: Organisation): void {
  for (const unit of organisation.units) {
    tables.orgUnit.add({ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, parent_id: unit.parentId, path: unit.path, position: unit.position });
  }
}

/**
 * Staff with their credential and role assignments. Everyone signs in with the demo password,
 * hashed once by the caller: argon2 is slow on purpose, and 15,000 hashes would take hours.
 * Rows carry the dates of the personnel import that brought them in (the portal's start, or
 * the day they joined after it), so that two loads of one seed are identical.
 */
export function writeStaffRows(tables: DatasetTables, staff: Staff, passwordHash: string, assignmentsFrom: Day): void {
  const portalStart = dayOf(2021, 3, 1);
  const refreshed = officeTime(assignmentsFrom, 0);
  for (const person of staff.people) {
    const createdAt = officeTime(Math.max(person.joinedOn, portalStart), 0);
    tables.employee.add({
      id: person.id,
      staff_number: person.staffNumber,
      name: person.name,
      name_kana: person.nameKana,
      job_category: person.jobCategory,
      rank: person.rank,
      joined_on: person.joinedOn,
      unit_id: person.unit.id,
      supervisor_id: person.supervisorId,
      email: person.email,
      active: true,
      created_at: createdAt,
      updated_at: Math.max(createdAt, refreshed),
    });
    tables.credential.add({ employee_id: person.id, password_hash: passwordHash, updated_at: createdAt });
  }
  for (const assignment of staff.assignments) {
    tables.roleAssignment.add({
      id: tables.roleAssignment.nextId(),
      employee_id: assignment.employeeId,
      role: assignment.role,
      unit_id: assignment.unitId,
      include_subunits: assignment.includeSubunits,
      valid_from: assignmentsFrom,
      valid_to: null,
    });
  }
}

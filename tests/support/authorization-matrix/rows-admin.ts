import { assertAuditReader, exportAuditTrail, searchAuditTrail } from "@/lib/insight/audit-trail/search";
import { db } from "@/lib/platform/db/client";
import { assertPersonnelImporter } from "@/lib/people/personnel/import-access";
import { digestOf as personnelDigest } from "@/lib/people/personnel/import-digest";
import { personnelImportTemplate } from "@/lib/people/personnel/import-template";
import { applyStaffImport, previewStaffImport } from "@/lib/people/personnel/staff-import";
import { applyUnitImport, previewUnitImport } from "@/lib/people/personnel/unit-import";
import { assertProgrammeAdmin, programmeWrite } from "@/lib/records/programmes/access";
import { applyAttendanceImport, digestOf as attendanceDigest, previewAttendanceImport, setAttendance } from "@/lib/records/programmes/attendance";
import { enrolStaff } from "@/lib/records/programmes/enrolment";
import { createProgramme, setProgrammeRetired, updateProgramme } from "@/lib/records/programmes/programmes";
import { findProgramme, findProgrammes, findSession } from "@/lib/records/programmes/queries";
import { createSession } from "@/lib/records/programmes/sessions";
import { findGrantUnits, findRoleBureaus, getGrantChoice } from "@/lib/people/roles/grant-choices";
import { assertRoleAssigner, findRoleAssignments, grantRole, revokeRole } from "@/lib/people/roles/role-assignments";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { assertRolloverAdmin, getRolloverState, openNextFiscalYear } from "@/lib/year/rollover/rollover";
import { isClosedForWrites } from "@/lib/year/rollover/rollover-rules";
import { type FunctionRow, HR_ONLY, NA, NO, OK, row, YES, yes } from "./matrix";
import { assignment, attendanceSheet, newcomer, programme, session, sessionWithEnrolment, staffFile, unitFile } from "./admin-fixtures";
import type { Watch } from "./records";
import { requireRole } from "@/lib/platform/auth/roles";

/**
 * What only the HR division does — training programmes, role assignments, the personnel
 * import, the fiscal-year rollover, the audit trail (the catalogue: rows-catalogue.ts) — with no
 * subject to relate to: per role only. Each cell works on programmes and people of its own
 * (admin-fixtures.ts).
 */

const one = (table: string, id: number): Watch[] => [[table, "id", id]];

export const adminRows: FunctionRow[] = [
  // --- training programmes ---------------------------------------------------------------------
  // The shared form of every area check above: asked here for the HR division's role.
  row({
    fn: "requireRole",
    file: "lib/platform/auth/roles.ts",
    kind: "helper",
    matrix: HR_ONLY,
    act: async (s) => requireRole(s.actor, "HR_DIVISION", "settings"),
  }),
  row({
    fn: "assertProgrammeAdmin",
    file: "lib/records/programmes/access.ts",
    kind: "helper",
    matrix: HR_ONLY,
    act: async (s) => assertProgrammeAdmin(s.actor),
  }),
  row({
    fn: "programmeWrite",
    file: "lib/records/programmes/access.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: programme,
    act: (s, p) => programmeWrite(s.actor, (tx) => tx.trainingProgramme.update({ where: { id: p.id }, data: { title: "改名" } })),
    watch: (p) => one("training_programme", p.id),
  }),
  row({ fn: "findProgrammes", file: "lib/records/programmes/queries.ts", kind: "read", matrix: HR_ONLY, act: (s) => findProgrammes(s.actor) }),
  row({
    fn: "findProgramme",
    file: "lib/records/programmes/queries.ts",
    kind: "read",
    matrix: HR_ONLY,
    arrange: programme,
    act: (s, p) => findProgramme(s.actor, p.id),
  }),
  row({
    fn: "findSession",
    file: "lib/records/programmes/queries.ts",
    kind: "read",
    matrix: HR_ONLY,
    arrange: session,
    act: (s, x) => findSession(s.actor, x.id),
  }),
  row({
    fn: "createProgramme",
    file: "lib/records/programmes/programmes.ts",
    kind: "write",
    matrix: HR_ONLY,
    act: (s) => createProgramme(s.actor, { title: `新しい研修${s.n}`, kind: "INSTITUTE", hours: 3 }),
  }),
  row({
    fn: "updateProgramme",
    file: "lib/records/programmes/programmes.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: programme,
    act: (s, p) => updateProgramme(s.actor, { id: p.id, version: p.version, title: "改名", kind: "INSTITUTE", hours: 4 }),
    watch: (p) => one("training_programme", p.id),
  }),
  row({
    fn: "setProgrammeRetired",
    file: "lib/records/programmes/programmes.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: programme,
    act: (s, p) => setProgrammeRetired(s.actor, { id: p.id, version: p.version, retire: true }),
    watch: (p) => one("training_programme", p.id),
  }),
  row({
    fn: "createSession",
    file: "lib/records/programmes/sessions.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: programme,
    act: (s, p) =>
      createSession(s.actor, {
        programmeId: p.id,
        fiscalYear: s.world.fy,
        startOn: `${s.world.fy}-07-01`,
        endOn: `${s.world.fy}-07-01`,
        venue: "研修所",
        online: false,
      }),
    watch: (p) => [["training_session", "programme_id", p.id]],
  }),
  row({
    fn: "enrolStaff",
    file: "lib/records/programmes/enrolment.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: session,
    act: (s, x) => enrolStaff(s.actor, { sessionId: x.id, version: x.version, staffNumbers: s.actor.staffNumber }),
    watch: (x) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id)],
  }),
  row({
    fn: "setAttendance",
    file: "lib/records/programmes/attendance.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: sessionWithEnrolment,
    act: (s, x) => setAttendance(s.actor, { sessionId: x.id, version: x.version, enrolmentId: x.enrolmentId, status: "COMPLETED" }),
    watch: (x, s) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id), ["training_record", "employee_id", s.actor.employeeId]],
  }),
  row({
    fn: "previewAttendanceImport",
    file: "lib/records/programmes/attendance.ts",
    kind: "read",
    matrix: HR_ONLY,
    arrange: sessionWithEnrolment,
    act: (s, x) => previewAttendanceImport(s.actor, x.id, attendanceSheet(s)),
  }),
  row({
    fn: "applyAttendanceImport",
    file: "lib/records/programmes/attendance.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: sessionWithEnrolment,
    act: (s, x) => applyAttendanceImport(s.actor, { sessionId: x.id, version: x.version, digest: attendanceDigest(attendanceSheet(s)) }, attendanceSheet(s)),
    watch: (x, s) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id), ["training_record", "employee_id", s.actor.employeeId]],
  }),

  // --- role assignments, personnel import, rollover, audit trail -------------------------------
  // The actions run these before reading a form, so that a form's fields are not revealed.
  row({
    fn: "assertRoleAssigner",
    file: "lib/people/roles/role-assignments.ts",
    kind: "helper",
    matrix: HR_ONLY,
    act: async (s) => assertRoleAssigner(s.actor),
  }),
  row({
    fn: "assertPersonnelImporter",
    file: "lib/people/personnel/import-access.ts",
    kind: "helper",
    matrix: HR_ONLY,
    act: async (s) => assertPersonnelImporter(s.actor),
  }),
  row({ fn: "assertRolloverAdmin", file: "lib/year/rollover/rollover.ts", kind: "helper", matrix: HR_ONLY, act: async (s) => assertRolloverAdmin(s.actor) }),
  row({ fn: "findRoleAssignments", file: "lib/people/roles/role-assignments.ts", kind: "read", matrix: HR_ONLY, act: (s) => findRoleAssignments(s.actor) }),
  row({ fn: "findGrantUnits", file: "lib/people/roles/grant-choices.ts", kind: "read", matrix: HR_ONLY, act: (s) => findGrantUnits(s.actor, s.world.a.code) }),
  row({
    fn: "getGrantChoice",
    file: "lib/people/roles/grant-choices.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: (s) => getGrantChoice(s.actor, { employeeId: s.actor.employeeId }),
  }),
  row({ fn: "findRoleBureaus", file: "lib/people/roles/grant-choices.ts", kind: "read", matrix: HR_ONLY, act: (s) => findRoleBureaus(s.actor) }),
  row({
    fn: "grantRole",
    file: "lib/people/roles/role-assignments.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: newcomer,
    act: (s, person) => grantRole(s.actor, { staffNumber: person.staffNumber, role: "SUPERVISOR", unitCode: s.world.a.code }),
    watch: (person) => [["role_assignment", "employee_id", person.id]],
  }),
  row({
    fn: "revokeRole",
    file: "lib/people/roles/role-assignments.ts",
    kind: "write",
    matrix: HR_ONLY,
    arrange: assignment,
    act: (s, assignment) => revokeRole(s.actor, assignment.id),
    watch: (assignment) => one("role_assignment", assignment.id),
  }),
  row({
    fn: "personnelImportTemplate",
    file: "lib/people/personnel/import-template.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: async (s) => personnelImportTemplate(s.actor, "staff"),
  }),
  row({
    fn: "previewStaffImport",
    file: "lib/people/personnel/staff-import.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: (s) => previewStaffImport(s.actor, staffFile(s)),
  }),
  row({
    fn: "applyStaffImport",
    file: "lib/people/personnel/staff-import.ts",
    kind: "write",
    matrix: HR_ONLY,
    act: (s) => applyStaffImport(s.actor, staffFile(s), personnelDigest(staffFile(s))),
  }),
  row({
    fn: "previewUnitImport",
    file: "lib/people/personnel/unit-import.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: (s) => previewUnitImport(s.actor, unitFile(s)),
  }),
  row({
    fn: "applyUnitImport",
    file: "lib/people/personnel/unit-import.ts",
    kind: "write",
    matrix: HR_ONLY,
    act: (s) => applyUnitImport(s.actor, unitFile(s), personnelDigest(unitFile(s))),
  }),
  row({ fn: "getRolloverState", file: "lib/year/rollover/rollover.ts", kind: "read", matrix: HR_ONLY, act: (s) => getRolloverState(s.actor) }),
  row({
    fn: "openNextFiscalYear",
    file: "lib/year/rollover/rollover.ts",
    kind: "write",
    matrix: HR_ONLY,
    // A far year of its own: closing it disturbs no other cell, carrying nothing carries nothing.
    act: (s) => openNextFiscalYear(s.actor, { fromYear: 2400 + (s.n % 300), carry: { individual: false, team: false, bureau: false, city: false } }),
  }),
  row({
    fn: "assertYearOpen",
    file: "lib/year/rollover/assert-year-open.ts",
    kind: "helper",
    // A closed year takes writes from the HR division only.
    matrix: { none: [NA, NA, NA, OK, NA] },
    act: (s) => db.$transaction((tx) => assertYearOpen(tx, s.actor, s.world.closedYear)),
  }),
  row({
    fn: "isClosedForWrites",
    file: "lib/year/rollover/rollover-rules.ts",
    kind: "helper",
    matrix: { none: [YES, YES, YES, NO, YES] },
    act: async (s) => isClosedForWrites(s.world.closedYear, "CLOSED", s.actor),
    judge: (closed) => yes(closed),
  }),
  row({ fn: "assertAuditReader", file: "lib/insight/audit-trail/search.ts", kind: "helper", matrix: HR_ONLY, act: async (s) => assertAuditReader(s.actor) }),
  row({ fn: "searchAuditTrail", file: "lib/insight/audit-trail/search.ts", kind: "read", matrix: HR_ONLY, act: (s) => searchAuditTrail(s.actor, {}) }),
  row({
    fn: "exportAuditTrail",
    file: "lib/insight/audit-trail/search.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: (s) => exportAuditTrail(s.actor, { actorStaffNumber: s.actor.staffNumber }),
  }),
];

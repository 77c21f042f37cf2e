import { applyStaffImportAction, applyUnitImportAction, previewStaffImportAction, previewUnitImportAction } from "@/lib/people/personnel/import-actions";
import {
  applyAttendanceImportAction,
  createProgrammeAction,
  createSessionAction,
  enrolAction,
  previewAttendanceImportAction,
  setAttendanceAction,
  setProgrammeRetiredAction,
  updateProgrammeAction,
} from "@/lib/records/programmes/programme-actions";
import { grantRoleAction, revokeRoleAction } from "@/lib/people/roles/role-actions";
import { openNextFiscalYearAction } from "@/lib/year/rollover/rollover-actions";
import { db } from "@/lib/platform/db/client";
import { digestOf as personnelDigest } from "@/lib/people/personnel/import-digest";
import { digestOf as attendanceDigest } from "@/lib/records/programmes/attendance";
import { actionRow, type ActionRow, disabled, HR_CASES, HR_WITH_MISSING, tampered } from "./action-matrix";
import { assignment, attendanceSheet, newcomer, programme, session, sessionWithEnrolment, staffFile, unitFile } from "./admin-fixtures";
import type { Watch } from "./records";
import type { Scene } from "./scenes";

/** The HR division's pages (app/(portal)/city/*, the catalogue's in actions-catalogue.ts): every one answers "not found" to anyone else. */

const INITIAL = { ok: false, fieldErrors: {} };
const PROGRAMMES = "lib/records/programmes/programme-actions.ts";
const IMPORT = "lib/people/personnel/import-actions.ts";
const one = (table: string, id: number): Watch[] => [[table, "id", id]];
const file = (bytes: Uint8Array, name = "upload.csv") => new File([new Uint8Array(bytes)], name, { type: "text/csv" });

export const adminActionRows: ActionRow[] = [
  // --- training programmes ---------------------------------------------------------------------
  actionRow({
    action: "createProgrammeAction",
    file: PROGRAMMES,
    cases: HR_CASES,
    form: (s: Scene) => ({ title: `新しい研修${s.n}`, kind: "INSTITUTE", hours: "3" }),
    invoke: (form) => createProgrammeAction(INITIAL, form),
  }),
  actionRow({
    action: "updateProgrammeAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    arrange: programme,
    form: (_, p) => ({ id: String(p.id), version: String(p.version), title: "改名", kind: "INSTITUTE", hours: "4" }),
    idField: "id",
    invoke: (form) => updateProgrammeAction(INITIAL, form),
    watch: (p) => one("training_programme", p.id),
  }),
  actionRow({
    action: "setProgrammeRetiredAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    arrange: programme,
    form: (_, p) => ({ id: String(p.id), version: String(p.version), retire: "on" }),
    idField: "id",
    invoke: (form) => setProgrammeRetiredAction(INITIAL, form),
    watch: (p) => one("training_programme", p.id),
  }),
  actionRow({
    action: "createSessionAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    arrange: programme,
    form: (s, p) => ({
      programmeId: String(p.id),
      fiscalYear: String(s.world.fy),
      startOn: `${s.world.fy}-07-01`,
      endOn: `${s.world.fy}-07-01`,
      venue: "研修所",
    }),
    idField: "programmeId",
    invoke: (form) => createSessionAction(INITIAL, form),
    watch: (p) => [["training_session", "programme_id", p.id]],
  }),
  actionRow({
    action: "enrolAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    arrange: session,
    form: (s, x) => ({ sessionId: String(x.id), version: String(x.version), staffNumbers: s.actor.staffNumber }),
    idField: "sessionId",
    invoke: (form) => enrolAction(INITIAL, form),
    watch: (x) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id)],
  }),
  actionRow({
    action: "setAttendanceAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    arrange: sessionWithEnrolment,
    form: (_, x) => ({ sessionId: String(x.id), version: String(x.version), enrolmentId: String(x.enrolmentId), status: "COMPLETED" }),
    idField: "sessionId",
    invoke: (form) => setAttendanceAction(INITIAL, form),
    watch: (x) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id)],
  }),
  actionRow({
    action: "previewAttendanceImportAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    readOnly: true,
    arrange: sessionWithEnrolment,
    form: (s, x) => ({ sessionId: String(x.id), file: file(attendanceSheet(s)) }),
    idField: "sessionId",
    invoke: (form) => previewAttendanceImportAction(form),
    watch: (x) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id)],
  }),
  actionRow({
    action: "applyAttendanceImportAction",
    file: PROGRAMMES,
    cases: HR_WITH_MISSING,
    arrange: sessionWithEnrolment,
    form: (s, x) => ({ sessionId: String(x.id), version: String(x.version), digest: attendanceDigest(attendanceSheet(s)), file: file(attendanceSheet(s)) }),
    idField: "sessionId",
    invoke: (form) => applyAttendanceImportAction(form),
    watch: (x) => [["training_enrolment", "session_id", x.id], ...one("training_session", x.id)],
  }),

  // --- role assignments, personnel import, rollover ------------------------------------------
  actionRow({
    action: "grantRoleAction",
    file: "lib/people/roles/role-actions.ts",
    // A tampered grant names an employee id and a unit id besides the staff number and unit code:
    // the grant goes to the staff number's holder over the code's unit, nothing else.
    cases: [...HR_CASES, disabled("hr", "none"), tampered("hr", "none")],
    arrange: newcomer,
    form: (s, person) => ({ staffNumber: person.staffNumber, role: "SUPERVISOR", unitCode: s.world.a.code }),
    tamper: (s) => ({ employeeId: String(s.actor.employeeId), unitId: String(s.world.healthBureau.id), validTo: "" }),
    landed: async (s, person) =>
      (await db.roleAssignment.count({
        where: {
          OR: [
            { employeeId: s.actor.employeeId, role: "SUPERVISOR" },
            { employeeId: person.id, unitId: { not: s.world.a.id } },
          ],
        },
      })) > 0,
    invoke: (form) => grantRoleAction(INITIAL, form),
    watch: (person) => [["role_assignment", "employee_id", person.id]],
  }),
  actionRow({
    action: "revokeRoleAction",
    file: "lib/people/roles/role-actions.ts",
    cases: HR_WITH_MISSING,
    arrange: assignment,
    form: (_, assignment) => ({ assignmentId: String(assignment.id) }),
    idField: "assignmentId",
    invoke: (form) => revokeRoleAction(INITIAL, form),
    watch: (assignment) => one("role_assignment", assignment.id),
  }),
  actionRow({
    action: "previewStaffImportAction",
    file: IMPORT,
    cases: HR_CASES,
    readOnly: true,
    form: (s: Scene) => ({ file: file(staffFile(s)) }),
    invoke: (form) => previewStaffImportAction(form),
  }),
  actionRow({
    action: "applyStaffImportAction",
    file: IMPORT,
    cases: HR_CASES,
    form: (s: Scene) => ({ file: file(staffFile(s)), digest: personnelDigest(staffFile(s)) }),
    invoke: (form) => applyStaffImportAction(form),
  }),
  actionRow({
    action: "previewUnitImportAction",
    file: IMPORT,
    cases: HR_CASES,
    readOnly: true,
    form: (s: Scene) => ({ file: file(unitFile(s)) }),
    invoke: (form) => previewUnitImportAction(form),
  }),
  actionRow({
    action: "applyUnitImportAction",
    file: IMPORT,
    cases: HR_CASES,
    form: (s: Scene) => ({ file: file(unitFile(s)), digest: personnelDigest(unitFile(s)) }),
    invoke: (form) => applyUnitImportAction(form),
  }),
  actionRow({
    action: "openNextFiscalYearAction",
    file: "lib/year/rollover/rollover-actions.ts",
    cases: HR_CASES,
    // A far year of its own (the lib row uses 2400–2699), carrying nothing.
    form: (s: Scene) => ({ confirm: "on", fromYear: String(2800 + (s.n % 100)) }),
    invoke: (form) => openNextFiscalYearAction(INITIAL, form),
  }),
];

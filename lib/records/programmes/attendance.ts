import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { AppError, notAllowed, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/records/parse-input";
import { id as idField, version as versionField } from "@/lib/platform/validation/fields";
import { assertProgrammeAdmin, programmeWrite } from "./access";
import { ATTENDANCE_VALUES, type AttendanceFileProblem, type AttendanceCsvRow, readAttendanceCsv } from "./read-attendance-csv";
import { ATTENDED_STATUSES, type AttendanceInput, attendanceSchema, ENROLMENT_STATUSES } from "./schemas";
import { bumpSessionVersion, type LockedSession, lockSession } from "./session-lock";
import { askForReports } from "@/lib/records/training-applications/ask-for-reports";

interface EnrolmentState {
  id: number;
  employeeId: number;
  staffNumber: string;
  name: string;
  status: EnrolmentStatus;
  trainingRecordId: number | null;
}

interface StatusChange {
  enrolment: EnrolmentState;
  after: EnrolmentStatus;
}

export interface AttendanceSyncResult {
  changed: number;
  recordsCreated: number;
  recordsUpdated: number;
  recordsDeleted: number;
}

const attended = (status: EnrolmentStatus) => ATTENDED_STATUSES.includes(status);

async function loadEnrolments(tx: Prisma.TransactionClient, sessionId: number): Promise<EnrolmentState[]> {
  const rows = await tx.trainingEnrolment.findMany({
    where: { sessionId },
    select: { id: true, employeeId: true, status: true, trainingRecordId: true, employee: { select: { staffNumber: true, name: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map(({ employee, ...row }) => ({ ...row, staffNumber: employee.staffNumber, name: employee.name }));
}

/**
 * Attendance into the employees' training records, a few statements whatever the session's size:
 * statuses by one UPDATE per status; records of those who now attended created in one INSERT (and
 * linked by one UPDATE … FROM unnest) or brought up to date by one UPDATE per completion state;
 * records of those now absent or back to enrolled unlinked and deleted.
 */
async function syncAttendance(
  tx: Prisma.TransactionClient,
  actor: Actor,
  session: LockedSession,
  changes: StatusChange[],
  source: "screen" | "csv",
  extra: Record<string, string> = {},
): Promise<AttendanceSyncResult> {
  const changed = changes.filter((change) => change.enrolment.status !== change.after);
  const result: AttendanceSyncResult = { changed: changed.length, recordsCreated: 0, recordsUpdated: 0, recordsDeleted: 0 };
  if (changed.length === 0) return result;

  for (const status of ENROLMENT_STATUSES) {
    const ids = changed.filter((change) => change.after === status).map((change) => change.enrolment.id);
    if (ids.length > 0) await tx.trainingEnrolment.updateMany({ where: { id: { in: ids } }, data: { status } });
  }

  const removed = changed.flatMap((change) =>
    !attended(change.after) && change.enrolment.trainingRecordId !== null ? [change.enrolment.trainingRecordId] : [],
  );
  if (removed.length > 0) {
    await tx.trainingEnrolment.updateMany({ where: { trainingRecordId: { in: removed } }, data: { trainingRecordId: null } });
    result.recordsDeleted = (await tx.trainingRecord.deleteMany({ where: { id: { in: removed } } })).count;
  }

  const { programme } = session;
  const recordData = {
    fiscalYear: session.fiscalYear,
    programmeName: programme.title,
    kind: programme.kind,
    startOn: session.startOn,
    endOn: session.endOn,
    hours: programme.hours,
    measureId: programme.measureId,
    // Attendance the HR division recorded is its own confirmation: the record is verified by
    // the person who recorded it, at that moment (and again when the attendance changes).
    verifiedAt: new Date(),
    verifiedById: actor.employeeId,
  };
  for (const completed of [true, false]) {
    const ids = changed.flatMap((change) =>
      attended(change.after) && change.enrolment.trainingRecordId !== null && (change.after === "COMPLETED") === completed
        ? [change.enrolment.trainingRecordId]
        : [],
    );
    if (ids.length > 0)
      result.recordsUpdated += (
        await tx.trainingRecord.updateMany({ where: { id: { in: ids } }, data: { ...recordData, completed, version: { increment: 1 } } })
      ).count;
  }

  const toCreate = changed.filter((change) => attended(change.after) && change.enrolment.trainingRecordId === null);
  if (toCreate.length > 0) {
    const created = await tx.trainingRecord.createManyAndReturn({
      data: toCreate.map((change) => ({
        ...recordData,
        employeeId: change.enrolment.employeeId,
        completed: change.after === "COMPLETED",
        createdById: actor.employeeId,
      })),
      select: { id: true, employeeId: true },
    });
    await tx.$executeRaw`
      UPDATE training_enrolment e SET training_record_id = v.record_id
      FROM unnest(${created.map((row) => row.employeeId)}::int[], ${created.map((row) => row.id)}::int[]) AS v(employee_id, record_id)
      WHERE e.session_id = ${session.id} AND e.employee_id = v.employee_id`;
    result.recordsCreated = created.length;
    await askForReports(
      tx,
      actor.employeeId,
      toCreate.map((change) => ({ enrolmentId: change.enrolment.id, employeeId: change.enrolment.employeeId })),
      programme.title,
    );
  }

  await bumpSessionVersion(tx, session.id);
  await recordAudit(tx, {
    actorId: actor.employeeId,
    action: source === "csv" ? "programme.attendance.import" : "programme.attendance",
    entity: "training_session",
    entityId: session.id,
    detail: {
      ...extra,
      ...result,
      changes: changed.map((change) => ({ staffNumber: change.enrolment.staffNumber, before: change.enrolment.status, after: change.after })),
    },
  });
  return result;
}

/** On screen: one enrolment set to ATTENDED, COMPLETED, ABSENT (or back to ENROLLED). */
export async function setAttendance(actor: Actor, input: AttendanceInput): Promise<AttendanceSyncResult> {
  const data = parseInput(attendanceSchema, input);
  return programmeWrite(actor, async (tx) => {
    const session = await lockSession(tx, data.sessionId, data.version);
    const enrolment = (await loadEnrolments(tx, session.id)).find((row) => row.id === data.enrolmentId);
    if (!enrolment) throw notFound("enrolment");
    return syncAttendance(tx, actor, session, [{ enrolment, after: data.status }], "screen");
  });
}

// --- CSV import ----------------------------------------------------------------------------

export type AttendanceRejectReason = "missingStaffNumber" | "badValue" | "notEnrolled" | "duplicate";

export type AttendanceImportRow =
  | { line: number; kind: "CHANGE" | "UNCHANGED"; staffNumber: string; name: string; before: EnrolmentStatus; after: EnrolmentStatus }
  | { line: number; kind: "REJECT"; staffNumber: string; value: string; reason: AttendanceRejectReason };

export interface AttendanceImportPlan {
  rows: AttendanceImportRow[];
  counts: { CHANGE: number; UNCHANGED: number; REJECT: number };
  changes: StatusChange[];
}

/** Matches the sheet's rows to the session's enrolments; pure, so preview and apply agree. */
export function planAttendanceImport(csvRows: readonly AttendanceCsvRow[], enrolments: readonly EnrolmentState[]): AttendanceImportPlan {
  const byNumber = new Map(enrolments.map((row) => [row.staffNumber, row]));
  const seen = new Set<string>();
  const counts = { CHANGE: 0, UNCHANGED: 0, REJECT: 0 };
  const changes: StatusChange[] = [];
  const rows = csvRows.map((csv): AttendanceImportRow => {
    const reject = (reason: AttendanceRejectReason): AttendanceImportRow => {
      counts.REJECT += 1;
      return { line: csv.line, kind: "REJECT", staffNumber: csv.staffNumber, value: csv.attendance, reason };
    };
    if (csv.staffNumber === "") return reject("missingStaffNumber");
    if (seen.has(csv.staffNumber)) return reject("duplicate");
    seen.add(csv.staffNumber);
    const after = Object.hasOwn(ATTENDANCE_VALUES, csv.attendance) ? ATTENDANCE_VALUES[csv.attendance] : undefined;
    if (!after) return reject("badValue");
    const enrolment = byNumber.get(csv.staffNumber);
    if (!enrolment) return reject("notEnrolled");
    const kind = enrolment.status === after ? "UNCHANGED" : "CHANGE";
    counts[kind] += 1;
    if (kind === "CHANGE") changes.push({ enrolment, after });
    return { line: csv.line, kind, staffNumber: csv.staffNumber, name: enrolment.name, before: enrolment.status, after };
  });
  return { rows, counts, changes };
}

export interface AttendanceImportPreview {
  digest: string;
  /** the session's version when previewed: applying refuses a session changed since */
  sessionVersion: number;
  encoding: "UTF8" | "SJIS" | null;
  fileProblem: AttendanceFileProblem | null;
  missingColumns: string[];
  counts: AttendanceImportPlan["counts"];
  /** rejects first, then changes, at most PREVIEW_ROWS */
  rows: AttendanceImportRow[];
  canApply: boolean;
}

export const PREVIEW_ROWS = 500;

export function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads the sheet and matches it against the session's enrolments; writes nothing. */
export async function previewAttendanceImport(actor: Actor, sessionId: number, fileBytes: Uint8Array): Promise<AttendanceImportPreview> {
  assertProgrammeAdmin(actor);
  parseInput(idField, sessionId);
  const session = await db.trainingSession.findUnique({ where: { id: sessionId }, select: { id: true, version: true } });
  if (!session) throw notFound("training session");
  const digest = digestOf(fileBytes);
  const csv = readAttendanceCsv(fileBytes);
  const empty = { CHANGE: 0, UNCHANGED: 0, REJECT: 0 };
  if (!csv.ok)
    return {
      digest,
      sessionVersion: session.version,
      encoding: null,
      fileProblem: csv.problem,
      missingColumns: csv.missingColumns ?? [],
      counts: empty,
      rows: [],
      canApply: false,
    };
  const plan = planAttendanceImport(csv.rows, await loadEnrolments(db, session.id));
  const rows = [...plan.rows.filter((row) => row.kind === "REJECT"), ...plan.rows.filter((row) => row.kind === "CHANGE")].slice(0, PREVIEW_ROWS);
  return {
    digest,
    sessionVersion: session.version,
    encoding: csv.encoding,
    fileProblem: null,
    missingColumns: [],
    counts: plan.counts,
    rows,
    canApply: plan.counts.REJECT === 0 && plan.counts.CHANGE > 0,
  };
}

/**
 * Applies the previewed sheet: the same bytes (by digest) against the same session version,
 * planned again inside the transaction; any rejected row refuses the whole sheet.
 */
export async function applyAttendanceImport(
  actor: Actor,
  input: { sessionId: number; version: number; digest: string },
  fileBytes: Uint8Array,
): Promise<AttendanceSyncResult> {
  assertProgrammeAdmin(actor);
  const sessionId = parseInput(idField, input.sessionId);
  const version = parseInput(versionField, input.version);
  const digest = digestOf(fileBytes);
  if (digest !== input.digest) throw notAllowed("the file is not the one previewed");
  return programmeWrite(actor, async (tx) => {
    const session = await lockSession(tx, sessionId, version);
    const csv = readAttendanceCsv(fileBytes);
    if (!csv.ok) throw new AppError("INVALID_INPUT", "unreadable attendance file", "file", "programmes.import.unreadable");
    const plan = planAttendanceImport(csv.rows, await loadEnrolments(tx, session.id));
    if (plan.counts.REJECT > 0) throw new AppError("INVALID_INPUT", "the file has rejected rows", "file", "programmes.import.hasRejects");
    return syncAttendance(tx, actor, session, plan.changes, "csv", { digest, encoding: csv.encoding });
  });
}

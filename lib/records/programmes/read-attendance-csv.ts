import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";
import { parseCsvRecords, type ParsedRecord } from "@/lib/people/personnel/read-personnel-csv";
import { decodeStaffCsv } from "@/lib/people/personnel/read-staff-csv";

/** The attendance sheet: 職員番号 and 出欠 (出席 / 修了 / 欠席), in any column order. */
export const ATTENDANCE_COLUMNS = { staffNumber: "職員番号", attendance: "出欠" } as const;
export const ATTENDANCE_VALUES: Readonly<Record<string, EnrolmentStatus>> = { 出席: "ATTENDED", 修了: "COMPLETED", 欠席: "ABSENT" };

export const MAX_ATTENDANCE_FILE_BYTES = 1024 * 1024;
export const MAX_ATTENDANCE_ROWS = 20_000;

export type AttendanceFileProblem = "empty" | "tooLarge" | "tooManyRows" | "unreadable" | "missingColumns";

export interface AttendanceCsvRow {
  line: number;
  staffNumber: string;
  attendance: string;
}

export type AttendanceCsv =
  { ok: true; encoding: "UTF8" | "SJIS"; rows: AttendanceCsvRow[] } | { ok: false; problem: AttendanceFileProblem; missingColumns?: string[] };

/** UTF-8 or Shift_JIS (detected), parsed as data only: cells are trimmed strings, never evaluated. */
export function readAttendanceCsv(bytes: Uint8Array): AttendanceCsv {
  if (bytes.length > MAX_ATTENDANCE_FILE_BYTES) return { ok: false, problem: "tooLarge" };
  const { text, encoding } = decodeStaffCsv(bytes);
  let records: ParsedRecord[];
  try {
    records = parseCsvRecords(text);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, problem: "empty" };
  if (body.length > MAX_ATTENDANCE_ROWS) return { ok: false, problem: "tooManyRows" };
  const staffIndex = header.record.indexOf(ATTENDANCE_COLUMNS.staffNumber);
  const attendanceIndex = header.record.indexOf(ATTENDANCE_COLUMNS.attendance);
  const missing: string[] = [];
  if (staffIndex < 0) missing.push(ATTENDANCE_COLUMNS.staffNumber);
  if (attendanceIndex < 0) missing.push(ATTENDANCE_COLUMNS.attendance);
  if (missing.length > 0) return { ok: false, problem: "missingColumns", missingColumns: missing };
  return {
    ok: true,
    encoding,
    rows: body.map(({ record, info }) => ({ line: info.lines, staffNumber: record[staffIndex] ?? "", attendance: record[attendanceIndex] ?? "" })),
  };
}

import { type CsvEncoding, decodePersonnelCsv, MAX_ROWS, type PersonnelCsv, type PersonnelCsvRow, readPersonnelCsv } from "./read-personnel-csv";

export { MAX_FILE_BYTES, MAX_ROWS } from "./read-personnel-csv";
// Kept for the modules that still import the file problem from here; it lives in import-preview.
export type { FileProblem } from "./import-preview";

/** The personnel system's staff export: Japanese headers, in any order. */
export const STAFF_COLUMNS = {
  staffNumber: "職員番号",
  name: "氏名",
  nameKana: "氏名カナ",
  jobCategory: "職種",
  rank: "職位",
  joinedOn: "入庁日",
  unitCode: "所属コード",
  supervisorStaffNumber: "上司職員番号",
  email: "メール",
  active: "在職",
  /** 異動日: a move dated later takes effect on that date by itself (lib/people/transfers) */
  effectiveOn: "異動日",
  /** 兼務・併任 (optional; all four or none): the second post's unit, from, until, and whether its supervisor reviews the plan */
  concurrentUnitCode: "兼務所属コード",
  concurrentStartsOn: "兼務開始日",
  concurrentEndsOn: "兼務終了日",
  concurrentReviews: "兼務先評価",
} as const;

export type StaffColumn = keyof typeof STAFF_COLUMNS;

export function isStaffColumn(key: string): key is StaffColumn {
  return Object.hasOwn(STAFF_COLUMNS, key);
}

export const REQUIRED_COLUMNS: readonly StaffColumn[] = ["staffNumber", "name", "nameKana", "jobCategory", "rank", "joinedOn", "unitCode"];

export type StaffCsvRow = PersonnelCsvRow<StaffColumn>;
export type StaffCsv = PersonnelCsv<StaffColumn>;

/** The attendance sheet reads its bytes the same way; see decodePersonnelCsv. */
export function decodeStaffCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  return decodePersonnelCsv(bytes);
}

export function readStaffCsv(bytes: Uint8Array): StaffCsv {
  return readPersonnelCsv(bytes, { headers: STAFF_COLUMNS, required: REQUIRED_COLUMNS, maxRows: MAX_ROWS });
}

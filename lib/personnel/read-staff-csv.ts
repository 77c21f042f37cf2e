import { parse } from "csv-parse/sync";
import Encoding from "encoding-japanese";

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
} as const;

export type StaffColumn = keyof typeof STAFF_COLUMNS;

export const REQUIRED_COLUMNS: readonly StaffColumn[] = ["staffNumber", "name", "nameKana", "jobCategory", "rank", "joinedOn", "unitCode"];

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 50_000;

/** One data row: its line in the file (header = line 1) and its cells by column. */
export interface StaffCsvRow {
  line: number;
  values: Partial<Record<StaffColumn, string>>;
}

export type FileProblem = "empty" | "tooLarge" | "tooManyRows" | "unreadable" | "missingColumns";

export type StaffCsv =
  | { ok: true; encoding: "UTF8" | "SJIS"; columns: StaffColumn[]; rows: StaffCsvRow[] }
  | { ok: false; problem: FileProblem; missingColumns?: string[] };

/**
 * UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, otherwise Shift_JIS (the personnel
 * system's default export). encoding-japanese's detection decides between the two.
 */
export function decodeStaffCsv(bytes: Uint8Array): { text: string; encoding: "UTF8" | "SJIS" } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const detected = Encoding.detect(withoutBom, ["UTF8", "SJIS"]);
  if (detected === "SJIS") return { text: Encoding.convert(withoutBom, { to: "UNICODE", from: "SJIS", type: "string" }), encoding: "SJIS" };
  return { text: new TextDecoder("utf-8").decode(withoutBom), encoding: "UTF8" };
}

const HEADER_TO_COLUMN = new Map<string, StaffColumn>(Object.entries(STAFF_COLUMNS).map(([column, header]) => [header, column as StaffColumn]));

/** Decodes and parses the file as data only; cells are trimmed strings, never evaluated. */
export function readStaffCsv(bytes: Uint8Array): StaffCsv {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: "tooLarge" };
  const { text, encoding } = decodeStaffCsv(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, problem: "empty" };
  if (body.length > MAX_ROWS) return { ok: false, problem: "tooManyRows" };
  const columns = header.record.map((cell) => HEADER_TO_COLUMN.get(cell) ?? null);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ok: false, problem: "missingColumns", missingColumns: missing.map((column) => STAFF_COLUMNS[column]) };
  const rows = body.map(({ record, info }): StaffCsvRow => {
    const values: Partial<Record<StaffColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column) values[column] = record[i] ?? "";
    });
    return { line: info.lines, values };
  });
  return { ok: true, encoding, columns: columns.filter((column): column is StaffColumn => column !== null), rows };
}

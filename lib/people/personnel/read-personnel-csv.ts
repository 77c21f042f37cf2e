import { parse } from "csv-parse/sync";
import Encoding from "encoding-japanese";
import { keysOf } from "@/lib/platform/validation/narrow";
import { removeAllInvisibleFormatting, replaceForbiddenCharacters } from "@/lib/platform/validation/text-characters";
import type { FileProblem } from "./import-preview";

/**
 * Reading the personnel system's CSV exports (staff, org units): the bytes, the encoding, the
 * header and the rows. What the cells mean is each import's own business.
 */

export type CsvEncoding = "UTF8" | "SJIS";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 50_000;

/** One export's columns: a key per column with its Japanese header, and which headers must be present. */
export interface CsvLayout<Column extends string> {
  headers: Readonly<Record<Column, string>>;
  required: readonly Column[];
  maxRows?: number;
}

/** One data row: its line in the file (header = line 1) and its cells by column. */
export interface PersonnelCsvRow<Column extends string> {
  line: number;
  values: Partial<Record<Column, string>>;
}

export type PersonnelCsv<Column extends string> =
  { ok: true; encoding: CsvEncoding; columns: Column[]; rows: PersonnelCsvRow<Column>[] } | { ok: false; problem: FileProblem; missingColumns?: string[] };

/**
 * UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, otherwise Shift_JIS (the personnel
 * system's default export). encoding-japanese's detection decides between the two.
 */
export function decodePersonnelCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const detected = Encoding.detect(withoutBom, ["UTF8", "SJIS"]);
  // Control characters (NUL above all, which PostgreSQL cannot store) become U+FFFD: shown in the
  // preview, never a failure when the file is applied. Direction controls and zero-width
  // characters are dropped: names and codes have no use for them, and a hidden one would make an
  // unchanged name look changed or a staff number match nobody.
  const clean = (text: string) => replaceForbiddenCharacters(removeAllInvisibleFormatting(text));
  if (detected === "SJIS") return { text: clean(Encoding.convert(withoutBom, { to: "UNICODE", from: "SJIS", type: "string" })), encoding: "SJIS" };
  return { text: clean(new TextDecoder("utf-8").decode(withoutBom)), encoding: "UTF8" };
}

/** A row's cells and the line of the file it ends on (for its messages). */
export interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * The file's rows, each with its line. csv-parse's `info` option wraps every row with it, though
 * its types still promise string[][]: the shape is checked rather than claimed. Throws on a
 * malformed file, as csv-parse does.
 */
export function parseCsvRecords(text: string): ParsedRecord[] {
  const rows: unknown[] = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, info: true });
  return rows.filter(isParsedRecord);
}

function isParsedRecord(row: unknown): row is ParsedRecord {
  if (typeof row !== "object" || row === null || !("record" in row) || !("info" in row)) return false;
  const { record, info } = row;
  return (
    Array.isArray(record) &&
    record.every((cell) => typeof cell === "string") &&
    typeof info === "object" &&
    info !== null &&
    "lines" in info &&
    typeof info.lines === "number"
  );
}

/**
 * Decodes and parses the file as data only: cells are trimmed strings, never evaluated or cast.
 * Headers the layout does not know are ignored; a known header given twice makes the file
 * unreadable, since either copy could be the one the sender meant.
 */
export function readPersonnelCsv<Column extends string>(bytes: Uint8Array, layout: CsvLayout<Column>): PersonnelCsv<Column> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: "tooLarge" };
  const { text, encoding } = decodePersonnelCsv(bytes);
  let records: ParsedRecord[];
  try {
    records = parseCsvRecords(text);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, problem: "empty" };
  if (body.length > (layout.maxRows ?? MAX_ROWS)) return { ok: false, problem: "tooManyRows" };

  const headerToColumn = new Map<string, Column>(keysOf(layout.headers).map((column) => [layout.headers[column], column]));
  const columns = header.record.map((cell) => headerToColumn.get(cell) ?? null);
  const known = columns.filter((column): column is Column => column !== null);
  if (new Set(known).size !== known.length) return { ok: false, problem: "unreadable" };
  const missing = layout.required.filter((column) => !known.includes(column));
  if (missing.length > 0) return { ok: false, problem: "missingColumns", missingColumns: missing.map((column) => layout.headers[column]) };

  const rows = body.map(({ record, info }): PersonnelCsvRow<Column> => {
    const values: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column) values[column] = record[i] ?? "";
    });
    return { line: info.lines, values };
  });
  return { ok: true, encoding, columns: known, rows };
}

/** A cell as exports hold it: text, a number, or empty. */
export type Cell = string | number | null;

/**
 * What a spreadsheet may read as the start of a formula: = + - @, tab and CR, also after leading
 * blanks and invisible characters (which spreadsheets skip or fold away: spaces, zero-width and
 * direction marks), and the look-alikes that some spreadsheets fold to them: full-width ＝ ＋ －
 * ＠ (Japanese IME input), small ﹦ ﹢ ﹣ and the minus sign − (U+2212) — those only when
 * something follows, since a lone 「－」 is the portal's own mark for a withheld figure, and no
 * formula.
 */
const FORMULA_START =
  /^[\s\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]*(?:[=+\-@\t\r]|[\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\u2212](?=[\s\S]))/;

/** A table to export: its name (sheet and file), header row and data rows. */
export interface ExportTable {
  title: string;
  header: string[];
  rows: Cell[][];
}

/**
 * RFC 4180 quoting: a field with a comma, a double quote, a line break or surrounding spaces is
 * quoted and its quotes doubled. A text cell that starts like a formula (FORMULA_START above)
 * gets a leading apostrophe, so that Excel shows a name such as "=SUM(...)" instead of running
 * it (CSV injection); numbers are left as they are.
 */
export function escapeCsvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * UTF-8 CSV as Excel opens it without garbling Japanese: a byte-order mark first and CRLF line
 * endings (also after the last row).
 */
export function toCsv(table: Pick<ExportTable, "header" | "rows">): string {
  return CSV_START + [table.header, ...table.rows].map(csvLine).join("");
}

/** What a CSV file starts with: the byte-order mark Excel needs to read UTF-8. */
export const CSV_START = "\uFEFF";

/** One row as a CSV line, CRLF included (for exports written row by row). */
export function csvLine(row: readonly Cell[]): string {
  return `${row.map(escapeCsvCell).join(",")}\r\n`;
}

/**
 * A document for download, beside the plain tables of csv.ts: titled sheets of headings,
 * paragraphs, labelled fields, lists and tables whose numbers stay numbers. The headquarters
 * report is written this way (lib/insight/hq-report/report-document.ts), so that its workbook holds the
 * printed page's sections, headings and sentences, and its figures still sum in Excel.
 */

export const WITHHELD = "－";

/** What a number is, which decides how it is written: on the page and in Excel alike. */
export type NumberKind = "count" | "percent" | "hours";

export type DocumentCell = string | { value: number | null; kind: NumberKind } | null;

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export type DocumentBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "fields"; rows: [string, string][] }
  | { kind: "table"; caption: string; header: HeaderCell[][]; rows: DocumentCell[][]; footer?: DocumentCell[][] }
  | { kind: "list"; items: string[] };

export interface DocumentSheet {
  name: string;
  blocks: DocumentBlock[];
}

export interface ExportDocument {
  /** the file's name, without extension */
  title: string;
  sheets: DocumentSheet[];
}

const whole = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 0 });
const tenths = new Intl.NumberFormat("ja-JP", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * One way of writing numbers: thousands separators everywhere (7,396 and 1,429 alike), whole
 * per cent, hours to one decimal (their unit in the column's header), 「－」 for a withheld one.
 */
export function formatNumber(value: number | null, kind: NumberKind): string {
  if (value === null) return WITHHELD;
  switch (kind) {
    case "count":
      return whole.format(value);
    case "percent":
      return `${whole.format(value)}%`;
    case "hours":
      return tenths.format(value);
  }
}

/** The same formats in Excel; a percent is stored as a share (0.68) so that Excel's % applies. */
export const EXCEL_NUMBER_FORMAT: Readonly<Record<NumberKind, string>> = {
  count: "#,##0",
  percent: "0%",
  hours: "#,##0.0",
};

import { REQUIRED_COLUMNS, STAFF_COLUMNS } from "./read-staff-csv";
import { REQUIRED_UNIT_COLUMNS, UNIT_COLUMNS } from "./read-unit-csv";

/** The personnel system's two exports the HR division imports, in the order they are imported. */
export const IMPORT_SUBJECTS = ["units", "staff"] as const;
export type ImportSubject = (typeof IMPORT_SUBJECTS)[number];

export interface ImportColumn {
  /** the column's key in the import's message namespace (`columns.*`, `columnHelp.*`) */
  key: string;
  /** the header the file carries */
  header: string;
  required: boolean;
}

const LAYOUTS = {
  units: { headers: UNIT_COLUMNS, required: REQUIRED_UNIT_COLUMNS as readonly string[] },
  staff: { headers: STAFF_COLUMNS, required: REQUIRED_COLUMNS as readonly string[] },
} as const;

/**
 * Every column an import reads, in the order its template writes them: read from the same
 * layout the CSV reader checks a file against, so the page's list, the template and the import
 * cannot disagree about a header or about what is required.
 */
export function importColumns(subject: ImportSubject): ImportColumn[] {
  const { headers, required } = LAYOUTS[subject];
  return Object.entries(headers).map(([key, header]) => ({ key, header, required: required.includes(key) }));
}

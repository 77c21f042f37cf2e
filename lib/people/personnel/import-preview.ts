/**
 * What an import preview shows, whatever the file (org units or staff): counts per kind and the
 * first rows of each kind, already reduced to display values so the browser needs no plan types.
 * For units, LEAVE means 廃止 (retired) and MOVE a change of parent unit.
 */
import type { ComparedField, RejectReason } from "./plan-staff-import";
import type { UnitField, UnitRejectReason } from "./plan-unit-import";
import type { StaffColumn } from "./read-staff-csv";
import type { UnitColumn } from "./read-unit-csv";
import { recordOf } from "@/lib/platform/validation/narrow";

export type ImportKind = "ADD" | "CHANGE" | "MOVE" | "LEAVE" | "UNCHANGED" | "REJECT";
export const IMPORT_KINDS: readonly ImportKind[] = ["ADD", "CHANGE", "MOVE", "LEAVE", "UNCHANGED", "REJECT"];

/** Rows of each kind shown in the preview; the counts cover them all. */
export const PREVIEW_ROWS_PER_KIND = 100;

export interface PreviewRow {
  kind: ImportKind;
  /** the row's line in the file (header = 1); null for a record the file does not list */
  line: number | null;
  /** 職員番号 or 所属コード */
  key: string;
  /** 氏名 or 所属名 */
  label: string;
  /** field keys of the import's message namespace ("fields.*"); values as shown */
  changes: { field: ComparedField | UnitField; before: string; after: string }[];
  /** column keys ("columns.*") and reason keys ("reasons.*") of the import's message namespace */
  problems: { column: StaffColumn | UnitColumn; reason: RejectReason | UnitRejectReason }[];
}

export type FileProblem = "empty" | "tooLarge" | "tooManyRows" | "unreadable" | "missingColumns";

export interface ImportPreview {
  digest: string;
  encoding: "UTF8" | "SJIS" | null;
  fileProblem: FileProblem | null;
  /** the missing headers, in Japanese as the file should have them */
  missingColumns: string[];
  counts: Record<ImportKind, number>;
  samples: Record<ImportKind, PreviewRow[]>;
  canApply: boolean;
}

export interface ImportResult {
  digest: string;
  counts: Record<ImportKind, number>;
}

export function emptyCounts(): Record<ImportKind, number> {
  return recordOf(IMPORT_KINDS, () => 0);
}

/** Counts every row and keeps the first PREVIEW_ROWS_PER_KIND of each kind, in file order. */
export function summarisePreview(rows: readonly PreviewRow[]): Pick<ImportPreview, "counts" | "samples"> {
  const counts = emptyCounts();
  const samples = recordOf(IMPORT_KINDS, (): PreviewRow[] => []);
  for (const row of rows) {
    counts[row.kind] += 1;
    if (samples[row.kind].length < PREVIEW_ROWS_PER_KIND) samples[row.kind].push(row);
  }
  return { counts, samples };
}

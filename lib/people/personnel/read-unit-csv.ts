import { type PersonnelCsv, type PersonnelCsvRow, readPersonnelCsv } from "./read-personnel-csv";

/** The personnel system's org-unit export: Japanese headers, in any order. */
export const UNIT_COLUMNS = {
  code: "所属コード",
  name: "所属名",
  kind: "種別",
  parentCode: "上位所属コード",
  position: "表示順",
  retired: "廃止",
} as const;

export type UnitColumn = keyof typeof UNIT_COLUMNS;

export function isUnitColumn(key: string): key is UnitColumn {
  return Object.hasOwn(UNIT_COLUMNS, key);
}

/**
 * 上位所属コード is required as a header (though blank for a 局・区): the tree is what this
 * import exists for, and a file without it could not place a single new 部, 課 or 係.
 */
export const REQUIRED_UNIT_COLUMNS: readonly UnitColumn[] = ["code", "name", "kind", "parentCode"];

/** The city has a few thousand units; anything near this is not an org-unit export. */
export const MAX_UNIT_ROWS = 20_000;

export type UnitCsvRow = PersonnelCsvRow<UnitColumn>;
export type UnitCsv = PersonnelCsv<UnitColumn>;

export function readUnitCsv(bytes: Uint8Array): UnitCsv {
  return readPersonnelCsv(bytes, { headers: UNIT_COLUMNS, required: REQUIRED_UNIT_COLUMNS, maxRows: MAX_UNIT_ROWS });
}

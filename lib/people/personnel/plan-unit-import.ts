import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { emptyCounts, type ImportKind } from "./import-preview";
import type { UnitColumn, UnitCsvRow } from "./read-unit-csv";
import { keysOf } from "@/lib/platform/validation/narrow";

/** An org unit as the import compares it; parentId is the database's. */
export interface CurrentOrgUnit {
  id: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentId: number | null;
  position: number;
  retired: boolean;
}

/** What a valid row makes of a unit; the parent by code, since it may be added by the same file. */
export interface UnitTarget {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentCode: string | null;
  position: number;
  retired: boolean;
}

export type UnitRejectReason =
  | "required"
  | "tooLong"
  | "malformedKind"
  | "malformedPosition"
  | "malformedRetired"
  | "duplicateCode"
  | "unknownParent"
  | "retiredParent"
  | "selfParent"
  | "cycle"
  | "kindOrder"
  | "activeChildren";

export interface UnitRowProblem {
  column: UnitColumn;
  reason: UnitRejectReason;
}

export type UnitField = "name" | "kind" | "parent" | "position" | "retired";

export interface UnitFieldChange {
  field: UnitField;
  before: string;
  after: string;
}

export type PlannedUnitRow =
  | { kind: "REJECT"; line: number; code: string; name: string; problems: UnitRowProblem[] }
  | { kind: "ADD"; line: number; target: UnitTarget; changes: UnitFieldChange[] }
  | { kind: "CHANGE" | "MOVE" | "LEAVE" | "UNCHANGED"; line: number; id: number; target: UnitTarget; changes: UnitFieldChange[] };

export interface UnitImportPlan {
  rows: PlannedUnitRow[];
  counts: Record<ImportKind, number>;
}

/** Longest accepted value per free-text column (characters); the others have a fixed form. */
export const MAX_UNIT_LENGTH: Partial<Record<UnitColumn, number>> = { code: 32, name: 100, parentCode: 32 };

// A Map, not an object: a cell reading "constructor" must not find Object.prototype's.
const KIND_BY_LABEL: ReadonlyMap<string, OrgUnitKind> = new Map([
  ["局", "BUREAU"],
  ["区", "BUREAU"],
  ["部", "DEPARTMENT"],
  ["課", "SECTION"],
  ["係", "UNIT"],
]);

/** How the preview shows a kind: the file's own words, 局 and 区 being one kind. */
export const KIND_LABEL: Readonly<Record<OrgUnitKind, string>> = { BUREAU: "局・区", DEPARTMENT: "部", SECTION: "課", UNIT: "係" };

/** Depth order of the kinds: a unit's kind must rank below its parent's (a 課 may sit straight under a 局). */
const KIND_RANK: Readonly<Record<OrgUnitKind, number>> = { BUREAU: 0, DEPARTMENT: 1, SECTION: 2, UNIT: 3 };

export function parseKind(value: string): OrgUnitKind | null {
  return KIND_BY_LABEL.get(value) ?? null;
}

/** 表示順: "" → null (keep the current order; 0 for a new unit), ASCII digits → the number, anything else undefined. */
export function parsePosition(value: string): number | null | undefined {
  if (value === "") return null;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** 廃止: blank or 0 → in use, 1 or 廃止 → retired; anything else null. */
export function parseRetired(value: string): boolean | null {
  if (value === "" || value === "0") return false;
  if (value === "1" || value === "廃止") return true;
  return null;
}

/** What the structural checks need of a unit once the file is applied. */
interface Settled {
  kind: OrgUnitKind;
  parentCode: string | null;
  retired: boolean;
}

/**
 * Classifies every row of the org-unit export against the current units. Pure: the caller loads
 * the units and applies only a plan without REJECT rows. Units absent from the file are left as
 * they are (an export may be partial), but the file may not leave them in a broken tree: an
 * in-use unit under a retired one, or a kind that no longer ranks below its parent's.
 * Structural checks are made on the tree as the file would leave it; a row that is itself
 * invalid takes no part in them, so one mistake is reported once and not again by its children.
 */
export function planUnitImport(rows: readonly UnitCsvRow[], columns: readonly UnitColumn[], units: readonly CurrentOrgUnit[]): UnitImportPlan {
  const hasColumn = new Set(columns);
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const codeById = new Map(units.map((unit) => [unit.id, unit.code]));
  const parentCodeOf = (unit: CurrentOrgUnit) => (unit.parentId === null ? null : (codeById.get(unit.parentId) ?? null));

  const occurrences = new Map<string, number>();
  for (const row of rows) {
    const code = row.values.code ?? "";
    if (code !== "") occurrences.set(code, (occurrences.get(code) ?? 0) + 1);
  }

  // Pass 1: each row on its own.
  const firstPass = rows.map((row) => {
    const value = (column: UnitColumn) => row.values[column] ?? "";
    const problems: UnitRowProblem[] = [];
    const problem = (column: UnitColumn, reason: UnitRejectReason) => problems.push({ column, reason });
    for (const column of columns) if (value(column).length > (MAX_UNIT_LENGTH[column] ?? Infinity)) problem(column, "tooLong");
    for (const column of ["code", "name", "kind"] as const) if (value(column) === "") problem(column, "required");
    const invalid = (column: UnitColumn) => problems.some((p) => p.column === column);

    const code = value("code");
    if (!invalid("code") && (occurrences.get(code) ?? 0) > 1) problem("code", "duplicateCode");
    const kind = invalid("kind") ? null : parseKind(value("kind"));
    if (!invalid("kind") && kind === null) problem("kind", "malformedKind");
    const position = hasColumn.has("position") ? parsePosition(value("position")) : null;
    if (position === undefined) problem("position", "malformedPosition");
    const retiredCell = hasColumn.has("retired") ? parseRetired(value("retired")) : undefined;
    if (retiredCell === null) problem("retired", "malformedRetired");

    const parentCode = value("parentCode");
    if (!invalid("parentCode")) {
      if (parentCode !== "" && parentCode === code) problem("parentCode", "selfParent");
      // A 局・区 is a root of the tree; everything else hangs under something.
      else if (kind !== null && (kind === "BUREAU") !== (parentCode === "")) problem("parentCode", "kindOrder");
    }

    if (problems.length > 0 || kind === null || position === undefined || retiredCell === null) return { row, problems, target: null };
    const current = unitByCode.get(code);
    const target: UnitTarget = {
      code,
      name: value("name"),
      kind,
      parentCode: parentCode || null,
      position: position ?? current?.position ?? 0,
      retired: retiredCell ?? current?.retired ?? false,
    };
    return { row, problems, target };
  });

  // The tree as the file would leave it, by code: null where a row of the file is invalid.
  const settled = new Map<string, Settled | null>(units.map((unit) => [unit.code, { kind: unit.kind, parentCode: parentCodeOf(unit), retired: unit.retired }]));
  for (const { row, target } of firstPass) {
    const code = row.values.code ?? "";
    if (code !== "") settled.set(code, target && (occurrences.get(code) ?? 0) === 1 ? target : null);
  }
  // Children the file does not list keep their parent, so a change to the parent must suit them.
  const unlistedChildren = new Map<string, CurrentOrgUnit[]>();
  for (const unit of units) {
    const parentCode = parentCodeOf(unit);
    if (parentCode === null || occurrences.has(unit.code)) continue;
    const siblings = unlistedChildren.get(parentCode);
    if (siblings) siblings.push(unit);
    else unlistedChildren.set(parentCode, [unit]);
  }

  const onLoop = (code: string) => {
    const seen = new Set<string>();
    for (let at = settled.get(code)?.parentCode ?? null; at !== null; at = settled.get(at)?.parentCode ?? null) {
      if (at === code) return true;
      if (seen.has(at)) return false;
      seen.add(at);
    }
    return false;
  };

  // Pass 2: each valid row within the tree.
  const planned = firstPass.map(({ row, problems, target }): PlannedUnitRow => {
    const current = target ? unitByCode.get(target.code) : undefined;
    if (target) {
      const problem = (column: UnitColumn, reason: UnitRejectReason) => problems.push({ column, reason });
      if (target.parentCode !== null) {
        const parent = settled.get(target.parentCode);
        if (parent === undefined) problem("parentCode", "unknownParent");
        else if (onLoop(target.code)) problem("parentCode", "cycle");
        else if (parent && KIND_RANK[parent.kind] >= KIND_RANK[target.kind]) problem("parentCode", "kindOrder");
        else if (parent && parent.retired && !target.retired) problem("parentCode", "retiredParent");
      }
      const children = unlistedChildren.get(target.code)?.filter((child) => !child.retired) ?? [];
      if (current && current.kind !== target.kind && children.some((child) => KIND_RANK[child.kind] <= KIND_RANK[target.kind])) problem("kind", "kindOrder");
      if (target.retired && !current?.retired && children.length > 0) problem("retired", "activeChildren");
    }
    if (!target || problems.length > 0) return { kind: "REJECT", line: row.line, code: row.values.code ?? "", name: row.values.name ?? "", problems };

    const after = fieldsOf(target);
    if (!current) return { kind: "ADD", line: row.line, target, changes: diff(NEW_UNIT, after).filter((change) => change.field !== "name") };
    const changes = diff(fieldsOf({ ...current, parentCode: parentCodeOf(current) }), after);
    const kind =
      !current.retired && target.retired ? "LEAVE" : changes.some((c) => c.field === "parent") ? "MOVE" : changes.length > 0 ? "CHANGE" : "UNCHANGED";
    return { kind, line: row.line, id: current.id, target, changes };
  });

  const counts = emptyCounts();
  for (const row of planned) counts[row.kind] += 1;
  return { rows: planned, counts };
}

function fieldsOf(unit: Omit<UnitTarget, "code">): Record<UnitField, string> {
  return { name: unit.name, kind: KIND_LABEL[unit.kind], parent: unit.parentCode ?? "", position: String(unit.position), retired: unit.retired ? "1" : "0" };
}

/** What a new unit's fields are compared with, so that its preview shows only what the file sets. */
const NEW_UNIT: Record<UnitField, string> = { name: "", kind: "", parent: "", position: "0", retired: "0" };

function diff(before: Record<UnitField, string>, after: Record<UnitField, string>): UnitFieldChange[] {
  return keysOf(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/**
 * Materialised paths ("/3/17/52/") of every unit from its parent. Throws on a loop or a parent
 * that is not in the map, both of which planning has already refused.
 */
export function materialisePaths(parentOf: ReadonlyMap<number, number | null>): Map<number, string> {
  const paths = new Map<number, string>();
  for (const start of parentOf.keys()) {
    const chain: number[] = [];
    let at: number | null = start;
    while (at !== null && !paths.has(at)) {
      if (chain.includes(at)) throw new Error(`org unit ${at} is its own ancestor`);
      chain.push(at);
      const parent = parentOf.get(at);
      if (parent === undefined) throw new Error(`org unit ${at} has no known parent`);
      at = parent;
    }
    let path = at === null ? "/" : (paths.get(at) ?? "/");
    for (const id of chain.reverse()) {
      path = `${path}${id}/`;
      paths.set(id, path);
    }
  }
  return paths;
}

import { type DateProblem, parsePersonnelDate } from "./personnel-date";
import { REQUIRED_COLUMNS, type StaffColumn, type StaffCsvRow } from "./read-staff-csv";

/** An employee as the import compares them; joinedOn is "yyyy-mm-dd". */
export interface CurrentStaff {
  id: number;
  staffNumber: string;
  name: string;
  nameKana: string;
  jobCategory: string;
  rank: string;
  joinedOn: string;
  unitId: number;
  supervisorId: number | null;
  email: string | null;
  active: boolean;
  /** 兼務: the person's concurrent posts as concurrentPostKey writes them ("" for none) */
  concurrentPost?: string;
}

/** A concurrent post (兼務・併任) as a row of the file sets it. */
export interface ConcurrentPostTarget {
  unitId: number;
  unitCode: string;
  startsOn: string;
  endsOn: string | null;
  reviewsPlan: boolean;
}

/** How a concurrent post is compared and shown in the preview: 「U-12 2026-04-01〜2027-03-31 評価」. */
export function concurrentPostKey(post: Pick<ConcurrentPostTarget, "unitCode" | "startsOn" | "endsOn" | "reviewsPlan">): string {
  return `${post.unitCode} ${post.startsOn}〜${post.endsOn ?? ""}${post.reviewsPlan ? " 評価" : ""}`;
}

export interface CurrentUnit {
  id: number;
  code: string;
  retired: boolean;
}

/** What a valid row makes of a person; supervisor by staff number (it may be added by the same file). */
export interface StaffTarget {
  staffNumber: string;
  name: string;
  nameKana: string;
  jobCategory: string;
  rank: string;
  joinedOn: string;
  unitId: number;
  unitCode: string;
  supervisorStaffNumber: string | null;
  email: string | null;
  active: boolean;
  /** 異動日 ("yyyy-mm-dd"), when the file dates a move; otherwise a move takes effect on import */
  effectiveOn: string | null;
  /** 兼務: the post the file sets (null: none); undefined when the file has no 兼務 columns, which leaves posts alone */
  concurrentPost?: ConcurrentPostTarget | null;
}

import { emptyCounts, IMPORT_KINDS, type ImportKind } from "./import-preview";
import { keysOf } from "@/lib/platform/validation/narrow";

export { IMPORT_KINDS, type ImportKind };

export type RejectReason =
  | "required"
  | "tooLong"
  | DateProblem
  | "malformedActive"
  | "malformedEmail"
  | "unknownUnit"
  | "retiredUnit"
  | "duplicateStaffNumber"
  | "duplicateEmail"
  | "unknownSupervisor"
  | "selfSupervisor"
  | "endBeforeStart"
  | "sameUnit"
  | "malformedFlag";

export interface RowProblem {
  column: StaffColumn;
  reason: RejectReason;
}

export type ComparedField =
  "name" | "nameKana" | "jobCategory" | "rank" | "joinedOn" | "unit" | "supervisor" | "email" | "active" | "effectiveOn" | "concurrentPost";

export interface FieldChange {
  field: ComparedField;
  before: string;
  after: string;
}

export type PlannedRow =
  | { kind: "REJECT"; line: number; staffNumber: string; name: string; problems: RowProblem[] }
  | { kind: "ADD"; line: number; target: StaffTarget }
  | { kind: "CHANGE" | "MOVE" | "LEAVE" | "UNCHANGED"; line: number; id: number; target: StaffTarget; changes: FieldChange[] }
  /** an active member of staff the file does not list, when the file is declared complete */
  | { kind: "LEAVE"; line: null; id: number; target: StaffTarget; changes: FieldChange[] };

export interface StaffImportOptions {
  /**
   * The file is the personnel system's full list of staff: active staff it does not list have
   * left. Off for partial files (one bureau's changes), which leave everyone else alone.
   */
  absentLeave: boolean;
  /** never marked as left by absence: an HR member cannot lock themselves out with a file */
  actingEmployeeId?: number;
}

export interface StaffImportPlan {
  rows: PlannedRow[];
  counts: Record<ImportKind, number>;
}

/** Longest accepted value per column (characters). */
export const MAX_LENGTH: Record<StaffColumn, number> = {
  staffNumber: 32,
  name: 100,
  nameKana: 100,
  jobCategory: 50,
  rank: 50,
  // 和暦 with spaces or full-width forms (「平成 31年 4月 30日」) runs longer than yyyy-mm-dd.
  joinedOn: 20,
  unitCode: 32,
  supervisorStaffNumber: 32,
  email: 254,
  active: 3,
  effectiveOn: 20,
  concurrentUnitCode: 32,
  concurrentStartsOn: 20,
  concurrentEndsOn: 20,
  concurrentReviews: 3,
};

/** 1 / 在職 → true, 0 / 退職 → false, blank → true (the default); anything else null. */
export function parseActive(value: string): boolean | null {
  if (value === "" || value === "1" || value === "在職") return true;
  if (value === "0" || value === "退職") return false;
  return null;
}

/** 兼務先評価: 1 / 評価 → true, 0 / blank → false; anything else null. */
export function parseFlag(value: string): boolean | null {
  if (value === "1" || value === "評価") return true;
  if (value === "" || value === "0") return false;
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Classifies every row of the staff export against the current staff and units. Pure: the
 * caller loads the state, and applies only a plan without REJECT rows. Optional columns absent
 * from the file's header leave those fields as they are; active staff missing from the file
 * are left alone unless the file is declared complete (options.absentLeave).
 */
export function planStaffImport(
  rows: readonly StaffCsvRow[],
  columns: readonly StaffColumn[],
  staff: readonly CurrentStaff[],
  units: readonly CurrentUnit[],
  options: StaffImportOptions = { absentLeave: false },
): StaffImportPlan {
  const staffByNumber = new Map(staff.map((person) => [person.staffNumber, person]));
  const staffNumberById = new Map(staff.map((person) => [person.id, person.staffNumber]));
  const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
  const unitCodeById = new Map(units.map((unit) => [unit.id, unit.code]));
  const hasColumn = new Set(columns);

  const occurrences = new Map<string, number>();
  for (const row of rows) {
    const number = row.values.staffNumber ?? "";
    if (number !== "") occurrences.set(number, (occurrences.get(number) ?? 0) + 1);
  }
  const numbersInFile = new Set(occurrences.keys());

  // Final e-mail holders: the current ones, overridden by the rows that manage e-mail.
  const emailHolders = new Map<string, Set<string>>();
  const holdEmail = (email: string, staffNumber: string) => {
    const key = email.toLowerCase();
    emailHolders.set(key, (emailHolders.get(key) ?? new Set()).add(staffNumber));
  };
  for (const person of staff) {
    if (person.email && !(hasColumn.has("email") && numbersInFile.has(person.staffNumber))) holdEmail(person.email, person.staffNumber);
  }
  if (hasColumn.has("email")) for (const row of rows) if (row.values.email) holdEmail(row.values.email, row.values.staffNumber ?? "");

  const planned = rows.map((row): PlannedRow => {
    const value = (column: StaffColumn) => row.values[column] ?? "";
    const problems: RowProblem[] = [];
    const problem = (column: StaffColumn, reason: RejectReason) => problems.push({ column, reason });

    for (const column of columns) if (value(column).length > MAX_LENGTH[column]) problem(column, "tooLong");
    for (const column of REQUIRED_COLUMNS) if (value(column) === "") problem(column, "required");
    const invalid = (column: StaffColumn) => problems.some((p) => p.column === column);

    const staffNumber = value("staffNumber");
    if (!invalid("staffNumber") && (occurrences.get(staffNumber) ?? 0) > 1) problem("staffNumber", "duplicateStaffNumber");

    // One reading of a date cell: its value, or the reason it is refused.
    const dateIn = (column: "joinedOn" | "effectiveOn" | "concurrentStartsOn" | "concurrentEndsOn"): string | null => {
      if (value(column) === "" || invalid(column)) return null;
      const parsed = parsePersonnelDate(value(column));
      if (!parsed.ok) problem(column, parsed.reason);
      return parsed.ok ? parsed.date : null;
    };
    const joinedOn = dateIn("joinedOn");

    const unit = unitByCode.get(value("unitCode"));
    if (!invalid("unitCode")) {
      if (!unit) problem("unitCode", "unknownUnit");
      else if (unit.retired) problem("unitCode", "retiredUnit");
    }

    const effectiveOn = dateIn("effectiveOn");

    const active = parseActive(value("active"));
    if (active === null && !invalid("active")) problem("active", "malformedActive");

    const supervisorNumber = value("supervisorStaffNumber");
    if (hasColumn.has("supervisorStaffNumber") && supervisorNumber !== "" && !invalid("supervisorStaffNumber")) {
      if (supervisorNumber === staffNumber) problem("supervisorStaffNumber", "selfSupervisor");
      else if (!staffByNumber.has(supervisorNumber) && !numbersInFile.has(supervisorNumber)) problem("supervisorStaffNumber", "unknownSupervisor");
    }

    // 兼務: a unit code makes a post, from its start date (required with it), to its end date
    // (blank: open); the 評価 flag says its supervisor reviews the plan. Without a unit code the
    // person holds none.
    let concurrentPost: ConcurrentPostTarget | null | undefined;
    if (hasColumn.has("concurrentUnitCode")) {
      const code = value("concurrentUnitCode");
      const reviews = parseFlag(value("concurrentReviews"));
      if (reviews === null && !invalid("concurrentReviews")) problem("concurrentReviews", "malformedFlag");
      if (code === "") concurrentPost = null;
      else if (!invalid("concurrentUnitCode")) {
        const postUnit = unitByCode.get(code);
        if (!postUnit) problem("concurrentUnitCode", "unknownUnit");
        else if (postUnit.retired) problem("concurrentUnitCode", "retiredUnit");
        else if (unit && postUnit.id === unit.id) problem("concurrentUnitCode", "sameUnit");
        // The same readings as the other dates: 和暦 and 西暦 as the personnel system writes them.
        if (value("concurrentStartsOn") === "") problem("concurrentStartsOn", "required");
        const startsOn = dateIn("concurrentStartsOn");
        const endsOn = dateIn("concurrentEndsOn");
        if (startsOn !== null && endsOn !== null && endsOn < startsOn) problem("concurrentEndsOn", "endBeforeStart");
        if (postUnit && !postUnit.retired && startsOn !== null)
          concurrentPost = { unitId: postUnit.id, unitCode: postUnit.code, startsOn, endsOn, reviewsPlan: reviews === true };
      }
    }

    const email = value("email");
    if (hasColumn.has("email") && email !== "" && !invalid("email")) {
      if (!EMAIL.test(email)) problem("email", "malformedEmail");
      else if ((emailHolders.get(email.toLowerCase())?.size ?? 0) > 1) problem("email", "duplicateEmail");
    }

    if (problems.length > 0 || !unit || joinedOn === null || active === null) {
      return { kind: "REJECT", line: row.line, staffNumber, name: value("name"), problems };
    }

    const current = staffByNumber.get(staffNumber);
    const currentSupervisor = current?.supervisorId == null ? null : (staffNumberById.get(current.supervisorId) ?? null);
    const target: StaffTarget = {
      staffNumber,
      name: value("name"),
      nameKana: value("nameKana"),
      jobCategory: value("jobCategory"),
      rank: value("rank"),
      joinedOn,
      unitId: unit.id,
      unitCode: unit.code,
      supervisorStaffNumber: hasColumn.has("supervisorStaffNumber") ? supervisorNumber || null : currentSupervisor,
      email: hasColumn.has("email") ? email || null : (current?.email ?? null),
      active,
      effectiveOn,
      ...(concurrentPost === undefined ? {} : { concurrentPost }),
    };
    if (!current) return { kind: "ADD", line: row.line, target };

    const before: Record<Exclude<ComparedField, "effectiveOn" | "concurrentPost">, string> = {
      name: current.name,
      nameKana: current.nameKana,
      jobCategory: current.jobCategory,
      rank: current.rank,
      joinedOn: current.joinedOn,
      unit: unitCodeById.get(current.unitId) ?? "",
      supervisor: currentSupervisor ?? "",
      email: current.email ?? "",
      active: current.active ? "1" : "0",
    };
    const after: Record<Exclude<ComparedField, "effectiveOn" | "concurrentPost">, string> = {
      name: target.name,
      nameKana: target.nameKana,
      jobCategory: target.jobCategory,
      rank: target.rank,
      joinedOn: target.joinedOn,
      unit: target.unitCode,
      supervisor: target.supervisorStaffNumber ?? "",
      email: target.email ?? "",
      active: target.active ? "1" : "0",
    };
    const changes: FieldChange[] = keysOf(before)
      .filter((field) => before[field] !== after[field])
      .map((field) => ({ field, before: before[field], after: after[field] }));
    if (target.concurrentPost !== undefined) {
      const wanted = target.concurrentPost === null ? "" : concurrentPostKey(target.concurrentPost);
      if ((current.concurrentPost ?? "") !== wanted) changes.push({ field: "concurrentPost", before: current.concurrentPost ?? "", after: wanted });
    }
    // A dated move shows its date beside the move; a date on a row that moves nobody means nothing.
    if (effectiveOn !== null && changes.some((c) => c.field === "unit" || c.field === "supervisor"))
      changes.push({ field: "effectiveOn", before: "", after: effectiveOn });
    // A leaver is only marked inactive: the rest of their record stays as it was.
    if (current.active && !target.active)
      return { kind: "LEAVE", line: row.line, id: current.id, target, changes: changes.filter((c) => c.field === "active") };
    const kind = changes.length === 0 ? "UNCHANGED" : changes.some((c) => c.field === "unit") ? "MOVE" : "CHANGE";
    return { kind, line: row.line, id: current.id, target, changes };
  });

  if (options.absentLeave) {
    for (const person of staff) {
      if (!person.active || numbersInFile.has(person.staffNumber) || person.id === options.actingEmployeeId) continue;
      const target: StaffTarget = {
        staffNumber: person.staffNumber,
        name: person.name,
        nameKana: person.nameKana,
        jobCategory: person.jobCategory,
        rank: person.rank,
        joinedOn: person.joinedOn,
        unitId: person.unitId,
        unitCode: unitCodeById.get(person.unitId) ?? "",
        supervisorStaffNumber: person.supervisorId === null ? null : (staffNumberById.get(person.supervisorId) ?? null),
        email: person.email,
        active: false,
        effectiveOn: null,
      };
      planned.push({ kind: "LEAVE", line: null, id: person.id, target, changes: [{ field: "active", before: "1", after: "0" }] });
    }
  }

  const counts = emptyCounts();
  for (const row of planned) counts[row.kind] += 1;
  return { rows: planned, counts };
}

import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { type CalendarDate, compareDates, fromDateColumn, tokyoDate, toDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/records/parse-input";
import {
  GRANTABLE_ROLES,
  type GrantableRole,
  type GrantRoleInput,
  grantRoleSchema,
  isUnitScoped,
  ROLE_PAGE_SIZE,
  type RoleFilter,
  roleFilterSchema,
} from "./schemas";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { isOneOf } from "@/lib/platform/validation/narrow";

/** Any number will do, as long as nothing else takes it: serialises role writes per employee. */
const ROLE_LOCK_KEY = 4_826_005;

export interface RoleAssignmentRow {
  id: number;
  role: GrantableRole;
  employeeId: number;
  staffNumber: string;
  name: string;
  unitId: number | null;
  unitCode: string | null;
  unitName: string | null;
  /** from the bureau down (lib/people/org/unit-trail.ts) */
  unitTrail: string[] | null;
  includeSubunits: boolean;
  validFrom: string; // yyyy-mm-dd
  validTo: string | null;
  /** false for a grant that starts after today */
  current: boolean;
}

const rowSelect = {
  id: true,
  role: true,
  employeeId: true,
  unitId: true,
  includeSubunits: true,
  validFrom: true,
  validTo: true,
  employee: { select: { staffNumber: true, name: true } },
  unit: { select: { code: true, name: true, trail: true } },
} as const;

type Row = Prisma.RoleAssignmentGetPayload<{ select: typeof rowSelect }>;

/** Roles are assigned by the HR division only; to anyone else the assignments do not exist. */
export function assertRoleAssigner(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "role assignment");
}

// The lists and writes here never select an EMPLOYEE assignment (everyone's, implicit).
function grantable(role: Row["role"]): GrantableRole {
  if (isOneOf(GRANTABLE_ROLES, role)) return role;
  throw new Error(`role assignment ${role} is not one the HR division grants`);
}

function toRow(row: Row, today: CalendarDate): RoleAssignmentRow {
  const validFrom = fromDateColumn(row.validFrom);
  return {
    id: row.id,
    role: grantable(row.role),
    employeeId: row.employeeId,
    staffNumber: row.employee.staffNumber,
    name: row.employee.name,
    unitId: row.unitId,
    unitCode: row.unit?.code ?? null,
    unitName: row.unit?.name ?? null,
    unitTrail: row.unit?.trail ?? null,
    includeSubunits: row.includeSubunits,
    validFrom: toIsoDate(validFrom),
    validTo: row.validTo ? toIsoDate(fromDateColumn(row.validTo)) : null,
    current: compareDates(validFrom, today) <= 0,
  };
}

export interface RoleAssignmentPage {
  rows: RoleAssignmentRow[];
  /** every row the filters match, on all pages */
  total: number;
  /** 1-based; a page past the last answers the last */
  page: number;
  pageCount: number;
}

/** What the audit trail keeps of an assignment, before and after. */
const snapshot = (row: RoleAssignmentRow) => ({
  employeeId: row.employeeId,
  staffNumber: row.staffNumber,
  role: row.role,
  unitId: row.unitId,
  unitCode: row.unitCode,
  includeSubunits: row.includeSubunits,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

const notEndedBy = (day: Date): Prisma.RoleAssignmentWhereInput => ({ OR: [{ validTo: null }, { validTo: { gte: day } }] });

/**
 * Current and future role assignments (not ended ones), one page at a time: widest role first
 * (the city-wide ones, then coordinators, then supervisors), then by the org chart. Paged and
 * ordered by the database, so a page costs the same whether the city holds 100 grants or 10,000.
 * HR division only.
 */
export async function findRoleAssignments(actor: Actor, filter: RoleFilter = {}): Promise<RoleAssignmentPage> {
  assertRoleAssigner(actor);
  const { role, unitId, bureau, staffNumber, person, unit, page } = roleFilterSchema.parse(filter);
  const today = tokyoDate();
  const employee: Prisma.EmployeeWhereInput[] = [];
  if (staffNumber) employee.push({ staffNumber });
  if (person) employee.push({ OR: [{ staffNumber: person }, { name: { contains: person } }, { nameKana: { contains: person } }] });
  const units: Prisma.OrgUnitWhereInput[] = [];
  if (unit) units.push({ OR: [{ code: unit }, { name: { contains: unit } }] });
  if (bureau) {
    // An id that is no 局・区 matches no unit, so the list is empty rather than unfiltered.
    const found = await db.orgUnit.findFirst({ where: { id: bureau, kind: "BUREAU" }, select: { path: true } });
    units.push({ path: { startsWith: found?.path ?? "-" } });
  }
  const where: Prisma.RoleAssignmentWhereInput = {
    role: role ?? { not: "EMPLOYEE" },
    ...(unitId ? { unitId } : {}),
    ...(employee.length > 0 ? { employee: { is: { AND: employee } } } : {}),
    ...(units.length > 0 ? { unit: { is: { AND: units } } } : {}),
    ...notEndedBy(toDateColumn(today)),
  };
  const total = await db.roleAssignment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ROLE_PAGE_SIZE));
  const shown = Math.min(page, pageCount);
  const rows = await db.roleAssignment.findMany({
    where,
    select: rowSelect,
    // The enum is declared narrowest first (SUPERVISOR … HEADQUARTERS), so descending is widest first.
    orderBy: [{ role: "desc" }, { unit: { path: "asc" } }, { employee: { staffNumber: "asc" } }, { validFrom: "asc" }, { id: "asc" }],
    skip: (shown - 1) * ROLE_PAGE_SIZE,
    take: ROLE_PAGE_SIZE,
  });
  return { rows: rows.map((row) => toRow(row, today)), total, page: shown, pageCount };
}

async function lockEmployee(tx: Prisma.TransactionClient, employeeId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLE_LOCK_KEY}::int, ${employeeId}::int)`;
}

/**
 * Grants a role from validFrom (today in Tokyo by default) to validTo (open-ended if absent).
 * It applies from the holder's next request on or after validFrom: roles are read per request.
 */
export async function grantRole(actor: Actor, input: GrantRoleInput): Promise<number> {
  assertRoleAssigner(actor);
  const data = parseInput(grantRoleSchema, input);
  const validFrom = data.validFrom ?? toIsoDate(tokyoDate());
  if (data.validTo && data.validTo < validFrom) throw invalidInput("validTo", "endBeforeStart");
  const unitScoped = isUnitScoped(data.role);
  const from = toDateColumn(parseIsoDate(validFrom));
  const to = data.validTo ? toDateColumn(parseIsoDate(data.validTo)) : null;

  return db.$transaction(async (tx) => {
    const employee = await tx.employee.findFirst({ where: { staffNumber: data.staffNumber, active: true }, select: { id: true } });
    if (!employee) throw invalidInput("staffNumber", "unknownStaff");
    let unitId: number | null = null;
    if (unitScoped) {
      const unit = await tx.orgUnit.findFirst({ where: { code: data.unitCode, retiredAt: null }, select: { id: true } });
      if (!unit) throw invalidInput("unitCode", "unknownUnit");
      unitId = unit.id;
    }
    await lockEmployee(tx, employee.id);
    const overlapping = await tx.roleAssignment.count({
      where: { employeeId: employee.id, role: data.role, unitId, ...(to ? { validFrom: { lte: to } } : {}), ...notEndedBy(from) },
    });
    if (overlapping > 0) throw invalidInput("role", "duplicateGrant");
    const created = await tx.roleAssignment.create({
      data: { employeeId: employee.id, role: data.role, unitId, includeSubunits: unitScoped && data.includeSubunits === true, validFrom: from, validTo: to },
      select: rowSelect,
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "role.grant",
      entity: "role_assignment",
      entityId: created.id,
      detail: { before: null, after: snapshot(toRow(created, tokyoDate())) },
    });
    return created.id;
  });
}

/**
 * Ends a grant: one that started before today ends yesterday (Tokyo), so it no longer applies
 * from the holder's next request; one that starts today or later is deleted. An ended grant
 * cannot be revoked again, and no one can revoke their own last current HR division grant.
 */
export async function revokeRole(actor: Actor, assignmentId: number): Promise<void> {
  assertRoleAssigner(actor);
  if (!isDatabaseId(assignmentId)) throw notFound("role assignment");
  const today = tokyoDate();
  const todayColumn = toDateColumn(today);
  const yesterday = new Date(todayColumn.getTime() - 86_400_000);

  await db.$transaction(async (tx) => {
    const owner = await tx.roleAssignment.findUnique({ where: { id: assignmentId }, select: { employeeId: true } });
    if (!owner) throw notFound("role assignment");
    await lockEmployee(tx, owner.employeeId);
    const found = await tx.roleAssignment.findUnique({ where: { id: assignmentId }, select: rowSelect });
    if (!found || found.role === "EMPLOYEE") throw notFound("role assignment");
    const before = toRow(found, today);
    if (before.validTo !== null && before.validTo < toIsoDate(today)) throw notAllowed("role assignment already ended");

    if (found.role === "HR_DIVISION" && found.employeeId === actor.employeeId && before.current) {
      const others = await tx.roleAssignment.count({
        where: { id: { not: assignmentId }, employeeId: actor.employeeId, role: "HR_DIVISION", validFrom: { lte: todayColumn }, ...notEndedBy(todayColumn) },
      });
      if (others === 0) throw notAllowed("revoking one's own last HR division role");
    }

    let after: ReturnType<typeof snapshot> | null = null;
    if (compareDates(fromDateColumn(found.validFrom), today) < 0) {
      const updated = await tx.roleAssignment.update({ where: { id: assignmentId }, data: { validTo: yesterday }, select: rowSelect });
      after = snapshot(toRow(updated, today));
    } else {
      await tx.roleAssignment.delete({ where: { id: assignmentId } });
    }
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "role.revoke",
      entity: "role_assignment",
      entityId: assignmentId,
      detail: { before: snapshot(before), after },
    });
  });
}

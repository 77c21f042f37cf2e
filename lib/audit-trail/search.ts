import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, requireRole } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db/client";
import type { ExportTable } from "@/lib/exports/csv";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type AuditTrailFilters, auditTrailQuery, EXPORT_LIMIT, PAGE_SIZE, tokyoRange } from "./filters";
import { redactDetail } from "./redact";

export interface AuditTrailRow {
  id: bigint;
  at: Date;
  /** the person who acted, for a link to their record; null for the system */
  actorId: number | null;
  actorName: string | null;
  actorStaffNumber: string | null;
  /** as recorded: an AuditAction for every row the portal wrote, but the log keeps whatever was written */
  action: string;
  entity: string;
  entityId: string | null;
  /** with the private keys already replaced by 「（非表示）」 */
  detail: unknown;
}

export interface AuditTrailPage {
  rows: AuditTrailRow[];
  /** the cursor for the next (older) page, or null on the last page */
  nextBefore: bigint | null;
}

export function assertAuditReader(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "audit trail");
}

/**
 * The WHERE clause of a search. "Refers to a person" is what indexed look-ups can find:
 * entity "employee" with their id, and entity "development_plan" / "career_interview" with the id
 * of one of their plans / interviews (each looked up by its employee_id, then the audit log by its
 * (entity, entity_id) index). Rows that mention the person only inside `detail` (e.g. a commitment
 * on their plan, an OJT session, a personnel import) are not found by person — search those by
 * entity or action. An unknown staff number matches nothing.
 */
async function whereOf(client: PrismaClient, filters: AuditTrailFilters): Promise<Prisma.AuditLogWhereInput | null> {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.actorStaffNumber) {
    const person = await client.employee.findUnique({ where: { staffNumber: filters.actorStaffNumber }, select: { id: true } });
    if (!person) return null;
    and.push({ actorId: person.id });
  }
  if (filters.subjectStaffNumber) {
    const person = await client.employee.findUnique({
      where: { staffNumber: filters.subjectStaffNumber },
      select: { id: true, plans: { select: { id: true } }, interviews: { select: { id: true } } },
    });
    if (!person) return null;
    const or: Prisma.AuditLogWhereInput[] = [{ entity: "employee", entityId: String(person.id) }];
    if (person.plans.length) or.push({ entity: "development_plan", entityId: { in: person.plans.map((p) => String(p.id)) } });
    if (person.interviews.length) or.push({ entity: "career_interview", entityId: { in: person.interviews.map((i) => String(i.id)) } });
    and.push({ OR: or });
  }
  // An area ("plan.") finds all its actions; an action finds itself only (programme.attendance
  // is also the start of programme.attendance.import).
  if (filters.action) and.push({ action: filters.action.endsWith(".") ? { startsWith: filters.action } : filters.action });
  if (filters.entity) and.push({ entity: filters.entity });
  if (filters.from || filters.to) and.push({ at: tokyoRange(filters.from, filters.to) });
  if (filters.before !== undefined) and.push({ id: { lt: filters.before } });
  return { AND: and };
}

async function queryRows(client: PrismaClient, filters: AuditTrailFilters, take: number): Promise<AuditTrailRow[]> {
  const where = await whereOf(client, filters);
  if (!where) return [];
  const rows = await client.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, action: true, entity: true, entityId: true, detail: true, actor: { select: { id: true, name: true, staffNumber: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actor?.id ?? null,
    actorName: row.actor?.name ?? null,
    actorStaffNumber: row.actor?.staffNumber ?? null,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    detail: redactDetail(row.detail),
  }));
}

/** One page (50 rows, newest first) of the audit trail. HR division only; the search itself is audited. */
export async function searchAuditTrail(actor: Actor, filters: AuditTrailFilters, client: PrismaClient = defaultDb): Promise<AuditTrailPage> {
  assertAuditReader(actor);
  await recordAudit(client, { actorId: actor.employeeId, action: "audit.search", entity: "audit_log", detail: auditTrailQuery(filters, filters.before) });
  const rows = await queryRows(client, filters, PAGE_SIZE + 1);
  const more = rows.length > PAGE_SIZE;
  const page = more ? rows.slice(0, PAGE_SIZE) : rows;
  return { rows: page, nextBefore: more ? (page.at(-1)?.id ?? null) : null };
}

const timestamp = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });

/** 2026-04-01 09:30:00 in Tokyo. */
export function formatTokyoTimestamp(at: Date): string {
  return timestamp.format(at);
}

export const AUDIT_CSV_HEADER = ["日時", "職員番号", "氏名", "操作", "対象", "対象ID", "詳細"];

/** Rows → the CSV table (pure): detail as compact JSON, already redacted. */
export function auditTrailTable(rows: AuditTrailRow[]): ExportTable {
  return {
    title: "監査ログ",
    header: AUDIT_CSV_HEADER,
    rows: rows.map((row) => [
      formatTokyoTimestamp(row.at),
      row.actorStaffNumber,
      row.actorName,
      row.action,
      row.entity,
      row.entityId,
      row.detail === null || row.detail === undefined ? null : JSON.stringify(row.detail),
    ]),
  };
}

/**
 * The whole current search (ignoring the page cursor) as a table for CSV, newest first, capped at
 * 10,000 rows. HR division only; audited as "export.audit" with the filters and the row count.
 */
export async function exportAuditTrail(actor: Actor, filters: AuditTrailFilters, client: PrismaClient = defaultDb): Promise<{ table: ExportTable; truncated: boolean }> {
  assertAuditReader(actor);
  const all = { ...filters, before: undefined };
  const rows = await queryRows(client, all, EXPORT_LIMIT + 1);
  const truncated = rows.length > EXPORT_LIMIT;
  const kept = truncated ? rows.slice(0, EXPORT_LIMIT) : rows;
  await recordAudit(client, { actorId: actor.employeeId, action: "export.audit", entity: "audit_log", detail: { ...auditTrailQuery(all), rows: kept.length, truncated } });
  return { table: auditTrailTable(kept), truncated };
}

import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { db as defaultDb } from "@/lib/platform/db/client";
import { CSV_START, csvLine, type ExportTable } from "@/lib/platform/exports/csv";
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

type Person = { name: string; staffNumber: string };

/**
 * The rows, newest first, with who acted. The names are read in a second query for the distinct
 * actors of the batch (a handful: most rows are a few people's) rather than joined row by row:
 * the join read the whole staff table for each batch of an export. `people` carries the names
 * already read from batch to batch.
 */
async function queryRows(client: PrismaClient, filters: AuditTrailFilters, take: number, people = new Map<number, Person>()): Promise<AuditTrailRow[]> {
  const where = await whereOf(client, filters);
  if (!where) return [];
  const rows = await client.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, actorId: true, action: true, entity: true, entityId: true, detail: true },
  });
  const unread = [...new Set(rows.flatMap((row) => (row.actorId !== null && !people.has(row.actorId) ? [row.actorId] : [])))];
  if (unread.length) {
    const found = await client.employee.findMany({ where: { id: { in: unread } }, select: { id: true, name: true, staffNumber: true } });
    for (const person of found) people.set(person.id, person);
  }
  return rows.map((row) => {
    const person = row.actorId === null ? undefined : people.get(row.actorId);
    return {
      id: row.id,
      at: row.at,
      actorId: person ? row.actorId : null,
      actorName: person?.name ?? null,
      actorStaffNumber: person?.staffNumber ?? null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      detail: redactDetail(row.detail),
    };
  });
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

const timestamp = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

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

/** Rows read per query while an export is written: one batch is in memory at a time. */
const EXPORT_BATCH = 1_000;

export interface AuditTrailExport {
  title: string;
  /** rows the file holds (at most EXPORT_LIMIT) */
  rowCount: number;
  truncated: boolean;
  /** the CSV file, piece by piece: BOM and header, then each batch of rows */
  csv: AsyncIterable<string>;
}

/**
 * The whole current search (ignoring the page cursor) as CSV, newest first, capped at 10,000 rows.
 * HR division only; audited as "export.audit" with the filters and the row count before a byte is
 * written. The file is read in batches of 1,000 by the id cursor, below the newest id matched when
 * the export began, so rows written meanwhile (this export's own audit row among them) stay out
 * and the count holds. Ten exports at once held ten whole files (1.2 MB of text each, and their
 * rows as objects) and took the server process past its memory budget (tests/bench/RESULTS.md).
 */
export async function exportAuditTrail(
  actor: Actor,
  filters: AuditTrailFilters,
  client: PrismaClient = defaultDb,
  batchSize = EXPORT_BATCH,
): Promise<AuditTrailExport> {
  assertAuditReader(actor);
  const all = { ...filters, before: undefined };
  const where = await whereOf(client, all);
  const newest = where ? await client.auditLog.findFirst({ where, orderBy: { id: "desc" }, select: { id: true } }) : null;
  const upTo = newest ? { ...all, before: newest.id + 1n } : null;
  const matched = upTo ? await client.auditLog.count({ where: (await whereOf(client, upTo)) ?? undefined, take: EXPORT_LIMIT + 1 }) : 0;
  const truncated = matched > EXPORT_LIMIT;
  const rowCount = Math.min(matched, EXPORT_LIMIT);
  await recordAudit(client, {
    actorId: actor.employeeId,
    action: "export.audit",
    entity: "audit_log",
    detail: { ...auditTrailQuery(all), rows: rowCount, truncated },
  });
  async function* csv(): AsyncGenerator<string> {
    yield CSV_START + csvLine(AUDIT_CSV_HEADER);
    const people = new Map<number, Person>();
    let left = rowCount;
    let before = upTo?.before;
    while (left > 0 && before !== undefined) {
      const batch = await queryRows(client, { ...all, before }, Math.min(batchSize, left), people);
      if (batch.length === 0) return;
      yield auditTrailTable(batch).rows.map(csvLine).join("");
      left -= batch.length;
      before = batch.at(-1)?.id;
    }
  }
  return { title: "監査ログ", rowCount, truncated, csv: csv() };
}

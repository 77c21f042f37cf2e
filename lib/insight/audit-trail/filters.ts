import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/platform/audit/audit-actions";
import { AUDIT_ENTITIES, type AuditEntity } from "@/lib/platform/audit/audit-entities";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";

/** Rows per page on screen; the CSV export holds at most EXPORT_LIMIT rows (newest first). */
export const PAGE_SIZE = 50;
export const EXPORT_LIMIT = 10_000;

/** The search as the URL carries it. `before` is the keyset cursor: rows with a smaller id. */
export interface AuditTrailFilters {
  actorStaffNumber?: string;
  subjectStaffNumber?: string;
  /** an area with its dot ("plan.": every plan action) or one action ("plan.approve"), as the filter's list offers them */
  action?: string;
  entity?: AuditEntity;
  /** Tokyo calendar dates, both inclusive */
  from?: CalendarDate;
  to?: CalendarDate;
  before?: bigint;
}

const text = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined));
const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((v) => {
        const d = parseIsoDate(v);
        const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
        return d.year >= 1990 && d.year <= 2200 && check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day;
      })
      .optional(),
  );
const cursor = z
  .string()
  .regex(/^\d{1,19}$/)
  .optional();

/**
 * An action as the list offers it: one of AUDIT_ACTIONS, or an area's first segment with its dot
 * (any such prefix, so a link to an area still opens when the list gains or loses one).
 */
const action = text.refine((value) => value === undefined || (AUDIT_ACTIONS as readonly string[]).includes(value) || /^[a-z0-9_-]+\.$/.test(value));
const entity = text.pipe(z.enum(AUDIT_ENTITIES).optional());

const querySchema = z.object({ actor: text, subject: text, action, entity, from: isoDate, to: isoDate, before: cursor });

export type AuditTrailQuery = Partial<Record<"actor" | "subject" | "action" | "entity" | "from" | "to" | "before", string>>;

/**
 * URL parameters (actor, subject, action, entity, from, to as yyyy-mm-dd, before) → filters.
 * Returns null for a malformed query (the page shows an error, the export answers 404).
 */
export function parseAuditTrailQuery(params: Record<string, string | string[] | undefined>): AuditTrailFilters | null {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = querySchema.safeParse(single);
  if (!parsed.success) return null;
  const q = parsed.data;
  return {
    actorStaffNumber: q.actor,
    subjectStaffNumber: q.subject,
    action: q.action,
    entity: q.entity,
    from: q.from ? parseIsoDate(q.from) : undefined,
    to: q.to ? parseIsoDate(q.to) : undefined,
    before: q.before ? BigInt(q.before) : undefined,
  };
}

const iso = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** Filters → URL parameters (without the cursor unless given), for links and the audit row. */
export function auditTrailQuery(filters: AuditTrailFilters, before?: bigint): AuditTrailQuery {
  const out: AuditTrailQuery = {};
  if (filters.actorStaffNumber) out.actor = filters.actorStaffNumber;
  if (filters.subjectStaffNumber) out.subject = filters.subjectStaffNumber;
  if (filters.action) out.action = filters.action;
  if (filters.entity) out.entity = filters.entity;
  if (filters.from) out.from = iso(filters.from);
  if (filters.to) out.to = iso(filters.to);
  if (before !== undefined) out.before = String(before);
  return out;
}

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000; // Japan keeps no daylight saving time

/** The instant a Tokyo calendar day begins. */
export function tokyoStartOfDay(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day) - TOKYO_OFFSET_MS);
}

/** [from 00:00, to+1 00:00) in Tokyo, as instants. */
export function tokyoRange(from?: CalendarDate, to?: CalendarDate): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = tokyoStartOfDay(from);
  if (to) range.lt = tokyoStartOfDay({ year: to.year, month: to.month, day: to.day + 1 }); // Date.UTC rolls day 32 over
  return range;
}

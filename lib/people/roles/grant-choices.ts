import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertRoleAssigner } from "./role-assignments";

/** Units offered for one query: a short list to choose from, not a directory to browse. */
export const UNIT_CHOICES = 20;

export interface UnitChoice {
  id: number;
  code: string;
  /** from the bureau down, the unit itself last (lib/people/org/unit-trail.ts) */
  trail: string[];
}

export interface UnitChoices {
  rows: UnitChoice[];
  /** every unit the query matches; more than `rows` means "type more" */
  total: number;
}

export interface GrantChoice {
  person: { id: number; name: string; staffNumber: string; unitTrail: string[] } | null;
  unit: UnitChoice | null;
}

const unitKey = Prisma.sql`(array_to_string(ARRAY(SELECT search_fold(name) FROM unnest(u.trail) AS name), ' ') || ' ' || search_fold(u.code))`;

/** LIKE's own characters in what was typed match themselves. */
const likeEscaped = (value: Prisma.Sql) => Prisma.sql`replace(replace(replace(${value}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/**
 * Units a grant can name, found by any part of their trail or their code, so that HR chooses
 * 「消防局 › 総務部 › 企画課」 instead of typing the personnel system's code. Each word typed
 * must match (「消防 企画」), folded as the staff search folds (search_fold: width, kana, case);
 * retired units are not offered, as grantRole refuses them. Higher units first, then the org
 * chart's order. HR division only, like the grants themselves.
 */
export async function findGrantUnits(actor: Actor, query: string): Promise<UnitChoices> {
  assertRoleAssigner(actor);
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== "")
    .slice(0, 5);
  if (words.length === 0 || query.length > 100) return { rows: [], total: 0 };
  const matches = Prisma.join(
    // Each name folded on its own and joined by a space, which no folded word holds: a word
    // never matches across two names (the end of 「…企画」 and the start of 「課…」).
    words.map((word) => Prisma.sql`${unitKey} LIKE '%' || ${likeEscaped(Prisma.sql`search_fold(${word})`)} || '%'`),
    " AND ",
  );
  const where = Prisma.sql`u.retired_at IS NULL AND ${matches}`;
  const [counted] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM org_unit u WHERE ${where}`;
  const rows = await db.$queryRaw<UnitChoice[]>`
    SELECT u.id, u.code, u.trail FROM org_unit u WHERE ${where}
    ORDER BY array_length(u.trail, 1) NULLS FIRST, u.path, u.id
    LIMIT ${UNIT_CHOICES}`;
  return { rows, total: counted?.total ?? 0 };
}

/**
 * The person and unit a grant form was given by the pickers (ids from the URL), named for the
 * form. An id that names nobody (departed staff, a retired unit, a stale link) is simply no
 * choice: grantRole would refuse it anyway. HR division only.
 */
export async function getGrantChoice(actor: Actor, ids: { employeeId?: number | undefined; unitId?: number | undefined }): Promise<GrantChoice> {
  assertRoleAssigner(actor);
  const [person, unit] = await Promise.all([
    isDatabaseId(ids.employeeId)
      ? db.employee.findFirst({
          where: { id: ids.employeeId, active: true },
          select: { id: true, name: true, staffNumber: true, unit: { select: { trail: true } } },
        })
      : null,
    isDatabaseId(ids.unitId) ? db.orgUnit.findFirst({ where: { id: ids.unitId, retiredAt: null }, select: { id: true, code: true, trail: true } }) : null,
  ]);
  return {
    person: person ? { id: person.id, name: person.name, staffNumber: person.staffNumber, unitTrail: person.unit.trail } : null,
    unit,
  };
}

/** The bureaus and wards, for the list's filter by bureau. HR division only. */
export async function findRoleBureaus(actor: Actor): Promise<{ id: number; name: string }[]> {
  assertRoleAssigner(actor);
  return db.orgUnit.findMany({ where: { kind: "BUREAU", retiredAt: null }, select: { id: true, name: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}

import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { PLANNED_PER_VALUE } from "@/lib/platform/db/statement-names";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Paged } from "@/lib/platform/paging/page-of";
import { STAFF_PAGE_SIZE, type StaffSearchInput, staffSearchSchema } from "./schemas";
import { type StaffReaderRole, staffScopeSql } from "./staff-scope";

export interface StaffSearchRow {
  id: number;
  name: string;
  nameKana: string;
  staffNumber: string;
  rank: string;
  unitName: string;
  /** false: departed (only the HR division finds them) */
  active: boolean;
}

export interface StaffSearchResult extends Paged<StaffSearchRow> {
  /** the query as validated: what the page shows back in the form */
  q: string;
}

// LIKE's own characters in what was typed match themselves.
const likeEscaped = (value: Prisma.Sql) => Prisma.sql`replace(replace(replace(${value}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/**
 * 職員検索: people whose staff number, name or kana contain what was typed, within the role's
 * scope (staffScopeSql), one page at a time. Both sides are folded by the database's
 * search_fold (prisma/migrations/*_staff_search): half- and full-width, hiragana and katakana,
 * spaces and case do not matter. An exact staff number comes first, then the active before the
 * departed, then by kana. Every search, found or not, leaves a "staff.search" audit row with
 * what was asked; an empty query asks nothing and reads nothing.
 */
export async function searchStaff(actor: Actor, role: StaffReaderRole, input: StaffSearchInput): Promise<StaffSearchResult> {
  const scope = staffScopeSql(actor, role);
  const { q, page } = staffSearchSchema.parse(input);
  if (q === "") return { q, rows: [], page: 1, pageCount: 1, total: 0 };
  // Folded once, as a constant the planner sees: the trigram index is chosen for the pattern.
  const pattern = Prisma.sql`'%' || ${likeEscaped(Prisma.sql`search_fold(${q})`)} || '%'`;
  const where = Prisma.sql`e.search_key LIKE ${pattern} AND ${scope}`;
  // Planned for each pattern (the trigram index suits some, not others): never a generic plan.
  const perValue = Prisma.raw(PLANNED_PER_VALUE);
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT ${perValue} count(*)::int AS total FROM employee e JOIN org_unit u ON u.id = e.unit_id WHERE ${where}`;
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE));
  const shown = Math.min(page, pageCount);
  const rows =
    total === 0
      ? []
      : await db.$queryRaw<StaffSearchRow[]>`
          SELECT ${perValue} e.id, e.name, e.name_kana AS "nameKana", e.staff_number AS "staffNumber", e.rank, u.name AS "unitName", e.active
          FROM employee e JOIN org_unit u ON u.id = e.unit_id
          WHERE ${where}
          ORDER BY e.staff_number = search_fold(${q}) DESC, e.active DESC, e.name_kana, e.staff_number
          LIMIT ${STAFF_PAGE_SIZE} OFFSET ${(shown - 1) * STAFF_PAGE_SIZE}`;
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.employeeId, action: "staff.search", entity: "employee", detail: { as: role, q, page: shown, total } }),
  );
  return { q, rows, page: shown, pageCount, total };
}

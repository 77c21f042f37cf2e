import "server-only";
import { type Actor, grantsOf } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { concurrentPostIn, employeeScope } from "@/lib/people/org/scope";

/**
 * Up to this many people a team page lists everyone at once; a larger scope (a 課長 over several
 * 係, a 局長 over a bureau) is shown one row per unit first, and each unit is opened on its own.
 * Thirty rows keep the page within its size budget; a 係 rarely has more.
 */
export const SMALL_TEAM = 30;

export interface TeamUnitRef {
  id: number;
  name: string;
}

/**
 * What a team page shows: the unit opened with `?unit=` (by default the one unit led), or the
 * whole scope of someone who leads several (`unit` null). `subtree` says whether the units below
 * belong to it; `trail` is the way back up, from the top of the scope to the unit's parent.
 */
export interface TeamView {
  unit: (TeamUnitRef & { path: string; trail: string[] }) | null;
  subtree: boolean;
  trail: TeamUnitRef[];
}

/**
 * The part of the supervisor's team a page opens. A unit the supervisor neither leads nor leads
 * from above (with its subunits) is not found, exactly like one that does not exist.
 */
export async function resolveTeamView(actor: Actor, unitId: number | null): Promise<TeamView> {
  const grants = grantsOf(actor, "SUPERVISOR").filter((grant) => grant.unitId !== null && grant.unitPath !== null);
  if (grants.length === 0) throw notFound();
  const id = unitId ?? (grants.length === 1 ? grants[0]!.unitId : null);
  if (id === null) return { unit: null, subtree: false, trail: [] };
  const unit = await db.orgUnit.findUnique({ where: { id }, select: { id: true, name: true, path: true, trail: true } });
  if (!unit) throw notFound("unit");
  const covering = grants.filter((grant) => grant.unitId === unit.id || (grant.includeSubunits && unit.path.startsWith(grant.unitPath!)));
  if (covering.length === 0) throw notFound("unit");
  // The way back starts at the highest unit led above this one; with several units led, the
  // top of the page (all of them) comes first.
  const top = covering.reduce((a, b) => (a.unitPath!.length <= b.unitPath!.length ? a : b));
  const above = unit.path
    .slice(top.unitPath!.length - `${top.unitId}/`.length)
    .split("/")
    .filter(Boolean)
    .map(Number)
    .filter((ancestor) => ancestor !== unit.id);
  const names = above.length === 0 ? [] : await db.orgUnit.findMany({ where: { id: { in: above } }, select: { id: true, name: true } });
  const trail = above.flatMap((ancestor) => names.filter((row) => row.id === ancestor));
  return { unit, subtree: covering.some((grant) => grant.includeSubunits), trail };
}

/** The members of a view as a where-clause, always inside the supervisor's scope. */
export function teamViewWhere(actor: Actor, view: TeamView, directOnly: boolean): Prisma.EmployeeWhereInput {
  const scope = employeeScope(actor, "SUPERVISOR");
  if (!view.unit) return scope;
  const subtree = view.subtree && !directOnly;
  const inUnit: Prisma.EmployeeWhereInput = subtree ? { unit: { path: { startsWith: view.unit.path } } } : { unitId: view.unit.id };
  // 兼務: those holding a concurrent post in the opened unit belong to it too.
  const unit: Prisma.EmployeeWhereInput = { OR: [inUnit, concurrentPostIn(view.unit, subtree, toDateColumn(tokyoDate()))] };
  return { AND: [scope, unit] };
}

/**
 * The groups a large view is counted by, as SQL rows (id, name, trail, path, position, direct): the
 * units directly below the opened unit, each with its subtree, and the opened unit's own
 * members as one more row; for someone leading several units, each of them.
 */
export function teamGroupsSql(actor: Actor, view: TeamView): Prisma.Sql {
  const grants = grantsOf(actor, "SUPERVISOR").filter((grant) => grant.unitId !== null);
  if (grants.length === 0) throw notFound();
  if (!view.unit) {
    return Prisma.sql`
      SELECT u.id, u.name, u.trail, u.path, u.position, NOT bool_or(g.subtree) AS direct
      FROM org_unit u
      JOIN (VALUES ${Prisma.join(grants.map((grant) => Prisma.sql`(${grant.unitId}::int, ${grant.includeSubunits}::boolean)`))}) AS g(id, subtree) ON g.id = u.id
      GROUP BY u.id`;
  }
  const own = Prisma.sql`SELECT id, name, trail, path, -1 AS position, true AS direct FROM org_unit WHERE id = ${view.unit.id}`;
  if (!view.subtree) return own;
  return Prisma.sql`${own} UNION ALL SELECT id, name, trail, path, position, false AS direct FROM org_unit WHERE parent_id = ${view.unit.id}`;
}

/** The units the supervisor leads, by name, for a team page's lead line when no unit is opened. */
export function supervisedUnitNames(actor: Actor): string[] {
  return grantsOf(actor, "SUPERVISOR").flatMap((grant) => (grant.unitName ? [grant.unitName] : []));
}

/** Whether the supervisor leads more than one unit: the team pages then offer the way back to all of them. */
export function leadsSeveralUnits(actor: Actor): boolean {
  return grantsOf(actor, "SUPERVISOR").length > 1;
}

import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/platform/errors";
import { type Actor, grantsOf, type RoleGrant } from "@/lib/platform/auth/roles";
import { type CalendarDate, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";

function unitWhere(grant: RoleGrant, subtree: boolean): Prisma.EmployeeWhereInput {
  // loadActor never hands out a unit-scoped grant without a unit; if one ever arrives, it
  // matches nobody rather than everybody.
  if (grant.unitPath === null) return { id: { in: [] } };
  return subtree ? { unit: { path: { startsWith: grant.unitPath } } } : { unitId: grant.unitId ?? -1 };
}

/** Held on `day`: started, and not yet ended (an open end runs on). */
export function postHeldOn(day: Date): Prisma.ConcurrentPostWhereInput {
  return { startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] };
}

/**
 * Those holding a concurrent post (兼務・併任) on `day` in a unit — or, with `subtree`, under a
 * path: they belong to that team as well as to their own unit's.
 */
export function concurrentPostIn(unit: { id: number; path: string }, subtree: boolean, day: Date): Prisma.EmployeeWhereInput {
  return { concurrentPosts: { some: { ...postHeldOn(day), ...(subtree ? { unit: { path: { startsWith: unit.path } } } : { unitId: unit.id }) } } };
}

/**
 * A supervisor's team through one grant: the people of the units it covers and those holding a
 * concurrent post there today (`concurrentMembers`, read with the grant). A grant lent for 代決
 * (`onBehalfOf`) leaves out the supervisor who lent it: the acting reviewer sees the team as the
 * supervisor does, and the supervisor never sees themselves.
 */
function teamWhere(grant: RoleGrant): Prisma.EmployeeWhereInput {
  const units = unitWhere(grant, grant.includeSubunits);
  const members: Prisma.EmployeeWhereInput = grant.concurrentMembers?.length ? { OR: [units, { id: { in: grant.concurrentMembers } }] } : units;
  return grant.onBehalfOf ? { AND: [members, { id: { not: grant.onBehalfOf.employeeId } }] } : members;
}

/**
 * The employees a person may read while acting in `role`, as a Prisma where-clause to fold
 * into every query, so that no query can forget it. Acting in a role one does not hold is
 * answered as not found.
 */
export function employeeScope(actor: Actor, role: Role): Prisma.EmployeeWhereInput {
  const grants = grantsOf(actor, role);
  if (grants.length === 0) throw notFound();
  switch (role) {
    case "EMPLOYEE":
      return { id: actor.employeeId, active: true };
    case "SUPERVISOR":
      // The units they lead today (and the units below where so assigned); never themselves.
      // Deliberately not employee.supervisor_id: that link outlives a transfer until someone
      // rewrites it, and a supervisor moved on 1 April must lose the old team the same day.
      // Concurrent posts and lent grants (代決) are read into the team here, in teamWhere.
      return {
        active: true,
        id: { not: actor.employeeId },
        OR: grants.map((grant) => teamWhere(grant)),
      };
    case "BUREAU_COORDINATOR":
      return { active: true, OR: grants.map((grant) => unitWhere(grant, true)) };
    case "HR_DIVISION":
    case "HEADQUARTERS":
      return { active: true };
  }
}

/** A unit and every unit above it: the ids its materialised path lists ("/3/17/52/" → 3, 17, 52). */
function unitAndAncestors(path: string): number[] {
  return path
    .split("/")
    .filter((id) => id !== "")
    .map(Number);
}

/**
 * The people a supervisor stands ABOVE, as a where-clause: those of `employeeScope(…,
 * "SUPERVISOR")` reached through a grant over a unit at or above which they lead nothing
 * themselves. Someone who holds a SUPERVISOR grant over the same unit as the reader's grant, or
 * over a unit containing it, is beside or above the reader — a co-supervisor HR added to the
 * 係 the 係長 leads, or a 課長 whom the personnel data places in a 係 — and is left out.
 * The 課長 over a 課 with its 係 still stands above the 係長 (whose grant is over a 係 below
 * the 課), and above the 課長補佐 (who leads nothing). The org chart's grants and paths decide,
 * not the 職位 (`rank`): that is free text from the personnel system with titles that differ
 * per 職種 and ward, and it is the grants that say who answers to whom in the portal.
 * What is confidential about a person — their career interviews' private notes and their
 * transfer wishes — is read from above only (lib/people/org/standing.ts), and only someone above holds
 * a career interview with them.
 */
export function supervisedFromAbove(actor: Actor, today: CalendarDate = tokyoDate()): Prisma.EmployeeWhereInput {
  const grants = grantsOf(actor, "SUPERVISOR");
  if (grants.length === 0) throw notFound();
  const day = toDateColumn(today);
  return {
    active: true,
    id: { not: actor.employeeId },
    OR: grants.map((grant) => ({
      AND: [
        teamWhere(grant),
        {
          assignments: {
            none: {
              role: "SUPERVISOR",
              unitId: { in: grant.unitPath === null ? [] : unitAndAncestors(grant.unitPath) },
              // As loadActor reads grants: held today.
              validFrom: { lte: day },
              OR: [{ validTo: null }, { validTo: { gte: day } }],
            },
          },
        },
      ],
    })),
  };
}

/** The org-unit path prefixes a role covers; null means the whole city. */
export function unitPathsInScope(actor: Actor, role: "BUREAU_COORDINATOR" | "HR_DIVISION" | "HEADQUARTERS"): string[] | null {
  const grants = grantsOf(actor, role);
  if (grants.length === 0) throw notFound();
  if (role !== "BUREAU_COORDINATOR" && grants.some((grant) => grant.unitPath === null)) return null;
  return grants.flatMap((grant) => (grant.unitPath === null ? [] : [grant.unitPath]));
}

/**
 * The supervisor's scope of `employeeScope` as a SQL condition on an employee `e` joined to its
 * unit `u`, for the grouped queries that count a large team in PostgreSQL rather than fetch its
 * ids first. Same rule: the units led today (subtrees where so assigned) and the concurrent posts
 * held in them, active, never oneself nor the lender of a 代決 grant.
 */
export function supervisorScopeSql(actor: Actor): Prisma.Sql {
  const grants = grantsOf(actor, "SUPERVISOR");
  if (grants.length === 0) throw notFound();
  const units = Prisma.join(
    grants.map((grant) => {
      if (grant.unitPath === null) return Prisma.sql`false`;
      const unitMatch = grant.includeSubunits ? Prisma.sql`u.path LIKE ${`${grant.unitPath}%`}` : Prisma.sql`e.unit_id = ${grant.unitId ?? -1}`;
      // As teamWhere: the units, the concurrent posts held there today, never the lender of a 代決 grant.
      const member = grant.concurrentMembers?.length ? Prisma.sql`(${unitMatch} OR e.id = ANY(${grant.concurrentMembers}::int[]))` : unitMatch;
      return grant.onBehalfOf ? Prisma.sql`(${member} AND e.id <> ${grant.onBehalfOf.employeeId})` : member;
    }),
    " OR ",
  );
  return Prisma.sql`(e.active AND e.id <> ${actor.employeeId} AND (${units}))`;
}

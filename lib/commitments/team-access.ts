import { type Actor, grantsOf, hasRole } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may do what with a team commitment (a commitment owned by a unit):
 * - a supervisor records and changes those of the units they hold a SUPERVISOR grant on — the
 *   unit itself, not the units below it, which have their own leaders;
 * - the bureau coordinator whose grant covers the unit reviews them (approve, return, comment),
 *   except those of a unit they lead themselves: nobody reviews their own commitments;
 * - the HR division reads them all; everyone else, the headquarters included, gets NOT_FOUND.
 * The rules are where-clauses, so a query cannot forget them.
 */

export interface TeamUnit {
  id: number;
  name: string;
}

/** The units whose team commitments the actor records, in the order of their grants. */
export function ledTeamUnits(actor: Actor): TeamUnit[] {
  const units = new Map<number, TeamUnit>();
  for (const grant of grantsOf(actor, "SUPERVISOR")) {
    if (grant.unitId !== null && !units.has(grant.unitId)) units.set(grant.unitId, { id: grant.unitId, name: grant.unitName ?? "" });
  }
  return [...units.values()];
}

const ledUnitIds = (actor: Actor) => ledTeamUnits(actor).map((unit) => unit.id);

/** Team commitments the actor owns as the unit's supervisor; NOT_FOUND for anyone who leads no unit. */
export function ownedTeamWhere(actor: Actor): Prisma.CommitmentWhereInput {
  const units = ledUnitIds(actor);
  if (units.length === 0) throw notFound("commitment");
  return { level: "TEAM", ownerUnitId: { in: units } };
}

function coveredUnitWhere(actor: Actor): Prisma.OrgUnitWhereInput[] {
  // A coordinator's grant covers its unit and everything under it; a grant without a unit, the city.
  return grantsOf(actor, "BUREAU_COORDINATOR").map((grant) => (grant.unitPath === null ? {} : { path: { startsWith: grant.unitPath } }));
}

/** Team commitments the actor reviews as bureau coordinator; NOT_FOUND for anyone who is not one. */
export function reviewableTeamWhere(actor: Actor): Prisma.CommitmentWhereInput {
  const covered = coveredUnitWhere(actor);
  if (covered.length === 0) throw notFound("commitment");
  return { level: "TEAM", ownerUnit: { OR: covered }, ownerUnitId: { notIn: ledUnitIds(actor) } };
}

/** Every team commitment the actor may read, in any role they hold; NOT_FOUND when none. */
export function readableTeamWhere(actor: Actor): Prisma.CommitmentWhereInput {
  if (hasRole(actor, "HR_DIVISION")) return { level: "TEAM" };
  const units = ledUnitIds(actor);
  const covered = coveredUnitWhere(actor);
  const reach: Prisma.CommitmentWhereInput[] = [
    ...(units.length > 0 ? [{ ownerUnitId: { in: units } }] : []),
    ...(covered.length > 0 ? [{ ownerUnit: { OR: covered } }] : []),
  ];
  if (reach.length === 0) throw notFound("commitment");
  return { level: "TEAM", OR: reach };
}

export type CommitmentReader = "OWNER" | "REVIEWER" | "HR_DIVISION";

export interface CommitmentAccess {
  reader: CommitmentReader;
  canEdit: boolean;
  canReview: boolean;
}

/**
 * How the actor treats a team commitment they can read: its unit's supervisor owns it; a bureau
 * coordinator covering the unit (and not leading it) reviews it; anyone else reading is HR.
 */
export function teamCommitmentAccess(actor: Actor, unit: { id: number; path: string }): CommitmentAccess {
  if (ledUnitIds(actor).includes(unit.id)) return { reader: "OWNER", canEdit: true, canReview: false };
  const covers = grantsOf(actor, "BUREAU_COORDINATOR").some((grant) => grant.unitPath === null || unit.path.startsWith(grant.unitPath));
  if (covers) return { reader: "REVIEWER", canEdit: false, canReview: true };
  return { reader: "HR_DIVISION", canEdit: false, canReview: false };
}

import { type Actor, grantsOf, hasRole } from "@/lib/platform/auth/roles";
import { notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may own, review and read a standalone commitment, at each of its three levels:
 * - TEAM (owned by a unit): its supervisor records it — the unit itself, not the units below,
 *   which have their own leaders; the bureau coordinator whose grant covers the unit reviews it;
 *   the HR division reads it.
 * - BUREAU (owned by a bureau or ward): the bureau coordinator whose grant is on that unit records
 *   it; the HR division reviews it; nobody else reads it.
 * - CITY (no owner unit): the HR division records it; the headquarters reviews it; every bureau
 *   coordinator reads it, as city-wide commitments are the city's public goals.
 * Nobody reviews their own: a reviewer who also owns the commitment (a coordinator leading a
 * unit, an HR member holding a headquarters grant) only owns it. Anyone else gets NOT_FOUND.
 * The rules are where-clauses, so a query cannot forget them, and the same rules as predicates
 * on a loaded row, so a page shows the controls its actions will accept.
 */

export const STANDALONE_LEVELS = ["TEAM", "BUREAU", "CITY"] as const;
export type StandaloneLevel = (typeof STANDALONE_LEVELS)[number];

/** A team, bureau or city commitment, reviewed on its own (an individual one is reviewed with its plan). */
export function isStandaloneLevel(level: string): level is StandaloneLevel {
  return (STANDALONE_LEVELS as readonly string[]).includes(level);
}

export interface OwnerUnit {
  id: number;
  name: string;
}

/** The units whose commitments of `level` the actor records, in the order of their grants; none for CITY. */
export function ownerUnitsOf(actor: Actor, level: StandaloneLevel): OwnerUnit[] {
  if (level === "CITY") return [];
  const units = new Map<number, OwnerUnit>();
  for (const grant of grantsOf(actor, level === "TEAM" ? "SUPERVISOR" : "BUREAU_COORDINATOR")) {
    if (grant.unitId !== null && !units.has(grant.unitId)) units.set(grant.unitId, { id: grant.unitId, name: grant.unitName ?? "" });
  }
  return [...units.values()];
}

/** Whether the actor records commitments of `level` at all (CITY: as the HR division). */
export function ownsLevel(actor: Actor, level: StandaloneLevel): boolean {
  return level === "CITY" ? hasRole(actor, "HR_DIVISION") : ownerUnitsOf(actor, level).length > 0;
}

const unitIds = (actor: Actor, level: StandaloneLevel) => ownerUnitsOf(actor, level).map((unit) => unit.id);

function coveredUnitWhere(actor: Actor): Prisma.OrgUnitWhereInput[] {
  // A coordinator's grant covers its unit and everything under it; a grant without a unit, the city.
  return grantsOf(actor, "BUREAU_COORDINATOR").map((grant) => (grant.unitPath === null ? { id: { in: [] } } : { path: { startsWith: grant.unitPath } }));
}

type Where = Prisma.CommitmentWhereInput;

function ownedOf(actor: Actor, level: StandaloneLevel): Where | null {
  if (level === "CITY") return hasRole(actor, "HR_DIVISION") ? { level } : null;
  const units = unitIds(actor, level);
  return units.length > 0 ? { level, ownerUnitId: { in: units } } : null;
}

function reviewableOf(actor: Actor, level: StandaloneLevel): Where | null {
  if (level === "TEAM") {
    const covered = coveredUnitWhere(actor);
    return covered.length > 0 ? { level, ownerUnit: { OR: covered }, ownerUnitId: { notIn: unitIds(actor, "TEAM") } } : null;
  }
  if (level === "BUREAU") return hasRole(actor, "HR_DIVISION") ? { level, ownerUnitId: { notIn: unitIds(actor, "BUREAU") } } : null;
  return hasRole(actor, "HEADQUARTERS") && !hasRole(actor, "HR_DIVISION") ? { level } : null;
}

/** Read without owning or reviewing: HR reads every team commitment; coordinators every city one. */
function readOnlyOf(actor: Actor, level: StandaloneLevel): Where | null {
  if (level === "TEAM") return hasRole(actor, "HR_DIVISION") ? { level } : null;
  if (level === "CITY") return hasRole(actor, "BUREAU_COORDINATOR") || hasRole(actor, "HEADQUARTERS") ? { level } : null;
  return null;
}

const levelsOf = (level?: StandaloneLevel): readonly StandaloneLevel[] => (level ? [level] : STANDALONE_LEVELS);

function union(parts: (Where | null)[]): Where {
  const reach = parts.filter((part): part is Where => part !== null);
  const [first, ...more] = reach;
  if (!first) throw notFound("commitment");
  return more.length === 0 ? first : { OR: reach };
}

/** Commitments the actor owns, of one level or of any; NOT_FOUND for someone who owns none. */
export function ownedWhere(actor: Actor, level?: StandaloneLevel): Where {
  return union(levelsOf(level).map((each) => ownedOf(actor, each)));
}

/** Commitments the actor reviews, of one level or of any; NOT_FOUND for someone who reviews none. */
export function reviewableWhere(actor: Actor, level?: StandaloneLevel): Where {
  return union(levelsOf(level).map((each) => reviewableOf(actor, each)));
}

/** Every commitment the actor may read, in any role they hold; NOT_FOUND when none. */
export function readableWhere(actor: Actor, level?: StandaloneLevel): Where {
  return union(levelsOf(level).flatMap((each) => [ownedOf(actor, each), reviewableOf(actor, each), readOnlyOf(actor, each)]));
}

export type CommitmentReader = "OWNER" | "REVIEWER" | "HR_DIVISION" | "READER";

export interface CommitmentAccess {
  reader: CommitmentReader;
  canEdit: boolean;
  canReview: boolean;
}

interface Owned {
  level: StandaloneLevel;
  ownerUnit: { id: number; path: string } | null;
}

/** How the actor treats a commitment they can read: the same rules as the where-clauses above. */
export function commitmentAccess(actor: Actor, commitment: Owned): CommitmentAccess {
  const { level, ownerUnit } = commitment;
  const owns = level === "CITY" ? ownsLevel(actor, "CITY") : ownerUnit !== null && unitIds(actor, level).includes(ownerUnit.id);
  if (owns) return { reader: "OWNER", canEdit: true, canReview: false };
  const reviews =
    level === "TEAM"
      ? ownerUnit !== null && grantsOf(actor, "BUREAU_COORDINATOR").some((grant) => grant.unitPath !== null && ownerUnit.path.startsWith(grant.unitPath))
      : reviewableOf(actor, level) !== null;
  if (reviews) return { reader: "REVIEWER", canEdit: false, canReview: true };
  return { reader: hasRole(actor, "HR_DIVISION") ? "HR_DIVISION" : "READER", canEdit: false, canReview: false };
}

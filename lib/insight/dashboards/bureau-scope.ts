import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitPathsInScope } from "@/lib/people/org/scope";

export interface BureauRef {
  id: number;
  name: string;
  path: string;
}

/** Units inside the coordinator's scope, as a where-clause: their grants' subtrees. */
function withinScope(actor: Actor): Prisma.OrgUnitWhereInput {
  const paths = unitPathsInScope(actor, "BUREAU_COORDINATOR");
  return paths === null ? {} : { OR: paths.map((path) => ({ path: { startsWith: path } })) };
}

/**
 * The units a coordinator coordinates: the units of their grants (a 局 or 区, or whatever unit
 * the grant names). A city-wide grant, which the portal does not hand out, would mean every 局.
 */
export async function findCoordinatedBureaus(actor: Actor): Promise<BureauRef[]> {
  const paths = unitPathsInScope(actor, "BUREAU_COORDINATOR");
  return db.orgUnit.findMany({
    where: { retiredAt: null, ...(paths === null ? { kind: "BUREAU" } : { path: { in: paths } }) },
    select: { id: true, name: true, path: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/** The bureau asked for, or the coordinator's first; one outside their scope is NOT_FOUND. */
export async function chooseBureau(actor: Actor, bureauId?: number): Promise<{ bureau: BureauRef; bureaus: BureauRef[] }> {
  const bureaus = await findCoordinatedBureaus(actor);
  const bureau = bureauId === undefined ? bureaus[0] : bureaus.find((candidate) => candidate.id === bureauId);
  if (!bureau) throw notFound("bureau");
  return { bureau, bureaus };
}

/** A 課 within the coordinator's scope (the drill-down URL's rule); any other id is NOT_FOUND. */
export async function getSectionInScope(actor: Actor, sectionId: number): Promise<BureauRef> {
  const section = await db.orgUnit.findFirst({
    where: { AND: [{ id: sectionId, kind: "SECTION", retiredAt: null }, withinScope(actor)] },
    select: { id: true, name: true, path: true },
  });
  if (!section) throw notFound("section");
  return section;
}

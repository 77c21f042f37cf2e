import { type Actor, grantsOf, hasRole, requireRole } from "@/lib/platform/auth/roles";

/**
 * What the 全庁 and 局 menus show a person, asked by the pages rather than tested there by role
 * (as PlanAccess answers for a plan). Pure functions of the actor: the data behind each page is
 * still scoped by the lib/ function that reads it.
 */

/**
 * The HR division's tools under 全庁 (catalogue, programmes, import, rollover, roles, transfers,
 * audit, settings): the headquarters reads the city view only. Each tool's page refuses on its own.
 */
export function administersCity(actor: Actor): boolean {
  return hasRole(actor, "HR_DIVISION");
}

/**
 * How the city's commitments page serves the actor: the HR division records the city's
 * commitments and reviews the bureaus'; the headquarters reviews the city's; anyone else has no
 * such page (null: not found).
 */
export function cityCommitmentsReader(actor: Actor): "HR_DIVISION" | "HEADQUARTERS" | null {
  if (hasRole(actor, "HR_DIVISION")) return "HR_DIVISION";
  return hasRole(actor, "HEADQUARTERS") ? "HEADQUARTERS" : null;
}

/** The bureau's commitments page (its own commitments, its teams' to review) is the bureau coordinator's. */
export function assertBureauCommitmentsReader(actor: Actor): void {
  requireRole(actor, "BUREAU_COORDINATOR", "bureau commitments");
}

/** The bureaus the coordinator serves, by name, for the bureau pages' lead line. */
export function coordinatedBureauNames(actor: Actor): string[] {
  return grantsOf(actor, "BUREAU_COORDINATOR").flatMap((grant) => (grant.unitName ? [grant.unitName] : []));
}

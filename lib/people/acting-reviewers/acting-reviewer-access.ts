import "server-only";
import { type Actor, grantsOf, hasRole } from "@/lib/platform/auth/roles";
import { notFound } from "@/lib/platform/errors";

/**
 * Who names an acting reviewer (代決): a supervisor for the team they lead themselves (a grant
 * lent to them for 代決 is never lent on), and the HR division for any supervisor.
 */
export function leadsOwnTeam(actor: Actor): boolean {
  return grantsOf(actor, "SUPERVISOR").some((grant) => !grant.onBehalfOf);
}

export function namesActingReviewersForOthers(actor: Actor): boolean {
  return hasRole(actor, "HR_DIVISION");
}

/** The acting-reviewer form's area: a supervisor of their own team or the HR division; anyone else does not find it. */
export function assertNamesActingReviewers(actor: Actor): void {
  if (!leadsOwnTeam(actor) && !namesActingReviewersForOthers(actor)) throw notFound("acting reviewer");
}

/** The grants lent to the actor today, for the team page's line 「○○さんの代決中」. */
export function actingFor(actor: Actor): { employeeId: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const grant of grantsOf(actor, "SUPERVISOR")) if (grant.onBehalfOf) seen.set(grant.onBehalfOf.employeeId, grant.onBehalfOf.name);
  return [...seen].map(([employeeId, name]) => ({ employeeId, name }));
}

import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/people/org/scope";

// Who confirms a declaration: the supervisor who sees the person's work, or the HR division
// (which also confirms 研修所研修 attendance it records). A bureau coordinator reads records but
// is too far from the work to vouch for them.
const VERIFIER_ROLES = ["SUPERVISOR", "HR_DIVISION"] as const;

/**
 * The employees whose records the actor may confirm, as a where-clause: the union of their
 * verifier roles' scopes, never themselves (nobody confirms their own declaration, even in HR).
 * NOT_FOUND for someone with no such role.
 */
export function verifiableHolders(actor: Actor): Prisma.EmployeeWhereInput {
  const scopes = VERIFIER_ROLES.filter((role) => hasRole(actor, role)).map((role) => employeeScope(actor, role));
  if (scopes.length === 0) throw notFound("employee");
  return { AND: [{ OR: scopes }, { id: { not: actor.employeeId } }] };
}

import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { notFound } from "@/lib/platform/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope, unitPathsInScope } from "@/lib/people/org/scope";

/**
 * The two roles that look people up across units (職員検索 and the 個人カルテ): the HR division
 * for the whole city, a bureau coordinator for their 局・区. The headquarters reads city-wide
 * figures only, as everywhere else; anyone else has no such search.
 */
export const STAFF_READER_ROLES = ["HR_DIVISION", "BUREAU_COORDINATOR"] as const;
export type StaffReaderRole = (typeof STAFF_READER_ROLES)[number];

/**
 * Whom the actor finds and opens while acting in `role`, as a where-clause. A coordinator's is
 * employeeScope's (the staff of their bureau today). The HR division's is everyone, departed
 * staff included: "what did this person do in their years here" outlives their last day (a
 * disclosure request, a re-hire), and the pages mark them. Acting in a role one does not hold
 * is NOT_FOUND.
 */
export function staffScope(actor: Actor, role: StaffReaderRole): Prisma.EmployeeWhereInput {
  if (!hasRole(actor, role)) throw notFound("staff");
  return role === "HR_DIVISION" ? {} : employeeScope(actor, role);
}

/**
 * The same rule as SQL on an employee `e` joined to its unit `u`, for the search, which matches
 * on a generated column Prisma's filters cannot fold the query for.
 */
export function staffScopeSql(actor: Actor, role: StaffReaderRole): Prisma.Sql {
  if (!hasRole(actor, role)) throw notFound("staff");
  if (role === "HR_DIVISION") return Prisma.sql`true`;
  const paths = unitPathsInScope(actor, role);
  if (paths === null || paths.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(e.active AND (${Prisma.join(
    paths.map((path) => Prisma.sql`u.path LIKE ${`${path}%`}`),
    " OR ",
  )}))`;
}

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import type { Actor, RoleGrant } from "./roles";

const CITY_WIDE: readonly string[] = ["HR_DIVISION", "HEADQUARTERS"];

/**
 * Reads who the employee is and which roles they hold today. Called on every request, so a
 * transfer or a withdrawn role applies to the very next page, and a disabled account's
 * session stops working without waiting for it to expire. With `session` (when it began, in
 * seconds, to the millisecond), a session begun before the person last signed out is refused too.
 */
export async function loadActor(db: PrismaClient, employeeId: number, today: CalendarDate, session?: { signedInAt: number }): Promise<Actor | null> {
  const day = toDateColumn(today);
  const employee = await db.employee.findFirst({
    where: {
      id: employeeId,
      active: true,
      // A session from before the person's last sign-out is over (the cookie itself cannot be recalled).
      ...(session ? { OR: [{ sessionsValidAfter: null }, { sessionsValidAfter: { lt: new Date(Math.round(session.signedInAt * 1000)) } }] } : {}),
    },
    select: {
      id: true,
      staffNumber: true,
      name: true,
      unitId: true,
      unit: { select: { name: true, path: true } },
      assignments: {
        where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
        select: { role: true, unitId: true, includeSubunits: true, unit: { select: { name: true, path: true } } },
        orderBy: { id: "asc" },
      },
      // 代決 held today: the dates are compared here, on every request, so it ends by itself.
      actingFor: {
        where: { cancelledAt: null, startsOn: { lte: day }, endsOn: { gte: day }, supervisor: { active: true } },
        select: {
          supervisor: {
            select: {
              id: true,
              name: true,
              assignments: {
                where: { role: "SUPERVISOR", unitId: { not: null }, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] },
                select: { unitId: true, includeSubunits: true, unit: { select: { name: true, path: true } } },
                orderBy: { id: "asc" },
              },
            },
          },
        },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!employee) return null;
  const grants: RoleGrant[] = [
    // Every active member of staff is an employee over their own records.
    { role: "EMPLOYEE", unitId: employee.unitId, unitName: employee.unit.name, unitPath: employee.unit.path, includeSubunits: false },
    ...employee.assignments
      // Fail closed: a unit-scoped role whose unit is missing grants nothing (it must never read
      // as "no unit = the whole city", which only the HR division and headquarters have).
      .filter((assignment) => assignment.role !== "EMPLOYEE" && (assignment.unit !== null || CITY_WIDE.includes(assignment.role)))
      .map((assignment) => ({
        role: assignment.role,
        unitId: assignment.unitId,
        unitName: assignment.unit?.name ?? null,
        unitPath: assignment.unit?.path ?? null,
        includeSubunits: assignment.includeSubunits,
      })),
    // The one place where an acting reviewer (代決) gets the team: the supervisor's own grants,
    // lent for the dates and marked, so every scope in lib/people/org/scope.ts includes it and every
    // review can say on whose behalf it was made. Lent grants are never lent on.
    ...employee.actingFor.flatMap(({ supervisor }) =>
      supervisor.assignments.flatMap((assignment) =>
        assignment.unit === null
          ? []
          : [
              {
                role: "SUPERVISOR" as const,
                unitId: assignment.unitId,
                unitName: assignment.unit.name,
                unitPath: assignment.unit.path,
                includeSubunits: assignment.includeSubunits,
                onBehalfOf: { employeeId: supervisor.id, name: supervisor.name },
              },
            ],
      ),
    ),
  ];
  return {
    employeeId: employee.id,
    staffNumber: employee.staffNumber,
    name: employee.name,
    unitId: employee.unitId,
    grants: await withConcurrentMembers(db, grants, day),
  };
}

/**
 * 兼務: the people holding a concurrent post today in the units each SUPERVISOR grant covers,
 * read once here (a few rows of a small table) so that the team's where-clause stays a list of
 * ids beside the unit — indexed — rather than a subquery on every row of the staff table.
 */
async function withConcurrentMembers(db: PrismaClient, grants: RoleGrant[], day: Date): Promise<RoleGrant[]> {
  const supervising = grants.filter((grant) => grant.role === "SUPERVISOR" && grant.unitPath !== null);
  if (supervising.length === 0) return grants;
  const posts = await db.concurrentPost.findMany({
    where: {
      startsOn: { lte: day },
      OR: [{ endsOn: null }, { endsOn: { gte: day } }],
      unit: { OR: supervising.map((grant) => (grant.includeSubunits ? { path: { startsWith: grant.unitPath ?? "" } } : { id: grant.unitId ?? -1 })) },
    },
    select: { employeeId: true, unitId: true, unit: { select: { path: true } } },
  });
  if (posts.length === 0) return grants;
  return grants.map((grant) => {
    if (!supervising.includes(grant)) return grant;
    const members = posts.filter(
      (post) => post.unitId === grant.unitId || (grant.includeSubunits && grant.unitPath !== null && post.unit.path.startsWith(grant.unitPath)),
    );
    return members.length === 0 ? grant : { ...grant, concurrentMembers: [...new Set(members.map((post) => post.employeeId))] };
  });
}

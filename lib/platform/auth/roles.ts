import { notFound } from "@/lib/platform/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Roles from the widest to the narrowest view. A person lands on the dashboard of the first
 * role they hold in this order and can switch to any other they hold.
 */
export const ROLE_ORDER: readonly Role[] = ["HR_DIVISION", "HEADQUARTERS", "BUREAU_COORDINATOR", "SUPERVISOR", "EMPLOYEE"];

export const DASHBOARD_PATH: Record<Role, string> = {
  HR_DIVISION: "/city",
  HEADQUARTERS: "/city",
  BUREAU_COORDINATOR: "/bureau",
  SUPERVISOR: "/team",
  EMPLOYEE: "/me",
};

/** The catalogue's name (nav.*) of each role's menu entry. */
export const MENU_KEY: Record<Role, "me" | "team" | "bureau" | "city"> = {
  EMPLOYEE: "me",
  SUPERVISOR: "team",
  BUREAU_COORDINATOR: "bureau",
  HR_DIVISION: "city",
  HEADQUARTERS: "city",
};

/**
 * How someone reads a record (the `reader` of a plan's, an OJT plan's, an interview's access):
 * in a role, or as the person the record is about or works with (owner, trainee, trainer).
 */
export type RecordReader = Role | "OWNER" | "TRAINEE" | "TRAINER";

/** The role whose menu a record's page belongs to: one's own records belong to マイページ. */
export function menuRoleOf(reader: RecordReader): Role {
  return reader === "OWNER" || reader === "TRAINEE" || reader === "TRAINER" ? "EMPLOYEE" : reader;
}

/** A role held over a scope: unitPath is null for city-wide roles. */
export interface RoleGrant {
  role: Role;
  unitId: number | null;
  unitName: string | null;
  unitPath: string | null;
  includeSubunits: boolean;
  /**
   * 代決: a supervisor's grant lent to the person acting for them while they are away
   * (lib/platform/auth/load-actor.ts). The scope is the supervisor's team, without the supervisor.
   */
  onBehalfOf?: { employeeId: number; name: string };
  /**
   * 兼務・併任: for a SUPERVISOR grant, those holding a concurrent post today in a unit it covers
   * (lib/platform/auth/load-actor.ts). They belong to the team besides the people of its units.
   */
  concurrentMembers?: number[];
}

/** The signed-in person as the data-access layer sees them, read from the database per request. */
export interface Actor {
  employeeId: number;
  staffNumber: string;
  name: string;
  unitId: number;
  grants: RoleGrant[];
}

export function rolesHeld(actor: Actor): Role[] {
  return ROLE_ORDER.filter((role) => actor.grants.some((grant) => grant.role === role));
}

export function highestRole(actor: Actor): Role {
  return rolesHeld(actor)[0] ?? "EMPLOYEE";
}

export function grantsOf(actor: Actor, role: Role): RoleGrant[] {
  return actor.grants.filter((grant) => grant.role === role);
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((grant) => grant.role === role);
}

/**
 * The one way an area is closed to everyone without a role: NOT_FOUND naming what was asked
 * for, exactly as for a record that does not exist (out of scope = not found).
 */
export function requireRole(actor: Actor, role: Role, what: string): void {
  if (!hasRole(actor, role)) throw notFound(what);
}

import { assert, describe, expect, it } from "vitest";
import { type Actor, DASHBOARD_PATH, grantsOf, hasRole, highestRole, type RoleGrant, ROLE_ORDER, rolesHeld } from "@/lib/platform/auth/roles";
import { AppError } from "@/lib/platform/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { employeeScope, unitPathsInScope } from "@/lib/people/org/scope";

/**
 * The pure half of access control: which role a person lands on and the where-clause each role
 * folds into its queries. The clauses are compared whole, so that a widened scope (a dropped
 * `active`, a lost `id: { not }`) fails here before it leaks data anywhere.
 */

const ME = 42;

const grant = (role: Role, unit: { id: number; path: string } | null, includeSubunits = false): RoleGrant => ({
  role,
  unitId: unit?.id ?? null,
  unitName: unit ? `unit ${unit.id}` : null,
  unitPath: unit?.path ?? null,
  includeSubunits,
});

const OWN_UNIT = { id: 7, path: "/1/3/5/7/" };
const SECTION = { id: 5, path: "/1/3/5/" };
const BUREAU = { id: 1, path: "/1/" };
const OTHER_BUREAU = { id: 2, path: "/2/" };

function actor(...extra: RoleGrant[]): Actor {
  return { employeeId: ME, staffNumber: "123456", name: "試験 太郎", unitId: OWN_UNIT.id, grants: [grant("EMPLOYEE", OWN_UNIT), ...extra] };
}

function expectNotFound(run: () => unknown) {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  assert(thrown instanceof AppError, `expected an AppError, got ${String(thrown)}`);
  expect(thrown.code).toBe("NOT_FOUND");
}

describe("rolesHeld / highestRole", () => {
  it("orders roles from the widest view to the narrowest", () => {
    expect(ROLE_ORDER).toEqual(["HR_DIVISION", "HEADQUARTERS", "BUREAU_COORDINATOR", "SUPERVISOR", "EMPLOYEE"]);
  });

  it("lists held roles in that order whatever order the grants come in, each once", () => {
    const person = actor(grant("SUPERVISOR", OWN_UNIT), grant("HEADQUARTERS", null), grant("SUPERVISOR", SECTION), grant("BUREAU_COORDINATOR", BUREAU));
    expect(rolesHeld(person)).toEqual(["HEADQUARTERS", "BUREAU_COORDINATOR", "SUPERVISOR", "EMPLOYEE"]);
    expect(highestRole(person)).toBe("HEADQUARTERS");
  });

  it.each([
    [[], "EMPLOYEE"],
    [[grant("SUPERVISOR", OWN_UNIT)], "SUPERVISOR"],
    [[grant("SUPERVISOR", OWN_UNIT), grant("BUREAU_COORDINATOR", BUREAU)], "BUREAU_COORDINATOR"],
    [[grant("HEADQUARTERS", null), grant("HR_DIVISION", null)], "HR_DIVISION"],
  ] as const)("lands on the widest role held (%#)", (grants, expected) => {
    expect(highestRole(actor(...grants))).toBe(expected);
  });

  it("falls back to EMPLOYEE for an actor with no grants at all", () => {
    const bare: Actor = { ...actor(), grants: [] };
    expect(rolesHeld(bare)).toEqual([]);
    expect(highestRole(bare)).toBe("EMPLOYEE");
  });

  it("answers grantsOf and hasRole per role", () => {
    const person = actor(grant("SUPERVISOR", OWN_UNIT), grant("SUPERVISOR", SECTION, true));
    expect(grantsOf(person, "SUPERVISOR").map((g) => g.unitId)).toEqual([OWN_UNIT.id, SECTION.id]);
    expect(hasRole(person, "SUPERVISOR")).toBe(true);
    expect(hasRole(person, "HR_DIVISION")).toBe(false);
  });
});

describe("DASHBOARD_PATH", () => {
  it("sends each role to its dashboard, the two city-wide roles to the same one", () => {
    expect(DASHBOARD_PATH).toEqual({
      HR_DIVISION: "/city",
      HEADQUARTERS: "/city",
      BUREAU_COORDINATOR: "/bureau",
      SUPERVISOR: "/team",
      EMPLOYEE: "/me",
    });
    expect(DASHBOARD_PATH[highestRole(actor(grant("SUPERVISOR", OWN_UNIT)))]).toBe("/team");
  });
});

describe("employeeScope", () => {
  it("limits an employee to their own active record", () => {
    expect(employeeScope(actor(), "EMPLOYEE")).toEqual({ id: ME, active: true });
  });

  it("gives a supervisor the unit they lead, never themselves (not supervisor_id, which outlives transfers)", () => {
    expect(employeeScope(actor(grant("SUPERVISOR", OWN_UNIT)), "SUPERVISOR")).toEqual({
      active: true,
      id: { not: ME },
      OR: [{ unitId: OWN_UNIT.id }],
    });
  });

  it("adds those with a concurrent post (兼務) in the unit today, read with the grant", () => {
    const withPosts: RoleGrant = { ...grant("SUPERVISOR", OWN_UNIT), concurrentMembers: [77, 78] };
    expect(employeeScope(actor(withPosts), "SUPERVISOR").OR).toEqual([{ OR: [{ unitId: OWN_UNIT.id }, { id: { in: [77, 78] } }] }]);
  });

  it("gives an acting reviewer (代決) the supervisor's team without the supervisor", () => {
    const lent: RoleGrant = { ...grant("SUPERVISOR", SECTION, true), onBehalfOf: { employeeId: 99, name: "不在 係長" } };
    expect(employeeScope(actor(lent), "SUPERVISOR")).toEqual({
      active: true,
      id: { not: ME },
      OR: [{ AND: [{ unit: { path: { startsWith: SECTION.path } } }, { id: { not: 99 } }] }],
    });
  });

  it("fails closed: a unit-scoped grant without a unit matches nobody", () => {
    expect(employeeScope(actor(grant("SUPERVISOR", null)), "SUPERVISOR").OR).toEqual([{ id: { in: [] } }]);
    expect(employeeScope(actor(grant("BUREAU_COORDINATOR", null)), "BUREAU_COORDINATOR").OR).toEqual([{ id: { in: [] } }]);
  });

  it("extends a supervisor to the subtree only where the assignment says so", () => {
    const where = employeeScope(actor(grant("SUPERVISOR", OWN_UNIT), grant("SUPERVISOR", SECTION, true)), "SUPERVISOR");
    expect(where.OR).toEqual([{ unitId: OWN_UNIT.id }, { unit: { path: { startsWith: SECTION.path } } }]);
  });

  it("gives a bureau coordinator the subtree of each bureau, includeSubunits or not", () => {
    const where = employeeScope(actor(grant("BUREAU_COORDINATOR", BUREAU), grant("BUREAU_COORDINATOR", OTHER_BUREAU, false)), "BUREAU_COORDINATOR");
    expect(where).toEqual({
      active: true,
      OR: [{ unit: { path: { startsWith: BUREAU.path } } }, { unit: { path: { startsWith: OTHER_BUREAU.path } } }],
    });
  });

  it.each(["HR_DIVISION", "HEADQUARTERS"] as const)("gives %s every active employee", (role) => {
    expect(employeeScope(actor(grant(role, null)), role)).toEqual({ active: true });
  });

  it.each(["SUPERVISOR", "BUREAU_COORDINATOR", "HR_DIVISION", "HEADQUARTERS"] as const)("answers NOT_FOUND for %s when not held", (role) => {
    expectNotFound(() => employeeScope(actor(), role));
  });

  it("answers NOT_FOUND for EMPLOYEE when the actor has no grants", () => {
    expectNotFound(() => employeeScope({ ...actor(), grants: [] }, "EMPLOYEE"));
  });

  it("does not let one elevated role stand in for another", () => {
    const hq = actor(grant("HEADQUARTERS", null));
    expectNotFound(() => employeeScope(hq, "HR_DIVISION"));
    expectNotFound(() => employeeScope(actor(grant("BUREAU_COORDINATOR", BUREAU)), "SUPERVISOR"));
  });
});

describe("unitPathsInScope", () => {
  it("gives the bureau paths of a coordinator and null (whole city) for city-wide roles", () => {
    expect(unitPathsInScope(actor(grant("BUREAU_COORDINATOR", BUREAU), grant("BUREAU_COORDINATOR", OTHER_BUREAU)), "BUREAU_COORDINATOR")).toEqual([
      BUREAU.path,
      OTHER_BUREAU.path,
    ]);
    expect(unitPathsInScope(actor(grant("HR_DIVISION", null)), "HR_DIVISION")).toBeNull();
    expect(unitPathsInScope(actor(grant("HEADQUARTERS", null)), "HEADQUARTERS")).toBeNull();
  });

  it.each(["BUREAU_COORDINATOR", "HR_DIVISION", "HEADQUARTERS"] as const)("answers NOT_FOUND for %s when not held", (role) => {
    expectNotFound(() => unitPathsInScope(actor(grant("SUPERVISOR", OWN_UNIT)), role));
  });
});

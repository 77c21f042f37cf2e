import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { findRoleAssignments, grantRole, revokeRole } from "@/lib/people/roles/role-assignments";
import { ROLE_PAGE_SIZE } from "@/lib/people/roles/schemas";
import { actorById, createTeam, type Team } from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Role assignments against the shared demo database: the holder is a member of staff this file
 * creates (in a 係 of its own under 健康福祉局), demo-hr grants and revokes, and everything made
 * here is removed at the end (the holder's assignments go with them).
 */

let team: Team;
let hr: Actor;
let holder: Actor;
let unitCode: string;
let auditFrom: Date;

const today = () => toIsoDate(tokyoDate());
const shift = (days: number) => {
  const t = tokyoDate();
  return toIsoDate(tokyoDate(new Date(Date.UTC(t.year, t.month - 1, t.day + days, 3))));
};
const grantsOf = async (employeeId: number) => (await loadActor(db, employeeId, tokyoDate()))?.grants.filter((grant) => grant.role !== "EMPLOYEE") ?? [];
const assignmentCount = () => db.roleAssignment.count({ where: { employeeId: holder.employeeId } });

beforeAll(async () => {
  auditFrom = new Date();
  team = await createTeam("roles", 1);
  holder = team.members[0]!;
  unitCode = (await db.orgUnit.findUniqueOrThrow({ where: { id: team.unitId }, select: { code: true } })).code;
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-hr" }, select: { id: true } });
  hr = await actorById(id);
});

afterAll(async () => {
  await team?.remove();
});

describe("role assignments", () => {
  it("grants a supervisor role that applies on the holder's next request, and revokes it", async () => {
    expect(await grantsOf(holder.employeeId)).toEqual([]);
    const id = await grantRole(hr, { staffNumber: holder.staffNumber, role: "SUPERVISOR", unitCode, includeSubunits: "on" });

    expect(await grantsOf(holder.employeeId)).toEqual([
      { role: "SUPERVISOR", unitId: team.unitId, unitName: "試験係", unitPath: expect.any(String), includeSubunits: true },
    ]);
    const { rows: listed } = await findRoleAssignments(hr, { staffNumber: holder.staffNumber });
    expect(listed).toMatchObject([{ id, role: "SUPERVISOR", name: holder.name, unitCode, validFrom: today(), validTo: null, current: true }]);
    expect((await findRoleAssignments(hr, { role: "SUPERVISOR", unitId: team.unitId })).rows).toHaveLength(2); // the team's 係長 and the holder

    await revokeRole(hr, id);
    expect(await grantsOf(holder.employeeId)).toEqual([]);
    // Started today: deleted rather than ended yesterday (which would precede its start).
    expect(await db.roleAssignment.findUnique({ where: { id } })).toBeNull();

    const audit = await db.auditLog.findMany({ where: { entity: "role_assignment", entityId: String(id), at: { gte: auditFrom } }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["role.grant", hr.employeeId],
      ["role.revoke", hr.employeeId],
    ]);
    expect(audit[0]?.detail).toMatchObject({ before: null, after: { role: "SUPERVISOR", unitCode, staffNumber: holder.staffNumber, includeSubunits: true } });
    expect(audit[1]?.detail).toMatchObject({ before: { role: "SUPERVISOR", validFrom: today() }, after: null });
  });

  it("ends a grant that started before today yesterday, keeping it as history", async () => {
    const id = await grantRole(hr, { staffNumber: holder.staffNumber, role: "BUREAU_COORDINATOR", unitCode, validFrom: shift(-30) });
    expect((await grantsOf(holder.employeeId)).map((grant) => grant.role)).toEqual(["BUREAU_COORDINATOR"]);
    await revokeRole(hr, id);
    expect(await grantsOf(holder.employeeId)).toEqual([]);
    const row = await db.roleAssignment.findUniqueOrThrow({ where: { id } });
    expect(toIsoDate(tokyoDate(new Date(row.validTo!.getTime() + 12 * 3600_000)))).toBe(shift(-1));
    expect((await findRoleAssignments(hr, { staffNumber: holder.staffNumber })).rows).toEqual([]);
    // Already ended: cannot be revoked again.
    await expect(revokeRole(hr, id)).rejects.toMatchObject({ code: "NOT_ALLOWED" });
    await db.roleAssignment.delete({ where: { id } });
  });

  it("keeps a future-dated grant inactive until it starts", async () => {
    const id = await grantRole(hr, { staffNumber: holder.staffNumber, role: "HEADQUARTERS", validFrom: shift(7), validTo: shift(60) });
    expect(await grantsOf(holder.employeeId)).toEqual([]);
    expect(await loadActor(db, holder.employeeId, tokyoDate(new Date(Date.now() + 8 * 86_400_000)))).toMatchObject({
      grants: expect.arrayContaining([expect.objectContaining({ role: "HEADQUARTERS", unitId: null })]),
    });
    expect((await findRoleAssignments(hr, { staffNumber: holder.staffNumber })).rows).toMatchObject([
      { id, current: false, validFrom: shift(7), validTo: shift(60) },
    ]);
    await revokeRole(hr, id);
    expect(await db.roleAssignment.findUnique({ where: { id } })).toBeNull();
  });

  it("refuses invalid combinations and writes nothing", async () => {
    const auditBefore = await db.auditLog.count({ where: { action: "role.grant" satisfies AuditAction, at: { gte: auditFrom } } });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ role: "SUPERVISOR" }, "unitCode", "required"],
      [{ role: "HR_DIVISION", unitCode }, "unitCode", "unitForbidden"],
      [{ role: "EMPLOYEE", unitCode }, "role", "invalid"],
      [{ role: "SUPERVISOR", unitCode: "no-such-unit" }, "unitCode", "unknownUnit"],
      [{ role: "SUPERVISOR", unitCode, validFrom: shift(5), validTo: shift(4) }, "validTo", "endBeforeStart"],
      [{ role: "SUPERVISOR", unitCode, validTo: shift(-1) }, "validTo", "endBeforeStart"],
      [{ role: "SUPERVISOR", unitCode, validFrom: "2026-02-30" }, "validFrom", "date"],
      [{ role: "SUPERVISOR", unitCode, staffNumber: "no-such-person" }, "staffNumber", "unknownStaff"],
      [{ role: "SUPERVISOR", unitCode, staffNumber: "" }, "staffNumber", "required"],
    ];
    for (const [input, field, messageKey] of refusals) {
      await expect(grantRole(hr, { staffNumber: holder.staffNumber, ...input } as never)).rejects.toMatchObject({ code: "INVALID_INPUT", field, messageKey });
    }
    expect(await assignmentCount()).toBe(0);

    // No second grant of the same role over the same unit for an overlapping period.
    const id = await grantRole(hr, { staffNumber: holder.staffNumber, role: "SUPERVISOR", unitCode, validFrom: shift(10), validTo: shift(20) });
    await expect(grantRole(hr, { staffNumber: holder.staffNumber, role: "SUPERVISOR", unitCode })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "role",
      messageKey: "duplicateGrant",
    });
    await expect(grantRole(hr, { staffNumber: holder.staffNumber, role: "SUPERVISOR", unitCode, validFrom: shift(20) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      messageKey: "duplicateGrant",
    });
    const after = await grantRole(hr, { staffNumber: holder.staffNumber, role: "SUPERVISOR", unitCode, validFrom: shift(21) });
    expect(await assignmentCount()).toBe(2);
    expect(await db.auditLog.count({ where: { action: "role.grant" satisfies AuditAction, at: { gte: auditFrom } } })).toBe(auditBefore + 2);
    await revokeRole(hr, id);
    await revokeRole(hr, after);
    expect(await assignmentCount()).toBe(0);
  });

  it("does not let an HR member revoke their own last HR division role", async () => {
    const id = await grantRole(hr, { staffNumber: holder.staffNumber, role: "HR_DIVISION" });
    const self = await actorById(holder.employeeId);
    await expect(revokeRole(self, id)).rejects.toMatchObject({ code: "NOT_ALLOWED" });
    expect(await grantsOf(holder.employeeId)).toMatchObject([{ role: "HR_DIVISION", unitId: null }]);
    await revokeRole(hr, id);
    expect(await assignmentCount()).toBe(0);
  });

  it("is the HR division's only: anyone else gets NOT_FOUND and nothing is written", async () => {
    const id = await grantRole(hr, { staffNumber: holder.staffNumber, role: "SUPERVISOR", unitCode });
    for (const outsider of [team.supervisor, holder, await actorById(holder.employeeId)]) {
      await expect(findRoleAssignments(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(grantRole(outsider, { staffNumber: holder.staffNumber, role: "HEADQUARTERS" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeRole(outsider, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await assignmentCount()).toBe(1);
    await revokeRole(hr, id);
    await expect(revokeRole(hr, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("pages the list in the database and filters it by person, unit and role", async () => {
    // A 係 of 55 with every member a supervisor of it: 56 grants with its 係長, over two pages.
    const big = await createTeam("roles-paging", 55);
    try {
      const code = (await db.orgUnit.findUniqueOrThrow({ where: { id: big.unitId }, select: { code: true } })).code;
      await db.roleAssignment.createMany({
        data: big.members.map((m) => ({
          employeeId: m.employeeId,
          role: "SUPERVISOR" as const,
          unitId: big.unitId,
          validFrom: new Date(Date.UTC(2020, 3, 1)),
        })),
      });

      const first = await findRoleAssignments(hr, { unit: code });
      expect(first).toMatchObject({ total: 56, page: 1, pageCount: 2 });
      expect(first.rows).toHaveLength(ROLE_PAGE_SIZE);
      const second = await findRoleAssignments(hr, { unit: code, page: 2 });
      expect(second).toMatchObject({ total: 56, page: 2, pageCount: 2 });
      expect(second.rows).toHaveLength(56 - ROLE_PAGE_SIZE);
      const ids = [...first.rows, ...second.rows].map((row) => row.id);
      expect(new Set(ids).size).toBe(56);
      expect([...first.rows, ...second.rows].every((row) => row.unitCode === code)).toBe(true);
      // A page past the last (a stale bookmark) answers the last one; garbage answers the first.
      expect((await findRoleAssignments(hr, { unit: code, page: 99 })).page).toBe(2);
      expect((await findRoleAssignments(hr, { unit: code, page: "x" as never })).page).toBe(1);

      const seventh = big.members[6]!;
      expect((await findRoleAssignments(hr, { unit: code, person: seventh.name })).rows.map((row) => row.employeeId)).toEqual([seventh.employeeId]);
      expect((await findRoleAssignments(hr, { person: seventh.staffNumber })).rows.map((row) => row.employeeId)).toEqual([seventh.employeeId]);
      expect((await findRoleAssignments(hr, { unit: code, person: "シケン" })).total).toBe(56);
      expect((await findRoleAssignments(hr, { unit: code, role: "HEADQUARTERS" })).total).toBe(0);
      expect((await findRoleAssignments(hr, { unit: code, role: "SUPERVISOR" })).total).toBe(56);
    } finally {
      await db.roleAssignment.deleteMany({ where: { unitId: big.unitId } });
      await big.remove();
    }
  });
});

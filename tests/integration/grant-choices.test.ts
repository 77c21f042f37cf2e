import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { findGrantUnits, findRoleBureaus, getGrantChoice, UNIT_CHOICES } from "@/lib/people/roles/grant-choices";
import { findRoleAssignments } from "@/lib/people/roles/role-assignments";
import { actorById, createTeam, type Team } from "@/tests/support/plan-fixtures";

/**
 * The roles page's pickers (a person and a unit chosen by name, issue 20) and its filter by
 * bureau, against the demo database with a 係 of this file's own under 健康福祉局.
 */

let team: Team;
let hr: Actor;
let code: string;
let health: number;
let aoba: number;

beforeAll(async () => {
  team = await createTeam("grant-choices", 2);
  code = (await db.orgUnit.findUniqueOrThrow({ where: { id: team.unitId }, select: { code: true } })).code;
  hr = await actorById((await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-hr" }, select: { id: true } })).id);
  health = (await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true } })).id;
  aoba = (await db.orgUnit.findFirstOrThrow({ where: { name: "青葉区", kind: "BUREAU" }, select: { id: true } })).id;
});

afterAll(async () => {
  await team?.remove();
});

describe("choosing a unit by name", () => {
  it("finds a unit by every word typed, folded for width and case, and names it by its trail", async () => {
    const byCode = await findGrantUnits(hr, code.toUpperCase());
    expect(byCode).toEqual({ total: 1, rows: [{ id: team.unitId, code, trail: ["健康福祉局", "試験係"] }] });
    // Two words, one from the bureau and one from the unit; full-width letters fold to ASCII.
    const words = await findGrantUnits(hr, `健康福祉　${code.replace("it", "ｉｔ")}`);
    expect(words.rows.map((row) => row.id)).toEqual([team.unitId]);
    expect((await findGrantUnits(hr, `青葉区 ${code}`)).total).toBe(0);
  });

  it("offers a short list, higher units first, and says how many more there are", async () => {
    const parent = await db.orgUnit.findUniqueOrThrow({ where: { id: team.unitId }, select: { path: true } });
    const children: number[] = [];
    try {
      for (let i = 1; i <= UNIT_CHOICES + 1; i++) {
        const child = await db.orgUnit.create({
          data: { code: `${code}-${i}`, name: `試験班${i}`, kind: "UNIT", parentId: team.unitId, path: parent.path, position: i },
        });
        await db.orgUnit.update({ where: { id: child.id }, data: { path: `${parent.path}${child.id}/` } });
        children.push(child.id);
      }
      const many = await findGrantUnits(hr, code);
      expect(many.total).toBe(UNIT_CHOICES + 2);
      expect(many.rows).toHaveLength(UNIT_CHOICES);
      expect(many.rows[0]).toMatchObject({ id: team.unitId, trail: ["健康福祉局", "試験係"] });
      expect(many.rows.slice(1).every((row) => row.trail.length === 3 && children.includes(row.id))).toBe(true);
    } finally {
      await db.orgUnit.deleteMany({ where: { id: { in: children } } });
    }
  });

  it("never offers a retired unit, and an empty query asks nothing", async () => {
    await db.orgUnit.update({ where: { id: team.unitId }, data: { retiredAt: new Date() } });
    try {
      expect((await findGrantUnits(hr, code)).total).toBe(0);
      expect((await getGrantChoice(hr, { unitId: team.unitId })).unit).toBeNull();
    } finally {
      await db.orgUnit.update({ where: { id: team.unitId }, data: { retiredAt: null } });
    }
    expect(await findGrantUnits(hr, "   ")).toEqual({ rows: [], total: 0 });
    // LIKE's wildcards typed are characters, not patterns.
    expect((await findGrantUnits(hr, "%")).total).toBe(0);
  });
});

describe("the choice handed to the grant form", () => {
  it("names the chosen person and unit; departed staff and unknown ids are no choice", async () => {
    const member = team.members[0]!;
    const choice = await getGrantChoice(hr, { employeeId: member.employeeId, unitId: team.unitId });
    expect(choice).toEqual({
      person: { id: member.employeeId, name: member.name, staffNumber: member.staffNumber, unitTrail: ["健康福祉局", "試験係"] },
      unit: { id: team.unitId, code, trail: ["健康福祉局", "試験係"] },
    });
    expect(await getGrantChoice(hr, { employeeId: 2_147_483_647, unitId: -1 })).toEqual({ person: null, unit: null });
    await db.employee.update({ where: { id: member.employeeId }, data: { active: false } });
    try {
      expect((await getGrantChoice(hr, { employeeId: member.employeeId })).person).toBeNull();
    } finally {
      await db.employee.update({ where: { id: member.employeeId }, data: { active: true } });
    }
  });

  it("is the HR division's only, like the grants: anyone else gets NOT_FOUND", async () => {
    for (const outsider of [team.supervisor, team.members[1]!]) {
      await expect(findGrantUnits(outsider, code)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getGrantChoice(outsider, { unitId: team.unitId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(findRoleBureaus(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("the list filtered by bureau", () => {
  it("lists the grants over any unit inside the bureau, and nothing for an id that is no bureau", async () => {
    const bureaus = await findRoleBureaus(hr);
    expect(bureaus.map((bureau) => bureau.id)).toEqual(expect.arrayContaining([health, aoba]));
    const chief = team.supervisor.employeeId;
    const inHealth = await findRoleAssignments(hr, { bureau: health, staffNumber: team.supervisor.staffNumber });
    expect(inHealth.rows.map((row) => [row.employeeId, row.unitId])).toEqual([[chief, team.unitId]]);
    // Every row of a bureau's first page lies inside it.
    const page = await findRoleAssignments(hr, { bureau: health });
    expect(page.total).toBeGreaterThan(0);
    expect(page.rows.every((row) => row.unitTrail?.[0] === "健康福祉局")).toBe(true);
    expect((await findRoleAssignments(hr, { bureau: aoba, staffNumber: team.supervisor.staffNumber })).total).toBe(0);
    expect((await findRoleAssignments(hr, { bureau: team.unitId })).total).toBe(0);
  });
});

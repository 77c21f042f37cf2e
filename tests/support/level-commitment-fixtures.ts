import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/platform/auth/roles";
import { newStandaloneCommitmentSchema } from "@/lib/year/commitments/team-schemas";
import type { NewStandaloneInput } from "@/lib/year/commitments/create-commitment";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { actorById, FY } from "./plan-fixtures";

/**
 * A "bureau" of our own for the bureau- and city-commitment tests: a unit directly under
 * 健康福祉局 (kind UNIT, so that no section or bureau count of another test moves) with a
 * coordinator holding BUREAU_COORDINATOR on it, a unit below it and one below that, so the
 * bureau's metrics have a subtree to count: young and long-serving staff at each depth and an
 * inactive young one who must not count.
 */
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));
const THIS_YEAR = toDateColumn(fiscalYearStart(FY));

export interface BureauFixture {
  unitId: number;
  unitIds: number[];
  coordinator: Actor;
  young: number[];
  old: number[];
  inactive: number;
  /** city commitments the tests created, removed with the rest */
  cityIds: number[];
  remove(): Promise<void>;
}

export async function createBureau(): Promise<BureauFixture> {
  const tag = `it-level-${randomUUID().slice(0, 8)}`;
  const parent = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true, path: true } });
  let sequence = 0;
  const ids = await db.$transaction(async (tx) => {
    const unit = async (name: string, above: { id: number; path: string }) => {
      const created = await tx.orgUnit.create({
        data: { code: `${tag}-${++sequence}`, name, kind: "UNIT", parentId: above.id, path: above.path, position: 99 },
      });
      const path = `${above.path}${created.id}/`;
      await tx.orgUnit.update({ where: { id: created.id }, data: { path } });
      return { id: created.id, path };
    };
    const person = async (unitId: number, rank: string, joinedOn: Date, active = true) =>
      (
        await tx.employee.create({
          data: {
            staffNumber: `${tag}-${++sequence}`,
            name: `試験 ${rank}${sequence}`,
            nameKana: "シケン",
            jobCategory: "事務",
            rank,
            joinedOn,
            unitId,
            active,
          },
          select: { id: true },
        })
      ).id;
    const bureau = await unit("試験局", parent);
    const department = await unit("試験部", bureau);
    const section = await unit("試験課", department);
    const coordinator = await person(bureau.id, "次長", LONG_AGO);
    await tx.roleAssignment.create({
      data: { employeeId: coordinator, role: "BUREAU_COORDINATOR", unitId: bureau.id, includeSubunits: true, validFrom: LONG_AGO },
    });
    const young = [await person(bureau.id, "主事", THIS_YEAR), await person(department.id, "主事", THIS_YEAR), await person(section.id, "主事", THIS_YEAR)];
    const old = [await person(department.id, "主任", LONG_AGO), await person(section.id, "係長", LONG_AGO)];
    const inactive = await person(section.id, "主事", THIS_YEAR, false);
    return { units: [bureau.id, department.id, section.id], coordinator, young, old, inactive };
  });
  const everyone = [ids.coordinator, ...ids.young, ...ids.old, ids.inactive];
  const fixture: BureauFixture = {
    unitId: ids.units[0] ?? 0,
    unitIds: ids.units,
    coordinator: await actorById(ids.coordinator),
    young: ids.young,
    old: ids.old,
    inactive: ids.inactive,
    cityIds: [],
    // Commitments first (they cascade to progress and events, which hold RESTRICT keys to
    // employees), then what our people own, then the people and the units, deepest first.
    async remove() {
      const commitments = await db.commitment.findMany({
        where: { OR: [{ ownerUnitId: { in: ids.units } }, { id: { in: fixture.cityIds } }] },
        select: { id: true },
      });
      await db.notification.deleteMany({ where: { href: { in: commitments.map((c) => `/commitments/${c.id}`) } } });
      await db.commitment.deleteMany({ where: { id: { in: commitments.map((c) => c.id) } } });
      await db.ojtPlan.deleteMany({ where: { OR: [{ traineeId: { in: everyone } }, { trainerId: { in: everyone } }] } });
      await db.careerInterview.deleteMany({ where: { employeeId: { in: everyone } } });
      await db.developmentPlan.deleteMany({ where: { employeeId: { in: everyone } } });
      await db.employee.deleteMany({ where: { id: { in: everyone } } });
      for (const id of [...ids.units].reverse()) await db.orgUnit.delete({ where: { id } });
    },
  };
  return fixture;
}

export const levelInput = (level: "BUREAU" | "CITY", measureId: number, unitId?: number, overrides: Record<string, unknown> = {}): NewStandaloneInput => {
  const { level: _level, ...input } = newStandaloneCommitmentSchema.parse({
    level,
    unitId,
    fiscalYear: FY,
    title: level === "CITY" ? "研修満足度90%以上" : "土木技術職の部門別研修を2回行う",
    measureId,
    targetKind: "number",
    targetValue: level === "CITY" ? 90 : 2,
    targetUnit: level === "CITY" ? "%" : "回",
    ...overrides,
  });
  return input;
};

/** Active holders of a role today, counted apart from lib/year/commitments/commitment-recipients.ts. */
export async function holdersOf(role: "HR_DIVISION" | "HEADQUARTERS" | "BUREAU_COORDINATOR", unitId?: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id FROM role_assignment ra JOIN employee e ON e.id = ra.employee_id AND e.active
    WHERE ra.role::text = ${role} AND (${unitId ?? null}::int IS NULL OR ra.unit_id = ${unitId ?? null}::int)
      AND ra.valid_from <= current_date AND (ra.valid_to IS NULL OR ra.valid_to >= current_date)
    ORDER BY 1`;
  return rows.map((row) => row.id);
}

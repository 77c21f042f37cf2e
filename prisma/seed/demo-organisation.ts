import type { OrgUnitKind, Prisma, Role } from "@/lib/generated/prisma/client";
import { createNamer, createRandom, randomInt } from "./demo-names";
import { DEMO_PEOPLE, ORG_CHART, type DemoStaffNumber, type JobCategory, type UnitSpec } from "./demo-org-chart";

export { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SIGN_INS, ORG_CHART } from "./demo-org-chart";
export type { DemoSignIn, DemoStaffNumber } from "./demo-org-chart";

// The demo is pinned to FY2026 rather than to today, so that it is identical on every run;
// assignments start on the first day of that year, as a real 4月1日 reshuffle would.
const DEMO_FISCAL_YEAR = 2026;
const ASSIGNMENTS_VALID_FROM = new Date(Date.UTC(DEMO_FISCAL_YEAR, 3, 1));
const RANDOM_SEED = 20_210_401;
export const YOUNG_STAFF_YEARS = 10;

export interface PlannedUnit {
  code: string;
  name: string;
  kind: OrgUnitKind;
  parentCode: string | null;
  position: number;
}

export interface PlannedStaff {
  staffNumber: string;
  name: string;
  nameKana: string;
  jobCategory: JobCategory;
  rank: string;
  joinedOn: Date;
  unitCode: string;
  supervisorStaffNumber: string | null;
  email: string | null;
}

export interface PlannedAssignment {
  staffNumber: string;
  role: Role;
  unitCode: string | null;
  includeSubunits: boolean;
}

export interface DemoOrganisation {
  units: PlannedUnit[];
  /** ordered so that everyone comes after their supervisor */
  staff: PlannedStaff[];
  assignments: PlannedAssignment[];
}

// Years joined by rank: a 局長 joined in the late 1980s, a 係長 between 1996 and 2012, and
// four in five rank-and-file staff within the last ten years, which makes roughly a third of
// all staff "young" (若手) under the default setting.
type ManagerRank = "局長" | "区長" | "次長" | "副区長" | "部長" | "課長" | "課長補佐" | "係長";
const JOIN_YEARS: Readonly<Record<ManagerRank, readonly [number, number]>> = {
  局長: [1988, 1990],
  区長: [1988, 1990],
  次長: [1989, 1992],
  副区長: [1989, 1992],
  部長: [1989, 1995],
  課長: [1991, 2003],
  課長補佐: [1994, 2006],
  係長: [1996, 2012],
};

/** The demo organisation as plain data; pure and deterministic, so tests can inspect it. */
export function buildDemoOrganisation(): DemoOrganisation {
  const random = createRandom(RANDOM_SEED);
  const nextName = createNamer(
    random,
    Object.values(DEMO_PEOPLE).map((p) => p.name),
  );
  const units: PlannedUnit[] = [];
  const staff: PlannedStaff[] = [];
  const assignments: PlannedAssignment[] = [];
  let sequence = 0;

  const joinDate = (year: number): Date =>
    // Mostly the April intake; now and then a mid-career hire on 1 October.
    new Date(Date.UTC(year, year < DEMO_FISCAL_YEAR && random() < 0.1 ? 9 : 3, 1));

  const addDemo = (staffNumber: DemoStaffNumber, unitCode: string, supervisor: string | null): string => {
    const person = DEMO_PEOPLE[staffNumber];
    staff.push({
      staffNumber,
      name: person.name,
      nameKana: person.nameKana,
      jobCategory: person.jobCategory,
      rank: person.rank,
      joinedOn: new Date(Date.UTC(person.joinYear, 3, 1)),
      unitCode,
      supervisorStaffNumber: supervisor,
      email: `${staffNumber}@example.invalid`,
    });
    return staffNumber;
  };

  const memberJoinYear = (): number => (random() < 0.8 ? randomInt(random, 2017, DEMO_FISCAL_YEAR) : randomInt(random, 2003, 2016));

  /** `rank` null: rank-and-file, whose rank follows from seniority (主任 after about ten years). */
  const addGenerated = (rank: ManagerRank | null, category: JobCategory, unitCode: string, supervisor: string | null) => {
    const range = rank ? JOIN_YEARS[rank] : null;
    const year = range ? randomInt(random, range[0], range[1]) : memberJoinYear();
    const juniorRank = category === "技術" || category === "保健師" ? "技師" : "主事";
    const actualRank = rank ?? (year >= 2016 ? juniorRank : "主任");
    sequence += 1;
    // Six digits: the two-digit year of joining, then a running number, so that it stays unique.
    const staffNumber = `${String(year % 100).padStart(2, "0")}${String(sequence).padStart(4, "0")}`;
    staff.push({
      staffNumber,
      ...nextName(),
      jobCategory: category,
      rank: actualRank,
      joinedOn: joinDate(year),
      unitCode,
      supervisorStaffNumber: supervisor,
      email: null,
    });
    return staffNumber;
  };

  const assign = (staffNumber: string, role: Role, unitCode: string | null, includeSubunits: boolean) =>
    assignments.push({ staffNumber, role, unitCode, includeSubunits });

  const addUnit = (code: string, name: string, kind: OrgUnitKind, parentCode: string | null, position: number) => {
    units.push({ code, name, kind, parentCode, position });
    return code;
  };

  const staffUnit = (spec: UnitSpec, code: string, sectionChief: string) => {
    const head = spec.head ? addDemo(spec.head, code, sectionChief) : addGenerated("係長", spec.category, code, sectionChief);
    assign(head, "SUPERVISOR", code, false);
    const members = [
      ...(spec.demoMembers ?? []).map((demo) => addDemo(demo, code, head)),
      ...Array.from({ length: spec.members }, () => addGenerated(null, spec.category, code, head)),
    ];
    if (spec.hrDivision) for (const person of [head, ...members]) assign(person, "HR_DIVISION", null, false);
  };

  ORG_CHART.forEach((bureau, b) => {
    const bureauCode = addUnit(`B${pad(b + 1)}`, bureau.name, "BUREAU", null, b);
    const chief = addGenerated(bureau.headRank, "事務", bureauCode, null);
    assign(chief, "SUPERVISOR", bureauCode, true);
    const deputy = bureau.deputy ? addDemo(bureau.deputy, bureauCode, chief) : addGenerated(bureau.deputyRank, "事務", bureauCode, chief);
    // The 次長・副区長 is the 局区統括人材育成推進員: the policy's bureau coordinator.
    assign(deputy, "BUREAU_COORDINATOR", bureauCode, true);
    for (const { person, role } of bureau.attached ?? []) assign(addDemo(person, bureauCode, null), role, null, false);

    bureau.departments.forEach((department, d) => {
      const departmentCode = addUnit(`${bureauCode}-D${pad(d + 1)}`, department.name, "DEPARTMENT", bureauCode, d);
      const director = addGenerated("部長", department.category ?? "事務", departmentCode, chief);
      assign(director, "SUPERVISOR", departmentCode, true);

      department.sections.forEach((section, s) => {
        const sectionCode = addUnit(`${departmentCode}-S${pad(s + 1)}`, section.name, "SECTION", departmentCode, s);
        const sectionChief = addGenerated("課長", section.category ?? "事務", sectionCode, director);
        assign(sectionChief, "SUPERVISOR", sectionCode, true);
        if (section.assistant) addGenerated("課長補佐", section.category ?? "事務", sectionCode, sectionChief);

        section.units.forEach((unit, u) => {
          const unitCode = addUnit(`${sectionCode}-U${pad(u + 1)}`, unit.name, "UNIT", sectionCode, u);
          staffUnit(unit, unitCode, sectionChief);
        });
      });
    });
  });

  return { units, staff, assignments };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Takes the next `count` ids of a table's sequence, so that rows can be written in one
 *  statement with their ids already known (the org path and supervisor links need them). */
async function reserveIds(tx: Prisma.TransactionClient, table: "org_unit" | "employee", count: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((row) => row.id);
}

/** Pairs natural keys with reserved ids. */
function zipIds(keys: readonly string[], ids: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  keys.forEach((key, i) => {
    const id = ids[i];
    if (id === undefined) throw new Error(`seed: no id reserved for ${key}`);
    map.set(key, id);
  });
  return map;
}

function idOf(ids: ReadonlyMap<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`seed: unknown key ${key}`);
  return id;
}

export interface OrganisationCounts {
  orgUnits: number;
  employees: number;
  credentials: number;
  roleAssignments: number;
  settings: number;
}

/**
 * Bureaus of the demo's names already in the database (the living demo's generated city,
 * living-demo.ts) are joined rather than doubled: the demo's 部 go under them with codes of
 * their own, and the bureau's 局長 (or 区長) there leads them, so the demo's generated 局長 and
 * 次長 are left out; the named demo people (demo-bureau, demo-hq) are placed as always.
 */
async function joinExistingBureaus(tx: Prisma.TransactionClient, plan: DemoOrganisation) {
  const bureaus = plan.units.filter((unit) => unit.kind === "BUREAU");
  const existing = await tx.orgUnit.findMany({
    where: { kind: "BUREAU", parentId: null, retiredAt: null, name: { in: bureaus.map((b) => b.name) } },
    select: { id: true, name: true, path: true },
  });
  const joined = new Map<string, { id: number; path: string; headStaffNumber: string; headId: number }>();
  for (const unit of existing) {
    const head = await tx.roleAssignment.findFirst({
      where: { role: "SUPERVISOR", unitId: unit.id, includeSubunits: true, employee: { unitId: unit.id, active: true } },
      orderBy: { id: "asc" },
      select: { employee: { select: { id: true, staffNumber: true } } },
    });
    const code = bureaus.find((b) => b.name === unit.name)?.code;
    if (head && code) joined.set(code, { id: unit.id, path: unit.path, headStaffNumber: head.employee.staffNumber, headId: head.employee.id });
  }
  if (joined.size === 0) return { plan, joined, existingStaff: new Map<string, number>() };
  const leftOut = new Set(
    plan.staff.filter((person) => joined.has(person.unitCode) && !(person.staffNumber in DEMO_PEOPLE)).map((person) => person.staffNumber),
  );
  const heads = new Map([...joined.values()].map((bureau) => [bureau.headStaffNumber, bureau.headId]));
  const headOf = (unitCode: string) => joined.get(unitCode)?.headStaffNumber;
  const chiefs = new Map(
    plan.staff
      .filter((person) => leftOut.has(person.staffNumber) && person.supervisorStaffNumber === null)
      .map((person) => [person.staffNumber, headOf(person.unitCode) ?? null]),
  );
  // The demo's own codes would collide with the city's (both start at B01): its units get a prefix.
  const recode = (code: string) => `demo-${code}`;
  return {
    joined,
    existingStaff: heads,
    plan: {
      units: plan.units
        .filter((unit) => !joined.has(unit.code))
        .map((unit) => ({
          ...unit,
          code: recode(unit.code),
          parentCode: unit.parentCode === null || joined.has(unit.parentCode) ? unit.parentCode : recode(unit.parentCode),
        })),
      staff: plan.staff
        .filter((person) => !leftOut.has(person.staffNumber))
        .map((person) => ({
          ...person,
          unitCode: joined.has(person.unitCode) ? person.unitCode : recode(person.unitCode),
          supervisorStaffNumber:
            person.supervisorStaffNumber !== null && chiefs.has(person.supervisorStaffNumber)
              ? (chiefs.get(person.supervisorStaffNumber) ?? null)
              : person.supervisorStaffNumber,
        })),
      assignments: plan.assignments
        .filter((a) => !leftOut.has(a.staffNumber))
        .map((a) => ({ ...a, unitCode: a.unitCode === null || joined.has(a.unitCode) ? a.unitCode : recode(a.unitCode) })),
    },
  };
}

/** Writes the demo organisation, its staff (all with the one demo password hash), their role
 *  assignments and the young-staff setting, joining bureaus of the same name already there. */
export async function seedDemoOrganisation(tx: Prisma.TransactionClient, passwordHash: string): Promise<OrganisationCounts> {
  const { plan, joined, existingStaff } = await joinExistingBureaus(tx, buildDemoOrganisation());

  const unitIds = zipIds(
    plan.units.map((unit) => unit.code),
    await reserveIds(tx, "org_unit", plan.units.length),
  );
  const paths = new Map<string, string>([...joined].map(([code, bureau]) => [code, bureau.path]));
  for (const [code, bureau] of joined) unitIds.set(code, bureau.id);
  const units = await tx.orgUnit.createMany({
    data: plan.units.map((unit) => {
      const id = idOf(unitIds, unit.code);
      // Parents are planned before their children, so the parent's path is always known here.
      const path = `${unit.parentCode ? (paths.get(unit.parentCode) ?? "") : "/"}${id}/`;
      paths.set(unit.code, path);
      const parentId = unit.parentCode ? idOf(unitIds, unit.parentCode) : null;
      return { id, code: unit.code, name: unit.name, kind: unit.kind, parentId, path, position: unit.position };
    }),
  });

  const staffIds = zipIds(
    plan.staff.map((person) => person.staffNumber),
    await reserveIds(tx, "employee", plan.staff.length),
  );
  for (const [staffNumber, id] of existingStaff) staffIds.set(staffNumber, id);
  const employees = await tx.employee.createMany({
    data: plan.staff.map((person) => ({
      id: idOf(staffIds, person.staffNumber),
      staffNumber: person.staffNumber,
      name: person.name,
      nameKana: person.nameKana,
      jobCategory: person.jobCategory,
      rank: person.rank,
      joinedOn: person.joinedOn,
      unitId: idOf(unitIds, person.unitCode),
      supervisorId: person.supervisorStaffNumber ? idOf(staffIds, person.supervisorStaffNumber) : null,
      email: person.email,
    })),
  });

  const credentials = await tx.credential.createMany({
    data: plan.staff.map((person) => ({ employeeId: idOf(staffIds, person.staffNumber), passwordHash })),
  });

  const assignments = await tx.roleAssignment.createMany({
    data: plan.assignments.map((a) => ({
      employeeId: idOf(staffIds, a.staffNumber),
      role: a.role,
      unitId: a.unitCode ? idOf(unitIds, a.unitCode) : null,
      includeSubunits: a.includeSubunits,
      validFrom: ASSIGNMENTS_VALID_FROM,
    })),
  });

  await tx.setting.upsert({
    where: { key: "youngStaffYears" },
    create: { key: "youngStaffYears", value: YOUNG_STAFF_YEARS },
    update: {},
  });

  return {
    orgUnits: units.count,
    employees: employees.count,
    credentials: credentials.count,
    roleAssignments: assignments.count,
    settings: 1,
  };
}

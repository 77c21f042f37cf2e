import type { Role } from "@/lib/generated/prisma/enums";
import { type Day, dayOf } from "./dates";
import { createNamer } from "./names";
import type { JobCategory } from "./org-chart";
import type { Organisation, PlannedUnit } from "./organisation";
import { apportion, Random } from "./random";

/** Where someone sits in the hierarchy; their rank, supervisor and roles follow from it. */
export type Post = "bureauHead" | "deputy" | "headquarters" | "departmentHead" | "sectionHead" | "assistant" | "unitHead" | "member";

export interface PlannedPerson {
  id: number;
  staffNumber: string;
  name: string;
  nameKana: string;
  email: string;
  jobCategory: JobCategory;
  rank: string;
  joinedOn: Day;
  /** whole years of service at the start of the current fiscal year */
  service: number;
  unit: PlannedUnit;
  supervisorId: number | null;
  post: Post;
}

export interface PlannedAssignment {
  employeeId: number;
  role: Role;
  unitId: number | null;
  includeSubunits: boolean;
}

export interface Staff {
  /** ids are 1… in this order, and everyone comes after their supervisor */
  people: PlannedPerson[];
  assignments: PlannedAssignment[];
  /** the stand-in for the 推進本部, who reviews the plans of the 局長 and 区長 */
  headquartersId: number;
  hrDivisionIds: number[];
  /** per bureau (CITY_CHART order): its head and its bureau coordinators */
  bureauHeads: number[];
  coordinators: number[][];
  /** members of each 係 and 課 (leaders excluded), by unit id */
  membersOf: Map<number, number[]>;
}

// Years of service by post, at the start of the current fiscal year: a 局長 joined about 36
// years ago, a 係長 between 14 and 30 years ago. Everyone joined at 22 or later and is at most
// 60 now, so nobody has served more than 38 years.
const SERVICE: Readonly<Record<Exclude<Post, "member">, readonly [number, number]>> = {
  headquarters: [37, 38],
  bureauHead: [34, 38],
  deputy: [32, 37],
  departmentHead: [30, 37],
  sectionHead: [24, 35],
  assistant: [20, 32],
  unitHead: [14, 30],
};

// Rank-and-file staff by years of service: the city has hired heavily in the last decade, so
// a good third of all staff count as young (若手, under ten years).
const MEMBER_SERVICE: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 4], 24],
  [[5, 9], 19],
  [[10, 14], 13],
  [[15, 19], 12],
  [[20, 24], 11],
  [[25, 29], 9],
  [[30, 34], 7],
  [[35, 38], 5],
];

const HR_DIVISION_STAFF = 5;

const PROFESSIONAL: ReadonlySet<JobCategory> = new Set(["技術", "保健師", "獣医師", "薬剤師", "医療技術", "医師", "看護師"]);

function memberRank(category: JobCategory, service: number, random: Random): string {
  if (service < 8) return PROFESSIONAL.has(category) ? "技師" : "主事";
  if (service < 20) return "主任";
  return random.chance(0.45) ? "主査" : "主任";
}

function managerRank(post: Exclude<Post, "member">, ward: boolean): string {
  return {
    headquarters: "局長",
    bureauHead: ward ? "区長" : "局長",
    deputy: ward ? "副区長" : "次長",
    departmentHead: "部長",
    sectionHead: "課長",
    assistant: "課長補佐",
    unitHead: "係長",
  }[post];
}

export interface StaffOptions {
  /**
   * The running number of each year's first joiner (1 by default): staff numbers are the year
   * joined and this number, so a city placed beside other staff starts where theirs cannot reach.
   */
  firstStaffSequence?: number;
  /** false: the HR division is someone else's (the demo's), so the city may lack its 人材育成係 */
  hrDivision?: boolean;
}

/**
 * Fills the organisation with people: leaders for every bureau, 部, 課 and 係, and the rest of
 * the staff shared among the 係. Each 係長 supervises their 係, each 課長 their 係長 and 課長補佐,
 * and so on up to the 局長 or 区長. Role assignments follow the demo seed: every leader is a
 * SUPERVISOR of their unit (with the units below it, except a 係長), the 次長・副区長 (and in
 * some bureaus an HR member of staff) is the bureau coordinator, the 人材育成係 of 総務局 is the
 * HR division and one stand-in holds the headquarters' role.
 */
export function planStaff(seed: number, organisation: Organisation, currentFiscalYear: number, today: Day, options: StaffOptions = {}): Staff {
  const firstSequence = options.firstStaffSequence ?? 1;
  const random = new Random(seed, "staff");
  const nextName = createNamer(new Random(seed, "names"));
  const { units, staffTarget } = organisation;
  const children = new Map<number, PlannedUnit[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else children.set(unit.parentId, [unit]);
  }
  const childrenOf = (unit: PlannedUnit) => children.get(unit.id) ?? [];

  const people: PlannedPerson[] = [];
  const assignments: PlannedAssignment[] = [];
  const membersOf = new Map<number, number[]>();
  const perJoinYear = new Map<number, number>();
  const wards = new Set(units.filter((unit) => unit.kind === "BUREAU" && unit.name.endsWith("区")).map((unit) => unit.bureau));

  const place = (post: Post, unit: PlannedUnit, supervisorId: number | null, category: JobCategory): PlannedPerson => {
    const [least, most] = post === "member" ? random.weighted(MEMBER_SERVICE) : SERVICE[post];
    const service = random.int(least, most);
    const joinYear = currentFiscalYear - service;
    const midCareer = random.chance(0.07) && dayOf(joinYear, 10, 1) <= today;
    const joinAge = Math.min(
      random.weighted([
        [22, 60],
        [23, 15],
        [24, 8],
        [26, 8],
        [29, 6],
        [33, 3],
      ] as const),
      60 - service,
    );
    // Six digits as in the personnel system: the year joined, then a running number in that year.
    const sequence = (perJoinYear.get(joinYear) ?? firstSequence - 1) + 1;
    perJoinYear.set(joinYear, sequence);
    const person: PlannedPerson = {
      id: people.length + 1,
      staffNumber: `${String(joinYear % 100).padStart(2, "0")}${String(sequence).padStart(4, "0")}`,
      ...nextName(joinYear - joinAge),
      jobCategory: category,
      rank: post === "member" ? memberRank(category, service, random) : managerRank(post, wards.has(unit.bureau)),
      joinedOn: midCareer ? dayOf(joinYear, 10, 1) : dayOf(joinYear, 4, 1),
      service,
      unit,
      supervisorId,
      post,
    };
    people.push(person);
    return person;
  };
  const grant = (person: PlannedPerson, role: Role, unitId: number | null, includeSubunits: boolean) =>
    assignments.push({ employeeId: person.id, role, unitId, includeSubunits });
  const addMember = (unitId: number, person: PlannedPerson) => {
    const members = membersOf.get(unitId);
    if (members) members.push(person.id);
    else membersOf.set(unitId, [person.id]);
  };

  // Heads first, then the rest in tree order, so that every supervisor precedes their staff.
  const unitLeaves = units.filter((unit) => unit.kind === "UNIT");
  const leaderCount = units.length + units.filter((unit) => unit.hasAssistant).length + units.filter((unit) => unit.kind === "BUREAU").length + 1;
  const memberCounts = apportion(
    Math.max(0, staffTarget - leaderCount),
    unitLeaves.map((unit) => unit.weight),
    1,
  );
  const membersOfLeaf = new Map(unitLeaves.map((unit, i) => [unit.id, memberCounts[i] ?? 0]));

  const bureauHeads: number[] = [];
  const coordinators: number[][] = [];
  const hrDivisionIds: number[] = [];
  let headquartersId = 0;

  for (const bureau of units.filter((unit) => unit.kind === "BUREAU")) {
    const head = place("bureauHead", bureau, null, bureau.category);
    grant(head, "SUPERVISOR", bureau.id, true);
    const deputy = place("deputy", bureau, head.id, "事務");
    // The 次長・副区長 is the 局区統括人材育成推進員: the policy's bureau coordinator.
    grant(deputy, "BUREAU_COORDINATOR", bureau.id, true);
    bureauHeads.push(head.id);
    coordinators.push([deputy.id]);
    if (bureau.bureau === 0) {
      // Stands in for the 推進本部 (mayor, vice-mayors), who are not staff, as in the demo seed.
      const headquarters = place("headquarters", bureau, null, "事務");
      grant(headquarters, "HEADQUARTERS", null, false);
      headquartersId = headquarters.id;
    }
    for (const department of childrenOf(bureau)) {
      const director = place("departmentHead", department, head.id, department.category);
      grant(director, "SUPERVISOR", department.id, true);
      for (const section of childrenOf(department)) {
        const chief = place("sectionHead", section, director.id, section.category);
        grant(chief, "SUPERVISOR", section.id, true);
        if (section.hasAssistant) addMember(section.id, place("assistant", section, chief.id, section.category));
        for (const unit of childrenOf(section)) {
          const unitHead = place("unitHead", unit, chief.id, unit.category);
          grant(unitHead, "SUPERVISOR", unit.id, false);
          const members = Array.from({ length: membersOfLeaf.get(unit.id) ?? 0 }, () => place("member", unit, unitHead.id, unit.category));
          for (const member of members) addMember(unit.id, member);
          // 総務局 人事課 人材育成係 is the HR division (人材育成部門) and sees the whole city: its
          // 係長 and the handful of staff who run the portal's side of the policy.
          if (bureau.bureau === 0 && unit.name === "人材育成係" && hrDivisionIds.length === 0) {
            for (const person of [unitHead, ...members.slice(0, HR_DIVISION_STAFF)]) {
              grant(person, "HR_DIVISION", null, false);
              hrDivisionIds.push(person.id);
            }
          }
        }
      }
    }
  }

  // In about half the bureaus the coordinator has an HR member of staff of the bureau's first
  // 課 (its 総務課, as a rule) beside them, with the same grant.
  units
    .filter((unit) => unit.kind === "BUREAU")
    .forEach((bureau, b) => {
      const firstSection = units.find((unit) => unit.kind === "SECTION" && unit.path.startsWith(bureau.path));
      const firstUnit = firstSection && childrenOf(firstSection)[0];
      const candidates = (firstUnit ? (membersOf.get(firstUnit.id) ?? []) : [])
        .map((id) => people[id - 1] as PlannedPerson)
        .filter((person) => person.service >= 8);
      if (candidates.length > 0 && random.chance(0.55)) {
        const staffer = random.pick(candidates);
        grant(staffer, "BUREAU_COORDINATOR", bureau.id, true);
        coordinators[b]?.push(staffer.id);
      }
    });

  if (headquartersId === 0 || (hrDivisionIds.length === 0 && options.hrDivision !== false))
    throw new Error("dataset: the chart has no 人材育成係 in its first bureau");
  return { people, assignments, headquartersId, hrDivisionIds, bureauHeads, coordinators, membersOf };
}

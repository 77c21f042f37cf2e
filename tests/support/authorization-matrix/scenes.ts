import { isDeepStrictEqual } from "node:util";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { Role as DbRole, OrgUnitKind } from "@/lib/generated/prisma/enums";
import type { Relation, Role } from "./matrix";
import { mapPool } from "./pool";
import type { Unit, World } from "./world";

/**
 * A scene is one cell's cast: a fresh actor holding exactly one role (as the demo's people do:
 * demo-supervisor only leads their 係, demo-bureau only coordinates, demo-hr only has the HR
 * grant), and a fresh subject placed in the cell's relation to them. Fresh people per cell keep
 * the cells independent — a write allowed in one cell cannot change what another cell sees, and
 * "nothing written" can be checked by the actor's own footprint — so cells run concurrently.
 *
 * Employees and supervisors get a 係 of their own beside 企画係 (in 障害企画課, 健康福祉局), like
 * demo-employee and demo-supervisor: a thousand supervisors of one 係 would each be told of every
 * plan submitted in it, which is slow and tells nothing more. The transferred supervisor leads
 * a 係 of their own in 青葉区 now and led their old 係 until yesterday. For a co-supervisor the
 * subject sits in the actor's 係 and leads it too; for a subordinate the actor's 係 lies in a 課
 * of its own (under 健康福祉部), which the subject leads while placed in the actor's 係 — a 課
 * of the scene's own, so the subject's grant reaches no other scene. Coordinators sit in the
 * 健康福祉局 office, HR in 人材育成係, HQ in the 総務局 office, as the demo's people do.
 * Everyone joined this April: young staff, so OJT rules apply to every subject.
 */
export interface Scene {
  n: number;
  role: Role;
  relation: Relation;
  world: World;
  actor: Actor;
  /** the person the cell's record belongs to: a fresh one, or the actor for own / city / none */
  subject: number;
  /** the unit a team-level record in this relation belongs to */
  teamUnit: Unit;
  /** the 局 in this relation: the actor's own, or 青葉区 for other */
  bureau: Unit;
  /** a 課 in this relation, for the bureau dashboard's drill-down */
  section: Unit;
}

export interface SceneRequest {
  n: number;
  role: Role;
  relation: Relation;
}

interface Grant {
  role: DbRole;
  unitId: number | null;
  includeSubunits: boolean;
  validTo?: Date;
}

/**
 * The 係 a scene gets of its own (its actor's, or the transferred supervisor's old and new one),
 * and for a subordinate the 課 above the actor's 係.
 */
interface OwnUnits {
  team?: Unit;
  now?: Unit;
  section?: Unit;
}

// HR and HQ sit in 総務局; everyone else in 健康福祉局.
const inGeneralBureau = (role: Role) => role === "hr" || role === "hq";
const needsOwnTeam = (r: SceneRequest) => r.role === "employee" || r.role === "supervisor" || r.relation === "former";

function actorHome(r: SceneRequest, world: World, own: OwnUnits): Unit {
  if (r.relation === "former") return need(own.now);
  switch (r.role) {
    case "employee":
    case "supervisor":
      return need(own.team);
    case "coordinator":
      return world.healthBureau;
    case "hr":
      return world.hrUnit;
    case "hq":
      return world.generalBureau;
  }
}

function grantsOf(r: SceneRequest, world: World, own: OwnUnits): Grant[] {
  if (r.relation === "former") {
    return [
      { role: "SUPERVISOR", unitId: need(own.now).id, includeSubunits: false },
      { role: "SUPERVISOR", unitId: need(own.team).id, includeSubunits: false, validTo: world.yesterday },
    ];
  }
  switch (r.role) {
    case "employee":
      return [];
    case "supervisor":
      return [{ role: "SUPERVISOR", unitId: need(own.team).id, includeSubunits: false }];
    case "coordinator":
      return [{ role: "BUREAU_COORDINATOR", unitId: world.healthBureau.id, includeSubunits: true }];
    case "hr":
      return [{ role: "HR_DIVISION", unitId: null, includeSubunits: false }];
    case "hq":
      return [{ role: "HEADQUARTERS", unitId: null, includeSubunits: false }];
  }
}

/** The grants of the subject itself: it leads the actor's 係 beside them, or the 課 above it. */
function subjectGrantsOf(r: SceneRequest, own: OwnUnits): Grant[] {
  if (r.relation === "cosupervisor") return [{ role: "SUPERVISOR", unitId: need(own.team).id, includeSubunits: false }];
  if (r.relation === "subordinate") return [{ role: "SUPERVISOR", unitId: need(own.section).id, includeSubunits: true }];
  return [];
}

/** Where the subject sits; null when the subject is the actor. */
function subjectHome(r: SceneRequest, world: World, own: OwnUnits): Unit | null {
  switch (r.relation) {
    case "team":
      return actorHome(r, world, own);
    case "bureau":
      return inGeneralBureau(r.role) ? world.gs : world.j;
    case "other":
    case "trainer":
      return world.a;
    case "former":
    case "cosupervisor":
    case "subordinate":
      return need(own.team);
    case "own":
    case "city":
    case "none":
      return null;
  }
}

function places(r: SceneRequest, world: World, own: OwnUnits): Pick<Scene, "teamUnit" | "bureau" | "section"> {
  const general = inGeneralBureau(r.role);
  const ownBureau = general ? world.generalBureau : world.healthBureau;
  const ownSection = general ? world.gsSection : world.kSection;
  switch (r.relation) {
    case "bureau":
      return { teamUnit: general ? world.gs : world.j, bureau: ownBureau, section: ownSection };
    case "other":
    case "trainer":
      return { teamUnit: world.a, bureau: world.aobaBureau, section: world.aSection };
    case "former":
      return { teamUnit: need(own.team), bureau: world.healthBureau, section: world.kSection };
    default:
      return { teamUnit: actorHome(r, world, own), bureau: ownBureau, section: ownSection };
  }
}

function need(unit: Unit | undefined): Unit {
  if (!unit) throw new Error("scene without the 係 it needs");
  return unit;
}

const LONG_AGO = new Date(Date.UTC(2020, 3, 1));

interface NewUnit {
  code: string;
  parent: Unit;
  kind: OrgUnitKind;
}

/** Units under existing ones, several at once: inserted, then given their paths in one statement. */
async function createUnits(wanted: readonly NewUnit[]): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>();
  for (const chunk of chunks(wanted, 2_000)) {
    await db.orgUnit.createMany({
      data: chunk.map(({ code, parent, kind }) => ({
        code,
        name: `試験${kind === "UNIT" ? "係" : "課"} ${code}`,
        kind,
        parentId: parent.id,
        path: "/",
        position: 900,
      })),
    });
  }
  const codes = wanted.map((unit) => unit.code);
  await db.$executeRaw`UPDATE org_unit u SET path = p.path || u.id || '/' FROM org_unit p WHERE p.id = u.parent_id AND u.path = '/' AND u.code = ANY(${codes})`;
  const rows = await db.orgUnit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, path: true } });
  for (const row of rows) units.set(row.code, row);
  return units;
}

/** Makes every scene's units, people and role assignments in a few statements, then its actor. */
export async function createScenes(world: World, requests: readonly SceneRequest[]): Promise<Map<number, Scene>> {
  const sections = await createUnits(
    requests.filter((r) => r.relation === "subordinate").map((r) => ({ code: `AZ-S-${r.n}`, parent: world.kDepartment, kind: "SECTION" })),
  );
  const teamParent = (r: SceneRequest) => (r.relation === "subordinate" ? need(sections.get(`AZ-S-${r.n}`)) : world.kSection);
  const teams = await createUnits(requests.filter(needsOwnTeam).map((r) => ({ code: `AZ-K-${r.n}`, parent: teamParent(r), kind: "UNIT" })));
  const nows = await createUnits(requests.filter((r) => r.relation === "former").map((r) => ({ code: `AZ-A-${r.n}`, parent: world.aSection, kind: "UNIT" })));
  const own = new Map(
    requests.map((r) => [r.n, { team: teams.get(`AZ-K-${r.n}`), now: nows.get(`AZ-A-${r.n}`), section: sections.get(`AZ-S-${r.n}`) } satisfies OwnUnits]),
  );
  const ownOf = (n: number) => own.get(n) ?? {};

  const joinedOn = new Date(Date.UTC(world.fy, 3, 1));
  const person = (staffNumber: string, unit: Unit, supervisorId: number | null = null) => ({
    staffNumber,
    name: `試験 ${staffNumber}`,
    nameKana: "シケン",
    jobCategory: "事務",
    rank: "主事",
    joinedOn,
    unitId: unit.id,
    supervisorId,
  });
  const sceneNumber = (staffNumber: string) => Number(staffNumber.split("-")[1]);
  const actors = new Map<number, number>();
  for (const chunk of chunks(requests, 2_000)) {
    const rows = await db.employee.createManyAndReturn({
      data: chunk.map((r) => person(`AZ-${r.n}-A`, actorHome(r, world, ownOf(r.n)))),
      select: { id: true, staffNumber: true },
    });
    for (const created of rows) actors.set(sceneNumber(created.staffNumber), created.id);
  }
  const actorOf = (n: number) => {
    const id = actors.get(n);
    if (id === undefined) throw new Error(`scene ${n} has no actor`);
    return id;
  };
  const subjects = new Map<number, number>();
  const withSubject = requests.flatMap((r) => {
    const home = subjectHome(r, world, ownOf(r.n));
    // The transferred supervisor is still named as the subject's supervisor in the old row.
    return home ? [person(`AZ-${r.n}-S`, home, r.relation === "former" ? actorOf(r.n) : null)] : [];
  });
  for (const chunk of chunks(withSubject, 2_000)) {
    const rows = await db.employee.createManyAndReturn({ data: chunk, select: { id: true, staffNumber: true } });
    for (const created of rows) subjects.set(sceneNumber(created.staffNumber), created.id);
  }
  const subjectOf = (n: number) => {
    const id = subjects.get(n);
    if (id === undefined) throw new Error(`scene ${n} has no subject`);
    return id;
  };
  const assignment = (employeeId: number) => (grant: Grant) => ({
    employeeId,
    role: grant.role,
    unitId: grant.unitId,
    includeSubunits: grant.includeSubunits,
    validFrom: LONG_AGO,
    validTo: grant.validTo ?? null,
  });
  const assignments = requests.flatMap((r) => [
    ...grantsOf(r, world, ownOf(r.n)).map(assignment(actorOf(r.n))),
    ...subjectGrantsOf(r, ownOf(r.n)).map((grant) => assignment(subjectOf(r.n))(grant)),
  ]);
  for (const chunk of chunks(assignments, 5_000)) await db.roleAssignment.createMany({ data: chunk });

  const built = await buildActors(
    world,
    requests.map((r) => actorOf(r.n)),
  );
  // The actors are built in one query (loadActor would take one per cell); loadActor itself
  // reads one actor of every kind of scene, and the two must agree, or the run stops here.
  const samples = new Map(requests.map((r) => [`${r.role}/${r.relation}`, actorOf(r.n)]));
  await mapPool([...samples.values()], 8, async (id) => {
    const loaded = await loadActor(db, id, world.today);
    if (!isDeepStrictEqual(loaded, built.get(id)))
      throw new Error(`actor ${id}: built ${JSON.stringify(built.get(id))}, loadActor read ${JSON.stringify(loaded)}`);
  });
  const scenes = new Map<number, Scene>();
  for (const r of requests) {
    const actor = built.get(actorOf(r.n));
    if (!actor) throw new Error(`scene ${r.n}: the actor did not load`);
    scenes.set(r.n, { ...r, world, actor, subject: subjects.get(r.n) ?? actor.employeeId, ...places(r, world, ownOf(r.n)) });
  }
  return scenes;
}

/** loadActor's reading of many people at once: the same select and the same rules. */
async function buildActors(world: World, ids: readonly number[]): Promise<Map<number, Actor>> {
  const day = toDateColumn(world.today);
  const rows = await db.employee.findMany({
    where: { id: { in: [...ids] }, active: true },
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
    },
  });
  return new Map(
    rows.map((employee) => [
      employee.id,
      {
        employeeId: employee.id,
        staffNumber: employee.staffNumber,
        name: employee.name,
        unitId: employee.unitId,
        grants: [
          { role: "EMPLOYEE" as const, unitId: employee.unitId, unitName: employee.unit.name, unitPath: employee.unit.path, includeSubunits: false },
          ...employee.assignments
            .filter((a) => a.role !== "EMPLOYEE" && (a.unit !== null || a.role === "HR_DIVISION" || a.role === "HEADQUARTERS"))
            .map((a) => ({
              role: a.role,
              unitId: a.unitId,
              unitName: a.unit?.name ?? null,
              unitPath: a.unit?.path ?? null,
              includeSubunits: a.includeSubunits,
            })),
        ],
      },
    ]),
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

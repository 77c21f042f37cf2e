import { randomUUID } from "node:crypto";
import { afterEach, assert, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { sessionConfig } from "@/lib/platform/auth/session-config";
import { type Actor, highestRole, rolesHeld } from "@/lib/platform/auth/roles";
import { getBureauSectionFigures } from "@/lib/insight/dashboards/bureau-figures";
import { getCityOverview } from "@/lib/insight/dashboards/city-dashboard";
import { parseCityFilters } from "@/lib/insight/dashboards/city-filters";
import { tokyoDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { AppError } from "@/lib/platform/errors";
import { getOwnProfile } from "@/lib/people/org/get-own-profile";
import { findTeamOverview } from "@/lib/people/team/find-team-overview";
import { DEMO_SIGN_INS, type DemoStaffNumber } from "@/prisma/seed/demo-org-chart";

/**
 * Who may see whom, checked against the demo organisation through what the pages read: the
 * team page (findTeamOverview), the bureau dashboard (getBureauSectionFigures) and the city
 * view (getCityOverview). Expected sets are computed with hand-written SQL rather than through
 * lib/people/org/scope.ts, so a wrong scope cannot agree with itself. Other test files share the database and run in parallel, so extra rows made here
 * carry unique staff numbers and are removed after each test.
 */

const DAY_MS = 86_400_000;
const tag = randomUUID().slice(0, 8);
let sequence = 0;
const madeEmployees: number[] = [];
const madeUnits: number[] = [];

afterEach(async () => {
  await db.employee.deleteMany({ where: { id: { in: madeEmployees.splice(0) } } });
  await db.orgUnit.deleteMany({ where: { id: { in: madeUnits.splice(0) } } });
});

const today = () => tokyoDate();
const fiscalYear = () => fiscalYearOf(today());
const dayOffset = (days: number) => new Date(toDateColumn(today()).getTime() + days * DAY_MS);

async function employeeId(staffNumber: string): Promise<number> {
  return (await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } })).id;
}

async function actorOf(staffNumber: DemoStaffNumber): Promise<Actor> {
  const actor = await loadActor(db, await employeeId(staffNumber), today());
  if (!actor) throw new Error(`no actor for ${staffNumber}`);
  return actor;
}

async function unitByPathName(...names: string[]): Promise<{ id: number; path: string }> {
  // Walks down by name, because 企画係 exists in two sections.
  let parentId: number | null = null;
  let unit: { id: number; path: string } | null = null;
  for (const name of names) {
    unit = await db.orgUnit.findFirstOrThrow({ where: { name, parentId }, select: { id: true, path: true } });
    parentId = unit.id;
  }
  if (!unit) throw new Error("no unit names given");
  return unit;
}

async function newEmployee(data: { unitId: number; supervisorId?: number; active?: boolean; joinedOn?: Date }) {
  sequence += 1;
  const employee = await db.employee.create({
    data: {
      staffNumber: `it-scope-${tag}-${sequence}`,
      name: `試験 ${sequence}`,
      nameKana: "シケン",
      jobCategory: "事務",
      rank: "主事",
      joinedOn: data.joinedOn ?? new Date(Date.UTC(2000, 3, 1)),
      unitId: data.unitId,
      supervisorId: data.supervisorId ?? null,
      active: data.active ?? true,
    },
    select: { id: true },
  });
  madeEmployees.push(employee.id);
  return employee.id;
}

/** A unit outside every bureau, so employees parked there do not change any bureau's counts. */
async function detachedUnit(): Promise<number> {
  const unit = await db.orgUnit.create({ data: { code: `it-scope-${tag}-${++sequence}`, name: "試験係", kind: "UNIT", path: "/" } });
  await db.orgUnit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
  madeUnits.push(unit.id);
  return unit.id;
}

const subtreeCount = async (path: string) =>
  (
    await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id
      WHERE e.active AND u.path LIKE ${path} || '%'`
  )[0]?.n;

const activeEmployees = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM employee WHERE active`)[0]?.n;

/** Counts of young staff, with the cut-off computed in SQL from the Tokyo date. */
const youngCount = async (path: string, years: number) =>
  (
    await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id
      WHERE e.active AND u.path LIKE ${path} || '%'
        AND e.joined_on > ((now() AT TIME ZONE 'Asia/Tokyo')::date - make_interval(years => ${years}::int))::date`
  )[0]?.n;

/** The team page's people; the demo teams are small enough to be listed whole (SMALL_TEAM). */
const teamMembers = async (actor: Actor) => (await findTeamOverview(actor, fiscalYear())).members;
/** The bureau dashboard's 課, every page of them. */
const bureauSections = async (actor: Actor) => (await getBureauSectionFigures(actor, { fiscalYear: fiscalYear() })).sections;
/** The city view's 局・区 as the page reads them with no filter in the URL. */
const cityView = (actor: Actor) => getCityOverview(actor, parseCityFilters({}, fiscalYear()));
/** Each bureau's head-count, or its young staff; null when the city view withholds it (small-groups.ts). */
const cityCounts = async (actor: Actor, key: "members" | "young") =>
  (await cityView(actor)).bureaus.map((row) => ({ id: row.id, name: row.name, count: row.figures[key] }));

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  expect(error.code).toBe("NOT_FOUND");
}

describe("demo actors", () => {
  it("each demo sign-in lands on the role it is listed under", async () => {
    for (const signIn of DEMO_SIGN_INS) {
      const actor = await actorOf(signIn.staffNumber);
      expect([signIn.staffNumber, highestRole(actor)]).toEqual([signIn.staffNumber, signIn.role]);
      expect(rolesHeld(actor)).toContain("EMPLOYEE");
    }
    expect(rolesHeld(await actorOf("demo-employee"))).toEqual(["EMPLOYEE"]);
    expect(rolesHeld(await actorOf("demo-supervisor"))).toEqual(["SUPERVISOR", "EMPLOYEE"]);
  });
});

describe("employee", () => {
  it("sees only their own record through getOwnProfile", async () => {
    const actor = await actorOf("demo-employee");
    const profile = await getOwnProfile(actor);
    expect(profile.id).toBe(actor.employeeId);
    expect(profile.staffNumber).toBe("demo-employee");
    expect(profile.name).toBe("青葉 花子");
    expect(profile.supervisor?.name).toBe("泉 健太");
    expect(profile.unitChain.map((unit) => unit.name)).toEqual(["健康福祉局", "健康福祉部", "障害企画課", "企画係"]);
  });

  it("is answered NOT_FOUND when acting in a role not held", async () => {
    const employee = await actorOf("demo-employee");
    await expectNotFound(teamMembers(employee));
    await expectNotFound(bureauSections(employee));
    await expectNotFound(cityView(employee));
    // Holding one elevated role does not open another.
    await expectNotFound(bureauSections(await actorOf("demo-supervisor")));
    await expectNotFound(teamMembers(await actorOf("demo-hr")));
    await expectNotFound(bureauSections(await actorOf("demo-hq")));
    await expectNotFound(cityView(await actorOf("demo-bureau")));
  });
});

describe("supervisor", () => {
  const expectedTeam = async (supervisorId: number) =>
    (
      await db.$queryRaw<{ id: number }[]>`
        SELECT e.id FROM employee e
        WHERE e.active AND e.id <> ${supervisorId}
          AND e.unit_id IN (SELECT ra.unit_id FROM role_assignment ra
                            WHERE ra.employee_id = ${supervisorId} AND ra.role = 'SUPERVISOR'
                              AND ra.valid_from <= ${toDateColumn(today())}::date
                              AND (ra.valid_to IS NULL OR ra.valid_to >= ${toDateColumn(today())}::date))
        ORDER BY e.id`
    ).map((row) => row.id);

  it("leads 企画係: demo-employee and its other member, never themself", async () => {
    const actor = await actorOf("demo-supervisor");
    const team = await teamMembers(actor);
    const ids = team.map((member) => member.id);
    expect(ids).not.toContain(actor.employeeId);
    expect(ids).toContain(await employeeId("demo-employee"));
    expect(team).toHaveLength(2);
    expect(new Set(team.map((member) => member.unitTrail.at(-1)))).toEqual(new Set(["企画係"]));
    expect([...ids].sort((a, b) => a - b)).toEqual(await expectedTeam(actor.employeeId));
  });

  // Scope follows the units led today, not employee.supervisor_id: that link outlives a
  // transfer, so a "direct report" in a unit the supervisor does not lead stays out.
  it("takes in a new unit member, but no neighbour, leaver or stale direct report elsewhere", async () => {
    const actor = await actorOf("demo-supervisor");
    const own = await unitByPathName("健康福祉局", "健康福祉部", "障害企画課", "企画係");
    const sibling = await unitByPathName("健康福祉局", "健康福祉部", "障害企画課", "事業係");
    const joiner = await newEmployee({ unitId: own.id });
    const leaver = await newEmployee({ unitId: own.id, active: false });
    const neighbour = await newEmployee({ unitId: sibling.id });
    const remoteReport = await newEmployee({ unitId: await detachedUnit(), supervisorId: actor.employeeId });

    const ids = (await teamMembers(actor)).map((member) => member.id);
    expect(ids).toContain(joiner);
    expect(ids).not.toContain(remoteReport);
    expect(ids).not.toContain(leaver);
    expect(ids).not.toContain(neighbour);
    expect([...ids].sort((a, b) => a - b)).toEqual(await expectedTeam(actor.employeeId));
  });
});

describe("bureau coordinator", () => {
  it("sees exactly the sections of 健康福祉局, each with its subtree's head-count", async () => {
    const actor = await actorOf("demo-bureau");
    const bureau = await unitByPathName("健康福祉局");
    const sections = await bureauSections(actor);
    const expected = await db.$queryRaw<{ id: number; name: string; path: string }[]>`
      SELECT id, name, path FROM org_unit
      WHERE kind = 'SECTION' AND retired_at IS NULL AND path LIKE ${bureau.path} || '%' ORDER BY id`;
    // The dashboard puts the sections needing attention first: the set is what is checked here.
    expect(sections.map((s) => s.name).sort()).toEqual(["健康政策課", "社会課", "障害企画課"].sort());
    expect(sections.map((s) => s.id).sort((a, b) => a - b)).toEqual(expected.map((s) => s.id));
    for (const section of expected) {
      const row = sections.find((s) => s.id === section.id);
      expect([section.name, row?.members]).toEqual([section.name, await subtreeCount(section.path)]);
    }
    expect(sections.find((s) => s.name === "社会課")?.departmentName).toBe("健康福祉部");
    // 障害企画課: its 課長, two 係長 and 2 + 2 members.
    expect(sections.find((s) => s.name === "障害企画課")?.members).toBe(7);
  });

  // The bureau row is the sum of its 課: staff of the bureau's own offices, above every 課, are
  // in the city view's count of the bureau but in no section here.
  it("has only their own bureau to choose, its total every 課's staff", async () => {
    const bureau = await unitByPathName("健康福祉局");
    const figures = await getBureauSectionFigures(await actorOf("demo-bureau"), { fiscalYear: fiscalYear() });
    const [inSections] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id
      WHERE e.active AND EXISTS (SELECT 1 FROM org_unit s WHERE s.kind = 'SECTION' AND s.retired_at IS NULL
                                   AND s.path LIKE ${bureau.path} || '%' AND u.path LIKE s.path || '%')`;
    expect(figures.bureaus.map((b) => b.name)).toEqual(["健康福祉局"]);
    expect([figures.bureau.name, figures.total.members]).toEqual(["健康福祉局", inSections?.n]);
    // The demo bureau has staff above its 課, so this tells the two counts apart.
    expect(inSections?.n).toBeLessThan((await subtreeCount(bureau.path)) ?? 0);
  });

  // A 係長 who leads two 係 at once (兼務) holds two SUPERVISOR assignments: still one member.
  it("counts a person with two current supervisor assignments once", async () => {
    const jigyo = await unitByPathName("健康福祉局", "健康福祉部", "障害企画課", "事業係");
    const kikaku = await unitByPathName("健康福祉局", "健康福祉部", "障害企画課", "企画係");
    const section = await unitByPathName("健康福祉局", "健康福祉部", "障害企画課");
    const dual = await newEmployee({ unitId: jigyo.id });
    await db.roleAssignment.createMany({
      data: [jigyo.id, kikaku.id].map((unitId) => ({ employeeId: dual, role: "SUPERVISOR" as const, unitId, validFrom: dayOffset(-30) })),
    });
    const sections = await bureauSections(await actorOf("demo-bureau"));
    expect(sections.find((s) => s.id === section.id)?.members).toBe(await subtreeCount(section.path));
  });
});

describe("city view", () => {
  it("HR sees the three bureaus, totalling every active employee", async () => {
    const rows = await cityCounts(await actorOf("demo-hr"), "members");
    expect(rows.map((row) => row.name)).toEqual(["総務局", "健康福祉局", "青葉区"]);
    expect(rows.reduce((sum, row) => sum + (row.count ?? 0), 0)).toBe(await activeEmployees());
    for (const row of rows) {
      const { path } = await db.orgUnit.findUniqueOrThrow({ where: { id: row.id }, select: { path: true } });
      expect([row.name, row.count]).toEqual([row.name, await subtreeCount(path)]);
    }
  });

  it("HQ reads the same city view as HR", async () => {
    const hr = await cityView(await actorOf("demo-hr"));
    const hq = await cityView(await actorOf("demo-hq"));
    expect(hq.bureaus).toEqual(hr.bureaus);
    expect(hq.bureaus).toHaveLength(3);
  });
});

describe("young staff follows the youngStaffYears setting", () => {
  it("changes the counts and flags when HR changes the threshold", async () => {
    const original = await db.setting.findUnique({ where: { key: "youngStaffYears" } });
    const setYears = (value: number) => db.setting.upsert({ where: { key: "youngStaffYears" }, create: { key: "youngStaffYears", value }, update: { value } });
    const coordinator = await actorOf("demo-bureau");
    const bureau = await unitByPathName("健康福祉局");
    const employee = await actorOf("demo-employee");
    const supervisor = await actorOf("demo-supervisor");
    // demo-employee joined on 1 April 2024, so they are young under a threshold of one more
    // than their full years of service and not young under exactly that many.
    const now = today();
    const served = now.year - 2024 - (now.month < 4 ? 1 : 0);
    expect(served).toBeGreaterThanOrEqual(1);
    try {
      for (const [years, young] of [
        [served + 1, true],
        [served, false],
      ] as const) {
        await setYears(years);
        for (const row of await bureauSections(coordinator)) {
          const { path } = await db.orgUnit.findUniqueOrThrow({ where: { id: row.id }, select: { path: true } });
          expect([years, row.name, row.young]).toEqual([years, row.name, await youngCount(path, years)]);
        }
        const profile = await getOwnProfile(employee);
        expect([profile.youngStaffYears, profile.youngStaff]).toEqual([years, young]);
        const member = (await teamMembers(supervisor)).find((m) => m.id === employee.employeeId);
        expect(member?.youngStaff).toBe(young);
      }
      // The test only means something if the threshold moves the numbers.
      expect(await youngCount(bureau.path, served)).toBeLessThan((await youngCount(bureau.path, served + 1)) ?? 0);
    } finally {
      if (original) await db.setting.update({ where: { key: original.key }, data: { value: original.value ?? 10 } });
      else await db.setting.deleteMany({ where: { key: "youngStaffYears" } });
    }
  });
});

describe("role dating and inactive accounts", () => {
  it("grants a role only between validFrom and validTo, both inclusive", async () => {
    const kikaku = await unitByPathName("健康福祉局", "健康福祉部", "障害企画課", "企画係");
    const unitId = await detachedUnit();
    const ended = await newEmployee({ unitId });
    const future = await newEmployee({ unitId });
    const lastDay = await newEmployee({ unitId });
    const firstDay = await newEmployee({ unitId });
    const supervise = (employeeId: number, validFrom: Date, validTo: Date | null) =>
      db.roleAssignment.create({ data: { employeeId, role: "SUPERVISOR", unitId: kikaku.id, validFrom, validTo } });
    await supervise(ended, dayOffset(-30), dayOffset(-1));
    await supervise(future, dayOffset(1), null);
    await supervise(lastDay, dayOffset(-30), dayOffset(0));
    await supervise(firstDay, dayOffset(0), null);

    for (const id of [ended, future]) {
      const actor = await loadActor(db, id, today());
      expect(actor?.grants.map((grant) => grant.role)).toEqual(["EMPLOYEE"]);
      await expectNotFound(teamMembers(actor as Actor));
    }
    for (const id of [lastDay, firstDay]) {
      const actor = await loadActor(db, id, today());
      expect(actor?.grants.map((grant) => [grant.role, grant.unitId])).toEqual([
        ["EMPLOYEE", unitId],
        ["SUPERVISOR", kikaku.id],
      ]);
    }
  });

  it("returns null for an inactive employee, even one with current roles, and for an unknown id", async () => {
    const inactive = await newEmployee({ unitId: await detachedUnit(), active: false });
    await db.roleAssignment.create({ data: { employeeId: inactive, role: "HR_DIVISION", validFrom: dayOffset(-30) } });
    expect(await loadActor(db, inactive, today())).toBeNull();
    expect(await loadActor(db, 2_000_000_000, today())).toBeNull();
  });

  it("refuses a session begun before the person's last sign-out, and accepts one begun after", async () => {
    const id = await newEmployee({ unitId: await detachedUnit() });
    const signedOutAt = new Date("2026-06-01T03:00:00.500Z");
    const seconds = (date: string) => Math.floor(new Date(date).getTime() / 1000);
    expect(await loadActor(db, id, today(), { signedInAt: seconds("2026-06-01T02:00:00Z") })).not.toBeNull();
    await db.employee.update({ where: { id }, data: { sessionsValidAfter: signedOutAt } });
    expect(await loadActor(db, id, today(), { signedInAt: seconds("2026-06-01T02:00:00Z") })).toBeNull();
    expect(await loadActor(db, id, today(), { signedInAt: seconds("2026-06-01T03:00:00Z") })).toBeNull();
    expect(await loadActor(db, id, today(), { signedInAt: seconds("2026-06-01T03:00:01Z") })).not.toBeNull();
    // Without a session (scripts, tests) there is nothing to compare.
    expect(await loadActor(db, id, today())).not.toBeNull();
  });

  // Signing out and straight back in on a shared PC often falls in one second: the session began
  // after the sign-out and is the person's, though its second is the sign-out's.
  it("accepts a session begun in the same second as the last sign-out but after it, and refuses one begun before it", async () => {
    const id = await newEmployee({ unitId: await detachedUnit() });
    const signInAt = async (instant: string) => {
      vi.setSystemTime(new Date(instant));
      // The session's clock as Auth.js starts it at sign-in.
      const token = await sessionConfig.callbacks.jwt({
        token: { sub: String(id) },
        account: { provider: "password", type: "credentials", providerAccountId: String(id) },
      } as Parameters<typeof sessionConfig.callbacks.jwt>[0]);
      return (token as { signedInAt: number }).signedInAt;
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const before = await signInAt("2026-06-01T03:00:00.200Z");
      const after = await signInAt("2026-06-01T03:00:00.800Z");
      await db.employee.update({ where: { id }, data: { sessionsValidAfter: new Date("2026-06-01T03:00:00.500Z") } });
      expect(await loadActor(db, id, today(), { signedInAt: after })).not.toBeNull();
      expect(await loadActor(db, id, today(), { signedInAt: before })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

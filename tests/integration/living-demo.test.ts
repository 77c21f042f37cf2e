import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { getCityOverview } from "@/lib/dashboards/city-dashboard";
import { CITY_FIGURES } from "@/lib/dashboards/city-export-tables";
import { parseCityFilters } from "@/lib/dashboards/city-filters";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getHqReport } from "@/lib/report/get-hq-report";
import { CITY_CHART } from "@/prisma/dataset/org-chart";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-org-chart";
import { seedLivingDemo } from "@/prisma/seed/living-demo";
import { closeOwnDatabase, openOwnDatabase, ownDatabaseUrl } from "@/tests/support/own-database";

/**
 * The first `npm start`'s data (prisma/seed/living-demo.ts) on a fresh database: the demo
 * accounts beside a small generated city, so that the HR division's city view has a figure in
 * every column for every bureau, read through the function the /city page reads.
 */

vi.mock("@/lib/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

let db: PrismaClient;
const today = tokyoDate();
const FY = fiscalYearOf(today);

async function actorOf(staffNumber: string): Promise<Actor> {
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
  const actor = await loadActor(db, id, today);
  if (!actor) throw new Error(`no actor for ${staffNumber}`);
  return actor;
}

beforeAll(async () => {
  db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_living", (client, url) => seedLivingDemo(url, client));
}, 240_000);

afterAll(async () => {
  await closeOwnDatabase();
});

describe("the living demo", () => {
  it("holds a few hundred staff, every bureau of the city once (the demo's joined, not doubled), and loads only once", async () => {
    const staff = await db.employee.count({ where: { active: true } });
    expect(staff).toBeGreaterThanOrEqual(300);
    expect(staff).toBeLessThan(1_000);
    const bureaus = await db.orgUnit.findMany({ where: { kind: "BUREAU" }, select: { name: true } });
    expect(bureaus.length).toBe(CITY_CHART.length);
    expect(new Set(bureaus.map((b) => b.name)).size).toBe(bureaus.length);
    expect(await seedLivingDemo(ownDatabaseUrl(), db)).toEqual({ seeded: false });
    expect(await db.employee.count({ where: { active: true } })).toBe(staff);
  });

  it("keeps the demo accounts where the README puts them", async () => {
    for (const { staffNumber, role } of DEMO_SIGN_INS) {
      const actor = await actorOf(staffNumber);
      expect(actor.grants.some((grant) => grant.role === role) || role === "EMPLOYEE", staffNumber).toBe(true);
    }
    const employee = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-employee" }, select: { unit: { select: { trail: true } }, supervisor: { select: { staffNumber: true } } } });
    expect(employee.supervisor?.staffNumber).toBe("demo-supervisor");
    expect(employee.unit.trail).toEqual(["健康福祉局", "健康福祉部", "障害企画課", "企画係"]);
    // demo-bureau coordinates the one 健康福祉局, in which the generated city has staff too.
    const coordinator = await actorOf("demo-bureau");
    const bureau = await db.orgUnit.findFirstOrThrow({ where: { kind: "BUREAU", name: "健康福祉局" }, select: { id: true, path: true } });
    expect(coordinator.grants).toContainEqual(expect.objectContaining({ role: "BUREAU_COORDINATOR", unitId: bureau.id }));
    expect(await db.employee.count({ where: { active: true, unit: { path: { startsWith: bureau.path } }, NOT: { staffNumber: { startsWith: "demo-" } } } })).toBeGreaterThan(20);
  });

  it("shows the HR division a figure in every column of the city view, for every bureau and the city", async () => {
    const view = await getCityOverview(await actorOf("demo-hr"), parseCityFilters({}, FY), { today });
    expect(view.bureaus).toHaveLength(CITY_CHART.length);
    for (const row of [...view.bureaus, { ...view.total, name: "全市" }]) {
      expect(row.withheld, row.name).toBe(false);
      expect(row.youngWithheld, row.name).toBe(false);
      for (const key of CITY_FIGURES) expect(row.figures[key], `${row.name} ${key}`).toBeGreaterThan(0);
    }
  });

  it("gives the headquarters report a figure for every bureau", async () => {
    const { comparison } = await getHqReport(await actorOf("demo-hq"), { fiscalYear: FY, today, figureCacheSeconds: 0 });
    for (const row of [...comparison.bureaus, { ...comparison.city, name: "全市" }]) {
      for (const figure of ["members", "approvalRate", "ojtCoverage", "hoursPerMember", "interviewRate"] as const) expect(row[figure], `${row.name} ${figure}`).toBeGreaterThan(0);
    }
  });
});

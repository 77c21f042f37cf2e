import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { getCityOverview } from "@/lib/insight/dashboards/city-dashboard";
import { CITY_FIGURES } from "@/lib/insight/dashboards/city-export-layout";
import { parseCityFilters } from "@/lib/insight/dashboards/city-filters";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getHqReport } from "@/lib/insight/hq-report/get-hq-report";
import { CITY_CHART } from "@/prisma/dataset/org-chart";
import { DEMO_SIGN_INS } from "@/prisma/seed/demo-org-chart";
import { seedLivingDemo } from "@/prisma/seed/living-demo";
import { closeOwnDatabase, openOwnDatabase, ownDatabaseUrl } from "@/tests/support/own-database";

/**
 * The first `npm start`'s data (prisma/seed/living-demo.ts) on a fresh database: the demo
 * accounts beside a small generated city, so that the HR division's city view has a figure in
 * every column for every bureau, read through the function the /city page reads. On a fixed
 * day rather than today, and on two: two days into a new fiscal year, when nothing of it is done
 * yet and the last complete year is what shows a living city, and late in a year.
 */

vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

/** Two days into FY2027, and five weeks before the end of FY2026. */
const DAYS: { when: string; today: CalendarDate }[] = [
  { when: "early in April", today: { year: 2027, month: 4, day: 3 } },
  { when: "late in the year", today: { year: 2027, month: 3, day: 10 } },
];

describe.each(DAYS)("the living demo $when", ({ today }) => {
  let db: PrismaClient;
  const FY = fiscalYearOf(today);
  // Early in April the year has barely begun: its plans are not yet written, let alone
  // approved, and the demo shows a living city through the year just ended.
  const early = today.month === 4 && today.day <= 15;
  const fullYear = early ? FY - 1 : FY;

  async function actorOf(staffNumber: string): Promise<Actor> {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, today);
    if (!actor) throw new Error(`no actor for ${staffNumber}`);
    return actor;
  }

  beforeAll(async () => {
    db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_living", (client, url) => seedLivingDemo(url, client, { today }));
  }, 240_000);

  afterAll(async () => {
    await closeOwnDatabase();
  });

  it("holds a few hundred staff, every bureau of the city once (the demo's joined, not doubled), and loads only once", async () => {
    const staff = await db.employee.count({ where: { active: true } });
    expect(staff).toBeGreaterThanOrEqual(300);
    expect(staff).toBeLessThan(1_000);
    const bureaus = await db.orgUnit.findMany({ where: { kind: "BUREAU" }, select: { name: true } });
    expect(bureaus.length).toBe(CITY_CHART.length);
    expect(new Set(bureaus.map((b) => b.name)).size).toBe(bureaus.length);
    expect(await seedLivingDemo(ownDatabaseUrl(), db, { today })).toEqual({ seeded: false });
    expect(await db.employee.count({ where: { active: true } })).toBe(staff);
  });

  it("dates nothing after its day: what is done is done by then, the year's open tasks still open", async () => {
    // The first instant of the next day in Tokyo, as a UTC timestamp.
    const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1) - 9 * 3_600_000);
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day));
    expect(await db.reviewEvent.count({ where: { at: { gte: tomorrow } } })).toBe(0);
    expect(await db.trainingRecord.count({ where: { endOn: { gt: day } } })).toBe(0);
    expect(await db.ojtSession.count({ where: { heldOn: { gt: day } } })).toBe(0);
    expect(await db.careerInterview.count({ where: { heldOn: { gt: day } } })).toBe(0);
    expect(await db.commitmentProgress.count({ where: { recordedOn: { gt: day } } })).toBe(0);
    // demo-supervisor's task, whatever the day: a colleague's plan of this year to review.
    const supervisor = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-supervisor" }, select: { id: true } });
    expect(await db.developmentPlan.count({ where: { fiscalYear: FY, status: "SUBMITTED", employee: { supervisorId: supervisor.id } } })).toBeGreaterThan(0);
  });

  it("keeps the demo accounts where the README puts them", async () => {
    for (const { staffNumber, role } of DEMO_SIGN_INS) {
      const actor = await actorOf(staffNumber);
      expect(actor.grants.some((grant) => grant.role === role) || role === "EMPLOYEE", staffNumber).toBe(true);
    }
    const employee = await db.employee.findUniqueOrThrow({
      where: { staffNumber: "demo-employee" },
      select: { unit: { select: { trail: true } }, supervisor: { select: { staffNumber: true } } },
    });
    expect(employee.supervisor?.staffNumber).toBe("demo-supervisor");
    expect(employee.unit.trail).toEqual(["健康福祉局", "健康福祉部", "障害企画課", "企画係"]);
    // demo-bureau coordinates the one 健康福祉局, in which the generated city has staff too.
    const coordinator = await actorOf("demo-bureau");
    const bureau = await db.orgUnit.findFirstOrThrow({ where: { kind: "BUREAU", name: "健康福祉局" }, select: { id: true, path: true } });
    expect(coordinator.grants).toContainEqual(expect.objectContaining({ role: "BUREAU_COORDINATOR", unitId: bureau.id }));
    expect(
      await db.employee.count({ where: { active: true, unit: { path: { startsWith: bureau.path } }, NOT: { staffNumber: { startsWith: "demo-" } } } }),
    ).toBeGreaterThan(20);
  });

  it("shows the HR division a figure in every column of the city view, for every bureau and the city, of the last year with a full picture", async () => {
    const hr = await actorOf("demo-hr");
    const view = await getCityOverview(hr, parseCityFilters({ fy: String(fullYear) }, FY), { today });
    expect(view.bureaus).toHaveLength(CITY_CHART.length);
    for (const row of [...view.bureaus, { ...view.total, name: "全市" }]) {
      expect(row.withheld, row.name).toBe(false);
      expect(row.youngWithheld, row.name).toBe(false);
      for (const key of CITY_FIGURES) expect(row.figures[key], `${row.name} ${key}`).toBeGreaterThan(0);
    }
    // The year in progress has its staff in every bureau, whatever is done of it yet.
    const current = await getCityOverview(hr, parseCityFilters({}, FY), { today });
    for (const row of current.bureaus) expect(row.figures.members, row.name).toBeGreaterThan(0);
  });

  it("gives the headquarters report a figure for every bureau", async () => {
    const { comparison } = await getHqReport(await actorOf("demo-hq"), { fiscalYear: fullYear, today, figureCacheSeconds: 0 });
    for (const row of [...comparison.bureaus, { ...comparison.city, name: "全市" }]) {
      for (const figure of ["members", "approvalRate", "ojtCoverage", "hoursPerMember", "interviewRate"] as const)
        expect(row[figure], `${row.name} ${figure}`).toBeGreaterThan(0);
    }
  });
});

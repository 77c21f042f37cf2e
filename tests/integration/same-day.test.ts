import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { getBureauPreviousYearOnSameDay } from "@/lib/insight/dashboards/bureau-same-day";
import { getCityOverview } from "@/lib/insight/dashboards/city-dashboard";
import { parseCityFilters } from "@/lib/insight/dashboards/city-filters";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import { expectAppError } from "@/tests/support/plan-fixtures";

/**
 * The unfinished year beside the previous year on the same day (lib/insight/dashboards/same-day.ts), as
 * the /city cards and /bureau read it: a plan approved, or a training ended, after that day a
 * year ago counts at the previous year's end but not on its same day. A comparison with the
 * year's end would count both plans and both trainings.
 */

vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

// A fixed day, so the test does not depend on when it runs: FY2026 is unfinished, and the same
// day of FY2025 is 6 December 2025.
const TODAY: CalendarDate = { year: 2026, month: 12, day: 6 };
const FY = 2026;
const at = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 1));

let db: PrismaClient;
let hr: Actor;
let coordinator: Actor;
let bureauId: number;

async function actorOf(staffNumber: string): Promise<Actor> {
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
  const actor = await loadActor(db, id, TODAY);
  if (!actor) throw new Error(`no actor for ${staffNumber}`);
  return actor;
}

/** A plan of the previous year, approved on `approvedOn` (submitted long before). */
async function approvedLastYear(employeeId: number, reviewerId: number, approvedOn: Date): Promise<void> {
  await db.developmentPlan.create({
    data: {
      employeeId,
      fiscalYear: FY - 1,
      status: "APPROVED",
      submittedAt: at(FY - 1, 5, 10),
      reviewedAt: approvedOn,
      reviewerId,
      events: {
        create: [
          { action: "CREATE", toStatus: "DRAFT", actorId: employeeId, at: at(FY - 1, 4, 20) },
          { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: employeeId, at: at(FY - 1, 5, 10) },
          { action: "APPROVE", fromStatus: "SUBMITTED", toStatus: "APPROVED", actorId: reviewerId, at: approvedOn },
        ],
      },
    },
  });
}

async function trainedLastYear(employeeId: number, endOn: Date, hours: number): Promise<void> {
  await db.trainingRecord.create({
    data: {
      employeeId,
      fiscalYear: FY - 1,
      programmeName: "前年同日の確認研修",
      kind: "INSTITUTE",
      startOn: endOn,
      endOn,
      hours,
      completed: true,
      createdById: employeeId,
    },
  });
}

const cityPrevious = async () => (await getCityOverview(hr, parseCityFilters({}, FY), { today: TODAY })).previousOnSameDay;
const bureauPrevious = () => getBureauPreviousYearOnSameDay(coordinator, { fiscalYear: FY, bureauId, today: TODAY });

beforeAll(async () => {
  db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_sameday");
  hr = await actorOf("demo-hr");
  coordinator = await actorOf("demo-bureau");
  bureauId = (await db.orgUnit.findFirstOrThrow({ where: { kind: "BUREAU", name: "健康福祉局" }, select: { id: true } })).id;
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
});

describe("the previous year on the same day", () => {
  it("counts what had happened by the same day a year ago, not by the previous year's end", async () => {
    const [cityBefore, bureauBefore] = [await cityPrevious(), await bureauPrevious()];
    expect(cityBefore).toMatchObject({ fiscalYear: FY - 1, asOf: { year: 2025, month: 12, day: 6 } });
    expect(bureauBefore).toMatchObject({ fiscalYear: FY - 1, asOf: { year: 2025, month: 12, day: 6 } });
    if (!cityBefore || !bureauBefore) throw new Error("no comparison for the unfinished year");

    // Two people of a section of 健康福祉局 (demo-employee's 障害企画課) without a plan last year.
    const section = await db.orgUnit.findFirstOrThrow({ where: { kind: "SECTION", name: "障害企画課" }, select: { path: true } });
    const reviewer = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-supervisor" }, select: { id: true } });
    const [early, late] = await db.employee.findMany({
      where: { active: true, unit: { path: { startsWith: section.path } }, plans: { none: { fiscalYear: FY - 1 } }, NOT: { id: reviewer.id } },
      orderBy: { id: "asc" },
      take: 2,
      select: { id: true },
    });
    if (!early || !late) throw new Error("the demo's section has too few people for the test");
    await approvedLastYear(early.id, reviewer.id, at(2025, 11, 20));
    await approvedLastYear(late.id, reviewer.id, at(2026, 1, 15));
    await trainedLastYear(early.id, at(2025, 10, 1), 3);
    await trainedLastYear(late.id, at(2026, 2, 1), 5);

    for (const [before, after] of [
      [cityBefore, await cityPrevious()],
      [bureauBefore, await bureauPrevious()],
    ] as const) {
      // At the year's end it would be two more plans and 8 more hours.
      expect(after?.plansApproved).toBe(before.plansApproved + 1);
      expect(after?.trainingHours).toBe(before.trainingHours + 3);
      expect(after?.members).toBe(before.members);
    }
  });

  it("leaves a finished year without one: it sits beside finished years", async () => {
    expect((await getCityOverview(hr, parseCityFilters({ fy: String(FY - 1) }, FY), { today: TODAY })).previousOnSameDay).toBeNull();
    expect(await getBureauPreviousYearOnSameDay(coordinator, { fiscalYear: FY - 1, bureauId, today: TODAY })).toBeNull();
  });

  it("answers not found for a bureau the coordinator does not coordinate", async () => {
    const other = await db.orgUnit.findFirstOrThrow({ where: { kind: "BUREAU", NOT: { id: bureauId } }, select: { id: true } });
    await expectAppError(getBureauPreviousYearOnSameDay(coordinator, { fiscalYear: FY, bureauId: other.id, today: TODAY }), "NOT_FOUND");
  });
});

import { afterAll, assert, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { getBureauSectionFigures, getSectionMemberFigures } from "@/lib/insight/dashboards/bureau-figures";
import { getCityBureauFigures } from "@/lib/insight/dashboards/city-figures";
import { getCityTrends } from "@/lib/insight/dashboards/city-trends";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { createTrainingRecord } from "@/lib/records/training-records";
import { summariseTrainingHours } from "@/lib/records/summarise-training-hours";
import { verifyRecord } from "@/lib/records/verification/verify-record";
import { countUnitFigures } from "@/lib/insight/hq-report/bureau-comparison";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { setCountVerifiedOnly } from "@/lib/insight/settings/set-count-verified-only";
import { findTeamOverview } from "@/lib/people/team/find-team-overview";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * The HR division's "dashboards count only verified records": every figure of training hours
 * and trainings follows it, computed in SQL, and the shared figure cache never answers with
 * figures of the other setting. A database of its own: flipping a city-wide setting in the
 * shared one would change what the other files' dashboards count while they run.
 */

vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

let db: PrismaClient;
const FY = fiscalYearOf(tokyoDate());
const actors: Record<string, Actor> = {};
let setting = false;

beforeAll(async () => {
  db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_vfigures");
  for (const staffNumber of ["demo-employee", "demo-supervisor", "demo-bureau", "demo-hr", "demo-hq"]) {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, tokyoDate());
    if (!actor) throw new Error(`no actor for ${staffNumber}`);
    actors[staffNumber.replace("demo-", "")] = actor;
  }
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
});

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  expect(error.code).toBe(code);
}

async function turn(on: boolean) {
  await setCountVerifiedOnly(actors.hr!, { countVerifiedOnly: on, previous: setting });
  setting = on;
}

/** Hours of a person's trainings this year, by an independent statement: all, or confirmed only. */
async function hoursOf(employeeId: number, verifiedOnly: boolean): Promise<number> {
  const filter = verifiedOnly ? Prisma.sql`AND verified_at IS NOT NULL` : Prisma.empty;
  const [row] = await db.$queryRaw<
    { hours: number }[]
  >`SELECT coalesce(sum(hours), 0)::float8 AS hours FROM training_record WHERE employee_id = ${employeeId} AND fiscal_year = ${FY} ${filter}`;
  return row?.hours ?? 0;
}

describe("the setting", () => {
  it("is the HR division's alone, refuses a stale view, and is audited", async () => {
    expect(await getCountVerifiedOnly(db)).toBe(false);
    for (const who of ["employee", "supervisor", "bureau", "hq"])
      await expectAppError(setCountVerifiedOnly(actors[who]!, { countVerifiedOnly: true, previous: false }), "NOT_FOUND");
    await expectAppError(setCountVerifiedOnly(actors.hr!, { countVerifiedOnly: false, previous: true }), "CONFLICT");
    await turn(true);
    expect(await getCountVerifiedOnly(db)).toBe(true);
    // Saving what is already there writes nothing.
    await setCountVerifiedOnly(actors.hr!, { countVerifiedOnly: true, previous: true });
    const audit = await db.auditLog.findMany({
      where: { action: "setting.update" satisfies AuditAction, entityId: "countVerifiedOnly" },
      select: { actorId: true, detail: true },
    });
    expect(audit).toEqual([{ actorId: actors.hr!.employeeId, detail: { before: false, after: true } }]);
    await turn(false);
  });
});

describe("every figure of training follows the setting", () => {
  it("counts confirmed records only when it is on, and every record when it is off", async () => {
    const employee = actors.employee!.employeeId;
    // The seed leaves this year's training unconfirmed; add one more and have it confirmed.
    const confirmed = await createTrainingRecord(actors.employee!, {
      fiscalYear: FY,
      programmeName: "接遇研修",
      kind: "DEPARTMENTAL",
      startOn: `${FY}-04-20`,
      endOn: `${FY}-04-20`,
      hours: 2.5,
      completed: true,
    });
    await verifyRecord(actors.supervisor!, { kind: "training", id: confirmed.id, version: confirmed.version });
    const [all, verified] = [await hoursOf(employee, false), await hoursOf(employee, true)];
    expect(verified).toBe(2.5);
    expect(all).toBeGreaterThan(verified);

    const section = await db.employee.findUniqueOrThrow({ where: { id: employee }, select: { unit: { select: { parentId: true } } } });
    const sectionId = section.unit.parentId!;
    const teamHours = async () => (await findTeamOverview(actors.supervisor!, FY)).members.find((row) => row.id === employee)?.trainingHours;
    const memberRow = async () => (await getSectionMemberFigures(actors.bureau!, { sectionId, fiscalYear: FY })).members.find((row) => row.id === employee);
    const reportRow = async () =>
      (await countUnitFigures(Prisma.sql`SELECT id, name, path, position FROM org_unit WHERE id = ${sectionId}`, { fiscalYear: FY, today: tokyoDate() }))[0];
    const filters = { fiscalYear: FY, youngOnly: false };
    const cityTotal = async () => (await getCityBureauFigures(actors.hr!, filters)).total.figures.trainingHours;
    const trend = async () => (await getCityTrends(actors.hr!, filters)).points.find((point) => point.fiscalYear === FY)?.trainingHours;
    const bureauTotal = async () => (await getBureauSectionFigures(actors.bureau!, { fiscalYear: FY })).total.trainingHours;
    const figures = async () => ({
      team: await teamHours(),
      member: await memberRow(),
      report: (await reportRow())?.trainingHours,
      city: await cityTotal(),
      trend: await trend(),
      bureau: await bureauTotal(),
    });

    const off = await figures();
    expect(off.team).toBe(all);
    expect(off.member).toMatchObject({ trainingHours: all, trainings: await db.trainingRecord.count({ where: { employeeId: employee, fiscalYear: FY } }) });
    await turn(true);
    const on = await figures();
    expect(on.team).toBe(verified);
    expect(on.member).toMatchObject({ trainingHours: verified, trainings: 1 });
    for (const key of ["report", "city", "trend", "bureau"] as const) expect([key, on[key]! < off[key]!]).toEqual([key, true]);
    // With every record confirmed, "only confirmed" counts what "all" did.
    await db.trainingRecord.updateMany({ where: { verifiedAt: null }, data: { verifiedAt: new Date(), verifiedById: actors.hr!.employeeId } });
    expect(await figures()).toEqual(off);
    await db.trainingRecord.updateMany({
      where: { verifiedById: actors.hr!.employeeId, id: { not: confirmed.id } },
      data: { verifiedAt: null, verifiedById: null },
    });
    await turn(false);
  });

  it("leaves the employee's own total alone and gives the confirmed part beside it", async () => {
    const employee = actors.employee!.employeeId;
    await turn(true);
    const summary = await summariseTrainingHours(actors.employee!, undefined, FY);
    expect([summary.thisYear, summary.verifiedThisYear]).toEqual([await hoursOf(employee, false), await hoursOf(employee, true)]);
    await turn(false);
  });
});

describe("the shared figure cache", () => {
  it("keys figures by the setting, so a change shows at once and the old copy is not served", async () => {
    const name = `test.verified.${Date.now()}`;
    expect(await sharedFigures(name, {}, async () => "all records", 60)).toBe("all records");
    await turn(true);
    expect(await sharedFigures(name, {}, async () => "verified only", 60)).toBe("verified only");
    await turn(false);
    expect(await sharedFigures(name, {}, async () => "computed again", 60)).toBe("all records");
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTrainingRecord } from "@/lib/records/training-records";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { CARRIED_COMMENT, getRolloverState, openNextFiscalYear } from "@/lib/year/rollover/rollover";
import { isClosedForWrites } from "@/lib/year/rollover/rollover-rules";
import { seedDemoData } from "@/prisma/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * The rollover closes a fiscal year, so it runs on a database of its own (migrated and seeded
 * with the demo data): the shared test database must keep its years open for the other files.
 */
let database: ThrowawayDatabase;
let client: PrismaClient;
let hr: Actor;
let employee: Actor;
const year = fiscalYearOf(tokyoDate());
const next = year + 1;
const ids: Record<string, number> = {};

const actorOf = async (staffNumber: string) => {
  const person = await client.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
  const actor = await loadActor(client, person.id, tokyoDate());
  if (!actor) throw new Error(`no actor ${staffNumber}`);
  return actor;
};

beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_roll");
  client = createPrismaClient(database.url);
  await seedDemoData(client);
  hr = await actorOf("demo-hr");
  employee = await actorOf("demo-employee");
  const measure = await client.measure.findFirstOrThrow({ where: { retiredAt: null }, select: { id: true } });
  const plan = await client.developmentPlan.upsert({
    where: { employeeId_fiscalYear: { employeeId: employee.employeeId, fiscalYear: year } },
    create: { employeeId: employee.employeeId, fiscalYear: year },
    update: {},
    select: { id: true },
  });
  const individual = (planId: number, ownerEmployeeId: number, title: string, status: "DONE" | "DROPPED" | "IN_PROGRESS") =>
    client.commitment.create({
      data: {
        level: "INDIVIDUAL",
        fiscalYear: year,
        planId,
        ownerEmployeeId,
        measureId: measure.id,
        title,
        status,
        progressPercent: 40,
        dueOn: new Date(`${year}-12-01`),
        createdById: ownerEmployeeId,
        targetText: "目標",
      },
      select: { id: true },
    });
  ids.open = (await individual(plan.id, employee.employeeId, "RO 継続中", "IN_PROGRESS")).id;
  ids.done = (await individual(plan.id, employee.employeeId, "RO 完了", "DONE")).id;
  ids.dropped = (await individual(plan.id, employee.employeeId, "RO 取下げ", "DROPPED")).id;
  // demo-employee already has a plan for the new year (written in March): carried ones go there.
  ids.existingNextPlan = (await client.developmentPlan.create({ data: { employeeId: employee.employeeId, fiscalYear: next }, select: { id: true } })).id;

  const person = (staffNumber: string, active: boolean) =>
    client.employee.create({
      data: {
        staffNumber,
        name: staffNumber,
        nameKana: "カナ",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date("2020-04-01"),
        unitId: employee.unitId,
        active,
      },
      select: { id: true },
    });
  const fresh = await person("RO-FRESH", true);
  const gone = await person("RO-GONE", false);
  ids.fresh = fresh.id;
  for (const [who, title] of [
    [fresh.id, "RO 新規計画へ"],
    [gone.id, "RO 退職者"],
  ] as const) {
    const ownPlan = await client.developmentPlan.create({ data: { employeeId: who, fiscalYear: year }, select: { id: true } });
    ids[title] = (await individual(ownPlan.id, who, title, "IN_PROGRESS")).id;
  }
  // A city-wide commitment has no owning unit (the database refuses one).
  const unitLevel = (level: "TEAM" | "CITY", title: string, status: "IN_PROGRESS" | "DONE") =>
    client.commitment.create({
      data: {
        level,
        fiscalYear: year,
        ownerUnitId: level === "CITY" ? null : employee.unitId,
        measureId: measure.id,
        title,
        status,
        createdById: hr.employeeId,
      },
      select: { id: true },
    });
  ids.team = (await unitLevel("TEAM", "RO 係", "IN_PROGRESS")).id;
  ids.teamDone = (await unitLevel("TEAM", "RO 係完了", "DONE")).id;
  ids.city = (await unitLevel("CITY", "RO 全市", "IN_PROGRESS")).id;
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

const training = (fiscalYear: number) => ({
  fiscalYear,
  programmeName: "RO 研修",
  kind: "EXTERNAL" as const,
  startOn: `${fiscalYear}-06-01`,
  endOn: `${fiscalYear}-06-01`,
  hours: 2,
  completed: true,
});

describe("fiscal-year rollover", () => {
  it("is the HR division's only: anyone else gets NOT_FOUND", async () => {
    await expect(getRolloverState(employee, client)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      openNextFiscalYear(employee, { fromYear: year, carry: { individual: true, team: true, bureau: true, city: true } }, client),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await client.fiscalYear.count()).toBe(0);
  });

  it("shows the open years and what would be carried", async () => {
    const state = await getRolloverState(hr, client);
    expect(state.fromYear).toBe(year);
    expect(state.years.find((row) => row.year === year)).toMatchObject({ status: "OPEN", recorded: false });
    // the leaver's commitment is not carryable; the done and dropped ones never are
    const unfinishedIndividual = await client.commitment.count({
      where: { fiscalYear: year, level: "INDIVIDUAL", status: { notIn: ["DONE", "DROPPED"] }, ownerEmployee: { active: true } },
    });
    expect(state.carryable).toMatchObject({ INDIVIDUAL: unfinishedIndividual, TEAM: 1, CITY: 1 });
  });

  it("closes the year, opens the next and carries the chosen levels as linked drafts, in (new) plans", async () => {
    const before = await getRolloverState(hr, client);
    const result = await openNextFiscalYear(hr, { fromYear: year, carry: { individual: true, team: true, bureau: true, city: false } }, client);
    expect(result).toMatchObject({
      fromYear: year,
      toYear: next,
      carried: { INDIVIDUAL: before.carryable.INDIVIDUAL, TEAM: 1, BUREAU: before.carryable.BUREAU, CITY: 0 },
    });

    expect(await client.fiscalYear.findMany({ orderBy: { year: "asc" } })).toMatchObject([
      { year, status: "CLOSED", closedAt: expect.any(Date) },
      { year: next, status: "OPEN", closedAt: null },
    ]);

    const copy = await client.commitment.findUniqueOrThrow({ where: { carriedFromId: ids.open }, include: { events: true } });
    expect(copy).toMatchObject({
      fiscalYear: next,
      status: "DRAFT",
      progressPercent: 0,
      dueOn: null,
      title: "RO 継続中",
      targetText: "目標",
      planId: ids.existingNextPlan,
      ownerEmployeeId: employee.employeeId,
    });
    expect(copy.events).toMatchObject([{ action: "CREATE", toStatus: "DRAFT", comment: CARRIED_COMMENT, actorId: hr.employeeId }]);

    for (const id of [ids.done, ids.dropped, ids.teamDone, ids.city, ids["RO 退職者"]]) {
      expect(await client.commitment.findUnique({ where: { carriedFromId: id } })).toBeNull();
    }
    expect(await client.commitment.findUniqueOrThrow({ where: { carriedFromId: ids.team } })).toMatchObject({
      level: "TEAM",
      fiscalYear: next,
      ownerUnitId: employee.unitId,
      status: "DRAFT",
    });

    // a new draft plan, with a row per target image, was made for the owner who had none
    const freshPlan = await client.developmentPlan.findUniqueOrThrow({
      where: { employeeId_fiscalYear: { employeeId: ids.fresh!, fiscalYear: next } },
      include: { images: true, commitments: true, events: true },
    });
    expect(freshPlan.status).toBe("DRAFT");
    expect(freshPlan.images).toHaveLength(await client.targetImage.count({ where: { retiredAt: null } }));
    expect(freshPlan.commitments).toMatchObject([{ carriedFromId: ids["RO 新規計画へ"], position: 0 }]);
    expect(freshPlan.events).toMatchObject([{ action: "CREATE", actorId: hr.employeeId }]);
    // the leaver gets no plan
    const gone = await client.employee.findUniqueOrThrow({ where: { staffNumber: "RO-GONE" }, select: { id: true } });
    expect(await client.developmentPlan.count({ where: { employeeId: gone.id, fiscalYear: next } })).toBe(0);
    // every carried copy sits in its owner's plan for the new year
    expect(
      await client.commitment.count({ where: { fiscalYear: next, level: "INDIVIDUAL", carriedFromId: { not: null }, plan: { is: { fiscalYear: next } } } }),
    ).toBe(result.carried.INDIVIDUAL);

    const audits = await client.auditLog.findMany({ where: { action: "fiscal-year.rollover" satisfies AuditAction } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: hr.employeeId,
      entity: "fiscal_year",
      entityId: String(next),
      detail: { fromYear: year, toYear: next, carried: result.carried },
    });
  });

  it("refuses a second rollover of the same year (CONFLICT), and writes nothing", async () => {
    const commitments = await client.commitment.count();
    await expect(openNextFiscalYear(hr, { fromYear: year, carry: { individual: true, team: true, bureau: true, city: true } }, client)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // the year before has no row, but the year after it (this year) exists
    await expect(
      openNextFiscalYear(hr, { fromYear: year - 1, carry: { individual: false, team: false, bureau: false, city: false } }, client),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await client.commitment.count()).toBe(commitments);
    expect(await client.auditLog.count({ where: { action: "fiscal-year.rollover" satisfies AuditAction } })).toBe(1);
    expect((await getRolloverState(hr, client)).fromYear).toBe(next);
  });

  it("makes the closed year read-only for everyone but the HR division", async () => {
    expect(isClosedForWrites(year, "CLOSED", employee)).toBe(true);
    expect(isClosedForWrites(year, "CLOSED", hr)).toBe(false);
    expect(isClosedForWrites(next, "OPEN", employee)).toBe(false);
    expect(isClosedForWrites(next, null, employee)).toBe(false);

    await expect(createTrainingRecord(employee, training(year), client)).rejects.toMatchObject({ code: "NOT_ALLOWED" });
    await expect(createTrainingRecord(hr, training(year), client)).resolves.toMatchObject({ fiscalYear: year });
    await expect(createTrainingRecord(employee, training(next), client)).resolves.toMatchObject({ fiscalYear: next });
    await expect(client.$transaction((tx) => assertYearOpen(tx, employee, year))).rejects.toMatchObject({ code: "NOT_ALLOWED" });
    await expect(client.$transaction((tx) => assertYearOpen(tx, hr, year))).resolves.toBeUndefined();
  });
});

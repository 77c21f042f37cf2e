import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { AppError } from "@/lib/platform/errors";
import { getStaffRecord } from "@/lib/people/staff/get-staff-record";
import { STAFF_PAGE_SIZE } from "@/lib/people/staff/schemas";
import { searchStaff } from "@/lib/people/staff/search-staff";

/**
 * 職員検索 and the 個人カルテ (issue 20) on the demo organisation, with people of this file's
 * own: a unique reading (katakana built from a random tag) keeps other files' staff out of the
 * results, and everything made here is removed afterwards.
 */

const tag = randomUUID().slice(0, 6);
const KATAKANA = "アイウエオカキクケコサシスセソタ";
const HIRAGANA = "あいうえおかきくけこさしすせそた";
const HALF_WIDTH = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀ";
const spell = (letters: string) => [...tag].map((digit) => letters[parseInt(digit, 16)]).join("");
/** The reading every person of this file shares: unique to this run. */
const reading = { katakana: `ハグ${spell(KATAKANA)}`, hiragana: `はぐ${spell(HIRAGANA)}`, halfWidth: `ﾊｸﾞ${spell(HALF_WIDTH)}` };
const PRIVATE = `非公開メモ-${tag}`;
const WISH = `異動希望-${tag}`;
const NOTE = `引継ぎ本文-${tag}`;

const made = { employees: [] as number[], units: [] as number[] };
let sequence = 0;
let hr: Actor;
let coordinator: Actor;
let otherCoordinator: Actor;
let hq: Actor;
let employee: Actor;
let health: { id: number; path: string };
let aoba: { id: number; path: string };
let healthUnitId: number;
let aobaUnitId: number;
let alice: number;
let departed: number;
let aobaPerson: number;
let interviewId: number;
let planId: number;
let transferId: number;

const today = () => tokyoDate();
const fiscalYear = () => fiscalYearOf(today());

async function person(unitId: number, data: { name?: string; kana?: string; active?: boolean } = {}): Promise<number> {
  sequence += 1;
  const created = await db.employee.create({
    data: {
      staffNumber: `it-staff-${tag}-${String(sequence).padStart(3, "0")}`,
      name: data.name ?? `検索${tag} ${sequence}`,
      nameKana: data.kana ?? `${reading.katakana} ${sequence}`,
      jobCategory: "事務",
      rank: "主事",
      joinedOn: new Date(Date.UTC(2015, 3, 1)),
      unitId,
      active: data.active ?? true,
    },
    select: { id: true },
  });
  made.employees.push(created.id);
  return created.id;
}

async function actorOf(employeeId: number): Promise<Actor> {
  const actor = await loadActor(db, employeeId, today());
  if (!actor) throw new Error(`no actor for ${employeeId}`);
  return actor;
}

const demo = async (staffNumber: string) => actorOf((await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } })).id);
const bureau = (name: string) => db.orgUnit.findFirstOrThrow({ where: { name, kind: "BUREAU" }, select: { id: true, path: true } });
const anyUnitUnder = async (path: string) =>
  (await db.orgUnit.findFirstOrThrow({ where: { path: { startsWith: path }, kind: "UNIT" }, select: { id: true } })).id;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  [hr, coordinator, hq, employee] = await Promise.all([demo("demo-hr"), demo("demo-bureau"), demo("demo-hq"), demo("demo-employee")]);
  [health, aoba] = await Promise.all([bureau("健康福祉局"), bureau("青葉区")]);
  [healthUnitId, aobaUnitId] = await Promise.all([anyUnitUnder(health.path), anyUnitUnder(aoba.path)]);
  alice = await person(healthUnitId, { name: `検索${tag} 花子`, kana: `${reading.katakana} ハナコ` });
  departed = await person(healthUnitId, { active: false });
  aobaPerson = await person(aobaUnitId);
  const aobaCoordinator = await person(aobaUnitId, { kana: "ベツノキョク" });
  await db.roleAssignment.create({ data: { employeeId: aobaCoordinator, role: "BUREAU_COORDINATOR", unitId: aoba.id, includeSubunits: true } });
  otherCoordinator = await actorOf(aobaCoordinator);

  // Alice's year: a plan with a transfer wish, a commitment, a training, a qualification, an
  // interview with private notes, OJT as trainee, and a transfer with a handover note.
  const fy = fiscalYear();
  const measure = await db.measure.findFirstOrThrow({ select: { id: true } });
  const supervisor = await person(healthUnitId, { kana: "ジョウシ" });
  const plan = await db.developmentPlan.create({
    data: { employeeId: alice, fiscalYear: fy, status: "SUBMITTED", transferWishComment: WISH, submittedAt: new Date() },
    select: { id: true },
  });
  planId = plan.id;
  await db.commitment.create({
    data: {
      level: "INDIVIDUAL",
      fiscalYear: fy,
      planId,
      ownerEmployeeId: alice,
      measureId: measure.id,
      title: `取組-${tag}`,
      status: "DONE",
      createdById: alice,
    },
  });
  const start = toDateColumn(fiscalYearStart(fy));
  await db.trainingRecord.create({
    data: {
      employeeId: alice,
      fiscalYear: fy,
      programmeName: `研修-${tag}`,
      kind: "INSTITUTE",
      startOn: start,
      endOn: start,
      hours: 3.5,
      completed: true,
      createdById: alice,
    },
  });
  await db.qualificationRecord.create({ data: { employeeId: alice, name: `資格-${tag}`, obtainedOn: start, createdById: alice } });
  const interview = await db.careerInterview.create({
    data: { employeeId: alice, supervisorId: supervisor, heldOn: start, kind: "START_OF_YEAR", sharedNotes: `共有-${tag}`, privateNotes: PRIVATE },
    select: { id: true },
  });
  interviewId = interview.id;
  const ojt = await db.ojtPlan.create({ data: { traineeId: alice, trainerId: supervisor, supervisorId: supervisor, fiscalYear: fy }, select: { id: true } });
  await db.ojtSession.createMany({
    data: [
      { ojtPlanId: ojt.id, heldOn: start, minutes: 30, topic: "a", recordedById: supervisor },
      { ojtPlanId: ojt.id, heldOn: start, minutes: 45, topic: "b", recordedById: supervisor },
    ],
  });
  const transfer = await db.staffTransfer.create({
    data: {
      employeeId: alice,
      effectiveOn: start,
      status: "APPLIED",
      source: "SCREEN",
      fromUnitId: aobaUnitId,
      toUnitId: healthUnitId,
      handoverNote: NOTE,
      createdById: hr.employeeId,
    },
    select: { id: true },
  });
  transferId = transfer.id;
});

afterAll(async () => {
  const ids = made.employees;
  await db.staffTransfer.deleteMany({ where: { employeeId: { in: ids } } });
  await db.ojtSession.deleteMany({ where: { ojtPlan: { traineeId: { in: ids } } } });
  await db.ojtPlan.deleteMany({ where: { traineeId: { in: ids } } });
  await db.careerInterview.deleteMany({ where: { employeeId: { in: ids } } });
  await db.qualificationRecord.deleteMany({ where: { employeeId: { in: ids } } });
  await db.trainingRecord.deleteMany({ where: { employeeId: { in: ids } } });
  await db.commitment.deleteMany({ where: { ownerEmployeeId: { in: ids } } });
  await db.developmentPlan.deleteMany({ where: { employeeId: { in: ids } } });
  await db.roleAssignment.deleteMany({ where: { employeeId: { in: ids } } });
  await db.employee.deleteMany({ where: { id: { in: ids } } });
});

const ids = (result: { rows: { id: number }[] }) => result.rows.map((row) => row.id);

describe("職員検索", () => {
  it("finds a katakana reading by hiragana, half-width kana and a name typed without its space", async () => {
    for (const q of [reading.hiragana, reading.halfWidth, `${reading.hiragana} はなこ`, `検索${tag}花子`, `検索${tag}　花子`]) {
      expect(ids(await searchStaff(hr, "HR_DIVISION", { q })), q).toContain(alice);
    }
  });

  it("finds by a part of the staff number, and the exact number first", async () => {
    const number = (await db.employee.findUniqueOrThrow({ where: { id: alice }, select: { staffNumber: true } })).staffNumber;
    expect(ids(await searchStaff(hr, "HR_DIVISION", { q: number }))[0]).toBe(alice);
    expect(ids(await searchStaff(hr, "HR_DIVISION", { q: `staff-${tag}` }))).toContain(alice);
  });

  it("lets the HR division find departed staff, marked, after the active ones", async () => {
    const result = await searchStaff(hr, "HR_DIVISION", { q: reading.hiragana });
    expect(ids(result)).toEqual(expect.arrayContaining([alice, departed, aobaPerson]));
    expect(result.rows.find((row) => row.id === departed)?.active).toBe(false);
    expect(result.rows.at(-1)?.id).toBe(departed);
  });

  it("keeps a coordinator to the active staff of their bureau", async () => {
    const found = ids(await searchStaff(coordinator, "BUREAU_COORDINATOR", { q: reading.hiragana }));
    expect(found).toContain(alice);
    expect(found).not.toContain(departed);
    expect(found).not.toContain(aobaPerson);
    const other = ids(await searchStaff(otherCoordinator, "BUREAU_COORDINATOR", { q: reading.hiragana }));
    expect(other).toContain(aobaPerson);
    expect(other).not.toContain(alice);
  });

  it("is no search at all for the headquarters, an employee, or a role not held", async () => {
    expect(await refusal(searchStaff(hq, "HR_DIVISION", { q: reading.hiragana }))).toBe("NOT_FOUND");
    expect(await refusal(searchStaff(employee, "BUREAU_COORDINATOR", { q: reading.hiragana }))).toBe("NOT_FOUND");
    expect(await refusal(searchStaff(coordinator, "HR_DIVISION", { q: reading.hiragana }))).toBe("NOT_FOUND");
  });

  it("treats LIKE's wildcards as the characters they are", async () => {
    // Each would match this file's people if it were a wildcard (or swallowed the next character).
    for (const q of [`%${reading.hiragana}`, `${reading.hiragana.slice(0, 2)}_`, `\\${reading.hiragana}`]) {
      expect((await searchStaff(hr, "HR_DIVISION", { q })).total, q).toBe(0);
    }
  });

  it("pages the results, a page past the last answering the last", async () => {
    const shared = `${reading.katakana}ページ`;
    for (let i = 0; i < STAFF_PAGE_SIZE + 5; i += 1) await person(healthUnitId, { kana: `${shared} ${i}` });
    const first = await searchStaff(hr, "HR_DIVISION", { q: `${reading.hiragana}ぺーじ` });
    expect(first).toMatchObject({ total: STAFF_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(STAFF_PAGE_SIZE);
    const last = await searchStaff(hr, "HR_DIVISION", { q: `${reading.hiragana}ぺーじ`, page: "9" });
    expect(last.page).toBe(2);
    expect(last.rows).toHaveLength(5);
    expect(new Set([...ids(first), ...ids(last)]).size).toBe(STAFF_PAGE_SIZE + 5);
  });

  it("audits every search with what was asked, and an empty query reads nothing", async () => {
    const q = `${reading.hiragana}はなこ`;
    const before = new Date();
    const result = await searchStaff(coordinator, "BUREAU_COORDINATOR", { q: `  ${q} ` });
    expect(result.q).toBe(q);
    const rows = await db.auditLog.findMany({
      where: { actorId: coordinator.employeeId, action: "staff.search", at: { gte: before } },
      select: { detail: true },
    });
    expect(rows.map((row) => row.detail)).toContainEqual({ as: "BUREAU_COORDINATOR", q, page: 1, total: 1 });
    const empty = await searchStaff(coordinator, "BUREAU_COORDINATOR", { q: "   " });
    expect(empty).toMatchObject({ q: "", total: 0, rows: [] });
    expect(await db.auditLog.count({ where: { actorId: coordinator.employeeId, action: "staff.search", at: { gte: before } } })).toBe(1);
  });
});

describe("個人カルテ", () => {
  it("shows the HR division the person's year, linked where HR may open it, never what is confidential", async () => {
    const record = await getStaffRecord(hr, "HR_DIVISION", alice);
    const year = record.years.find((entry) => entry.fiscalYear === fiscalYear());
    expect(year).toMatchObject({
      plan: { id: planId, status: "SUBMITTED", canOpen: true },
      commitments: [expect.objectContaining({ title: `取組-${tag}`, status: "DONE" })],
      trainings: [expect.objectContaining({ programmeName: `研修-${tag}`, hours: 3.5 })],
      qualifications: [expect.objectContaining({ name: `資格-${tag}` })],
      ojt: [expect.objectContaining({ as: "TRAINEE", sessions: 2, minutes: 75, canOpen: true })],
      interviews: [expect.objectContaining({ id: interviewId, sharedNotes: `共有-${tag}`, canOpen: true })],
      transfers: [expect.objectContaining({ id: transferId, canOpenHandover: true, noteWritten: true })],
    });
    expect(year?.figures).toMatchObject({
      plans: 1,
      commitments: 1,
      commitmentsDone: 1,
      trainings: 1,
      trainingHours: 3.5,
      qualifications: 1,
      ojtSessions: 2,
      ojtMinutes: 75,
      interviews: 1,
      transfers: 1,
    });
    const text = JSON.stringify(record);
    for (const secret of [PRIVATE, WISH, NOTE]) expect(text).not.toContain(secret);
  });

  it("shows the bureau's coordinator the same year without the handover, and audits each view", async () => {
    const before = new Date();
    const record = await getStaffRecord(coordinator, "BUREAU_COORDINATOR", alice);
    const year = record.years.find((entry) => entry.fiscalYear === fiscalYear());
    expect(year?.plan?.canOpen).toBe(true);
    expect(year?.interviews[0]).toMatchObject({ id: interviewId, canOpen: true });
    expect(year?.transfers[0]).toMatchObject({ id: transferId, canOpenHandover: false, noteWritten: false });
    expect(JSON.stringify(record)).not.toContain(PRIVATE);
    const audit = await db.auditLog.findMany({
      where: { actorId: coordinator.employeeId, action: "staff.view", at: { gte: before } },
      select: { entity: true, entityId: true, detail: true },
    });
    expect(audit).toEqual([{ entity: "employee", entityId: String(alice), detail: { as: "BUREAU_COORDINATOR" } }]);
  });

  it("is not found for a coordinator of another bureau, a departed person's coordinator, HQ and employees", async () => {
    expect(await refusal(getStaffRecord(otherCoordinator, "BUREAU_COORDINATOR", alice))).toBe("NOT_FOUND");
    expect(await refusal(getStaffRecord(coordinator, "BUREAU_COORDINATOR", departed))).toBe("NOT_FOUND");
    expect(await refusal(getStaffRecord(hq, "HR_DIVISION", alice))).toBe("NOT_FOUND");
    expect(await refusal(getStaffRecord(employee, "BUREAU_COORDINATOR", alice))).toBe("NOT_FOUND");
    expect(await refusal(getStaffRecord(hr, "HR_DIVISION", 2_147_483_648))).toBe("NOT_FOUND");
    const audited = await db.auditLog.count({ where: { actorId: otherCoordinator.employeeId, action: "staff.view" } });
    expect(audited).toBe(0);
  });

  it("opens a departed person's record for the HR division, marked, with no link their pages would refuse", async () => {
    await db.developmentPlan.create({ data: { employeeId: departed, fiscalYear: fiscalYear() - 1, status: "APPROVED" } });
    const record = await getStaffRecord(hr, "HR_DIVISION", departed);
    expect(record.person.active).toBe(false);
    expect(record.years.map((year) => year.fiscalYear)).toEqual([fiscalYear() - 1]);
    expect(record.years[0]?.plan).toMatchObject({ status: "APPROVED", canOpen: false });
  });
});

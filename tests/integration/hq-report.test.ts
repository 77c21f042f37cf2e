import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { countUnitFigures } from "@/lib/insight/hq-report/bureau-comparison";
import { exportHqReport } from "@/lib/insight/hq-report/export-hq-report";
import { getHqReport } from "@/lib/insight/hq-report/get-hq-report";
import { documentToXlsx } from "@/lib/platform/exports/xlsx";
import { type BureauWorld, createBureauWorld, FY } from "@/tests/support/bureau-dashboard-fixtures";
import { expectAppError, measureId, seededActor } from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * The headquarters report. Its commitment figures are read for a fiscal year no other test file
 * writes (REPORT_FY), so the counts are exactly the rows made here although the database is
 * shared; its bureau figures are checked on the bureau dashboard's known dataset (a 部 under
 * 青葉区 standing in for a bureau), whose hand-computed figures are below.
 */

const REPORT_FY = 2099;
const REPORT_TODAY = { year: 2099, month: 12, day: 1 };
const POLICY_MEASURES = [
  "キャリア形成の支援",
  "職場の人材育成の推進",
  "研修所研修の充実",
  "部門別・業務主管課による研修の拡充",
  "職員の自己啓発支援",
  "有為な人材の採用",
  "配置管理・昇任管理",
  "人事評価の活用",
  "多様な経験を培う内外の交流推進",
  "人材育成部門と各職場の連携強化",
  "組織風土づくり",
  "ワーク・ライフ・バランスの推進",
  "業務効率化の推進",
];

let w: BureauWorld;
let hr: Actor;
let hq: Actor;
const tag = `hq-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  w = await createBureauWorld();
  [hr, hq] = await Promise.all([seededActor({ staffNumber: "demo-hr" }), seededActor({ staffNumber: "demo-hq" })]);
  const [m12, m21] = [await measureId(1, 2), await measureId(2, 1)];
  const base = { fiscalYear: REPORT_FY, measureId: m12, createdById: hr.employeeId };
  const plan = await db.developmentPlan.create({ data: { employeeId: w.people.a1, fiscalYear: REPORT_FY, status: "APPROVED" }, select: { id: true } });
  const individual = { ...base, level: "INDIVIDUAL" as const, planId: plan.id, ownerEmployeeId: w.people.a1, createdById: w.people.a1 };
  // a4 has left: their commitment is not counted, as on the city's measures view (else the
  // report less the view would be a figure about one person).
  const leaverPlan = await db.developmentPlan.create({ data: { employeeId: w.people.a4, fiscalYear: REPORT_FY, status: "APPROVED" }, select: { id: true } });
  await db.commitment.create({
    data: {
      ...base,
      level: "INDIVIDUAL",
      planId: leaverPlan.id,
      ownerEmployeeId: w.people.a4,
      createdById: w.people.a4,
      title: `${tag} 退職者`,
      status: "DONE",
    },
  });
  await db.commitment.createMany({
    data: [
      { ...individual, title: `${tag} 個人1`, status: "DONE" },
      { ...individual, title: `${tag} 個人2`, status: "IN_PROGRESS" },
      { ...individual, title: `${tag} 個人3`, status: "DROPPED" },
      { ...base, level: "TEAM", ownerUnitId: w.sectionA, title: `${tag} 職場`, status: "APPROVED" },
      { ...base, level: "BUREAU", ownerUnitId: w.bureauId, title: `${tag} 局区`, status: "DONE" },
      {
        ...base,
        level: "CITY",
        title: `${tag} 満足度`,
        status: "DONE",
        targetValue: 90,
        targetUnit: "%",
        actualValue: 92.5,
        progressPercent: 100,
        dueOn: new Date(Date.UTC(2100, 2, 31)),
      },
      {
        ...base,
        level: "CITY",
        measureId: m21,
        title: `${tag} 広報`,
        status: "IN_PROGRESS",
        targetText: "説明会3回",
        progressPercent: 30,
        dueOn: new Date(Date.UTC(2099, 5, 1)),
      },
    ],
  });
});

afterAll(async () => {
  await db.commitment.deleteMany({ where: { fiscalYear: REPORT_FY, title: { startsWith: tag } } });
  await db.developmentPlan.deleteMany({ where: { employeeId: { in: [w?.people.a1, w?.people.a4].filter((id) => id !== undefined) }, fiscalYear: REPORT_FY } });
  await w?.remove();
});

describe("the state of each measure", () => {
  it("lists the 13 measures in the policy's order, grouped by area", async () => {
    const report = await getHqReport(hr, { fiscalYear: REPORT_FY, today: REPORT_TODAY });
    expect(report.areas.map((area) => [area.number, area.measures.length])).toEqual([
      [1, 5],
      [2, 5],
      [3, 3],
    ]);
    expect(report.areas.flatMap((area) => area.measures.map((m) => m.label.replace(/^（\d）./, "")))).toEqual(POLICY_MEASURES);
    expect(report.areas[0]?.measures[0]?.label).toBe("（1）①キャリア形成の支援");
  });

  it("counts the year's commitments per level, dropped ones and leavers' left out, with the done ones", async () => {
    const report = await getHqReport(hr, { fiscalYear: REPORT_FY, today: REPORT_TODAY });
    const measures = report.areas.flatMap((area) => area.measures);
    const byName = (name: string) => measures.find((m) => m.label.endsWith(name));
    expect(byName("職場の人材育成の推進")?.levels).toEqual({
      INDIVIDUAL: { planned: 2, done: 1 },
      TEAM: { planned: 1, done: 0 },
      BUREAU: { planned: 1, done: 1 },
      CITY: { planned: 1, done: 1 },
    });
    expect(byName("有為な人材の採用")?.levels.CITY).toEqual({ planned: 1, done: 0 });
    const untouched = measures.filter((m) => !["職場の人材育成の推進", "有為な人材の採用"].some((name) => m.label.endsWith(name)));
    expect(untouched.every((m) => Object.values(m.levels).every((l) => l.planned === 0 && l.done === 0))).toBe(true);
    expect(byName("職場の人材育成の推進")?.cityCommitments).toEqual([
      expect.objectContaining({
        title: `${tag} 満足度`,
        status: "DONE",
        target: "90%",
        actual: "92.5%",
        progressPercent: 100,
        dueOn: { year: 2100, month: 3, day: 31 },
      }),
    ]);
    expect(byName("有為な人材の採用")?.cityCommitments).toEqual([
      expect.objectContaining({ title: `${tag} 広報`, target: "説明会3回", actual: null, status: "IN_PROGRESS" }),
    ]);
  });

  it("derives highlights and lagging items by the documented rules", async () => {
    const { findings } = await getHqReport(hr, { fiscalYear: REPORT_FY, today: REPORT_TODAY });
    expect(findings.highlights).toEqual(
      expect.arrayContaining([
        { kind: "measureAtEveryLevel", measure: "（1）②職場の人材育成の推進" },
        { kind: "cityCommitmentDone", title: `${tag} 満足度` },
      ]),
    );
    expect(findings.lagging).toEqual(
      expect.arrayContaining([
        { kind: "measureWithoutCommitment", measure: "（1）①キャリア形成の支援" },
        { kind: "cityCommitmentOverdue", title: `${tag} 広報`, dueOn: { year: 2099, month: 6, day: 1 } },
      ]),
    );
    const uncommitted = findings.lagging.flatMap((f) => (f.kind === "measureWithoutCommitment" ? [f.measure] : []));
    expect(uncommitted).not.toContain("（1）②職場の人材育成の推進");
    expect(uncommitted).not.toContain("（2）①有為な人材の採用");
  });

  it("names the promotion plan covering the year", async () => {
    expect((await getHqReport(hq, { fiscalYear: 2022 })).promotionPlan).toMatchObject({ phase: 1, startFiscalYear: 2021, endFiscalYear: 2023 });
  });
});

describe("the bureau comparison", () => {
  const unit = (id: number) => Prisma.sql`SELECT u.id, u.name, u.path, u.position FROM org_unit u WHERE u.id = ${id}`;

  it("counts a bureau's whole subtree with the bureau dashboard's definitions", async () => {
    // 6 active: a1 (approved plan, 9.5 h, interview), a2 (young, OJT, 2 h, interview), a3 (young),
    // b1, b2 (young, OJT, 1.5 h, interviews), the coordinator in the 部 itself (7 h); a4 is inactive.
    const [row] = await countUnitFigures(unit(w.bureauId), { fiscalYear: FY, today: { year: FY, month: 10, day: 1 } });
    expect(row).toEqual({
      id: w.bureauId,
      name: "試験部",
      members: 6,
      plansApproved: 1,
      young: 3,
      youngWithOjt: 2,
      trainingHours: 20,
      interviewed: 3,
      approvalRate: 17,
      ojtCoverage: 67,
      hoursPerMember: 3.3,
      interviewRate: 50,
    });
  });

  it("prints no figure about fewer than three people", async () => {
    const [row] = await countUnitFigures(unit(w.sectionB), { fiscalYear: FY, today: { year: FY, month: 10, day: 1 } });
    expect(row).toMatchObject({ members: 2, approvalRate: null, ojtCoverage: null, hoursPerMember: null, interviewRate: null });
  });

  it("lists the city's bureaus and the city as their sum", async () => {
    const { comparison } = await getHqReport(hr, { fiscalYear: FY });
    expect(comparison.bureaus.map((b) => b.name)).toContain("青葉区");
    // Other test files add people to the shared database at any time, so a bureau may hold one
    // or two (withheld, with a partner): the shown ones add up to the city less the withheld.
    const shown = comparison.bureaus.flatMap((b) => (b.members === null ? [] : [b.members]));
    const sum = shown.reduce((total, members) => total + members, 0);
    if (shown.length === comparison.bureaus.length) expect(comparison.city.members).toBe(sum);
    else expect((comparison.city.members ?? 0) - sum).toBeGreaterThanOrEqual(3);
    for (const bureau of comparison.bureaus.filter((b) => b.members === null))
      expect(bureau).toMatchObject({ approvalRate: null, ojtCoverage: null, hoursPerMember: null, interviewRate: null });
  });
});

describe("computed once per figure-cache period", () => {
  it("answers every reader from one computation while it is fresh, each reading still audited", async () => {
    // A year of its own, so the other tests' rows do not move its figures.
    const fiscalYear = 2098;
    const today = { year: 2098, month: 11, day: 1 };
    const audits = () =>
      db.auditLog.count({
        where: { action: "report.view" satisfies AuditAction, entityId: String(fiscalYear), actorId: { in: [hr.employeeId, hq.employeeId] } },
      });
    const cityTitles = (report: Awaited<ReturnType<typeof getHqReport>>) =>
      report.areas.flatMap((a) => a.measures.flatMap((m) => m.cityCommitments.map((c) => c.title)));
    const auditsBefore = await audits();
    const first = await getHqReport(hr, { fiscalYear, today, figureCacheSeconds: 60 });
    await db.commitment.create({
      data: { fiscalYear, measureId: await measureId(1, 1), createdById: hr.employeeId, level: "CITY", title: `${tag} 期間中の追加`, status: "IN_PROGRESS" },
    });
    try {
      const second = await getHqReport(hq, { fiscalYear, today, figureCacheSeconds: 60 });
      expect(second).toEqual(first);
      expect(cityTitles(second)).not.toContain(`${tag} 期間中の追加`);
      // Without the cache the change shows: the copy above was indeed a copy.
      expect(cityTitles(await getHqReport(hr, { fiscalYear, today, figureCacheSeconds: 0 }))).toContain(`${tag} 期間中の追加`);
      expect(await audits()).toBe(auditsBefore + 3);
    } finally {
      await db.commitment.deleteMany({ where: { fiscalYear, title: { startsWith: tag } } });
    }
  });

  it("checks the reader before reading the shared copy", async () => {
    const today = { year: 2098, month: 11, day: 1 };
    await getHqReport(hr, { fiscalYear: 2098, today, figureCacheSeconds: 60 });
    await expectAppError(getHqReport(await seededActor({ staffNumber: "demo-bureau" }), { fiscalYear: 2098, today, figureCacheSeconds: 60 }), "NOT_FOUND");
  });
});

describe("who may read it", () => {
  it("answers NOT_FOUND to a bureau coordinator, a supervisor and an employee", async () => {
    for (const staffNumber of ["demo-bureau", "demo-supervisor", "demo-employee"]) {
      await expectAppError(getHqReport(await seededActor({ staffNumber }), { fiscalYear: FY }), "NOT_FOUND");
    }
    await expectAppError(getHqReport(w.coordinator, { fiscalYear: FY }), "NOT_FOUND");
  });

  it("lets the HR division and the headquarters read it, each reading audited", async () => {
    const audits = (actor: Actor) =>
      db.auditLog.count({
        where: { actorId: actor.employeeId, action: "report.view" satisfies AuditAction, entity: "hq_report", entityId: String(REPORT_FY) },
      });
    const before = [await audits(hr), await audits(hq)];
    await getHqReport(hr, { fiscalYear: REPORT_FY, today: REPORT_TODAY });
    await getHqReport(hq, { fiscalYear: REPORT_FY, today: REPORT_TODAY });
    expect([await audits(hr), await audits(hq)]).toEqual([before[0]! + 1, before[1]! + 1]);
  });

  it("leaves no audit row for a refused reader", async () => {
    const employee = await seededActor({ staffNumber: "demo-employee" });
    const count = () => db.auditLog.count({ where: { actorId: employee.employeeId, action: "report.view" satisfies AuditAction } });
    const before = await count();
    await expectAppError(getHqReport(employee, { fiscalYear: FY }), "NOT_FOUND");
    expect(await count()).toBe(before);
  });
});

describe("the workbook for the meeting papers", () => {
  // Each row as a reader sees it: a merged cell once, by its first cell.
  const cellsOf = (sheet: ExcelJS.Worksheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (!cell.isMerged || cell.master.address === cell.address) values.push(cell.value);
      });
      rows.push(values);
    });
    return rows;
  };

  it("holds the printed sections, headings, numbers (as numbers) and sentences, and is audited as an export", async () => {
    const audits = () =>
      db.auditLog.count({
        where: { actorId: hr.employeeId, action: "export.hq-report" satisfies AuditAction, entity: "hq_report", entityId: String(REPORT_FY) },
      });
    const before = await audits();
    const { document, asciiName } = await exportHqReport(hr, { fiscalYear: REPORT_FY, today: REPORT_TODAY, figureCacheSeconds: 0 });
    expect(await audits()).toBe(before + 1);
    expect(asciiName).toBe(`hq-report-${REPORT_FY}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await documentToXlsx(document)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["表紙", "1 施策分野別取組の状況", "2 局・区別の比較", "3 注目点と遅れている項目"]);
    const [cover, measures, bureaus, findings] = workbook.worksheets.map(cellsOf);
    expect(cover?.[0]?.[0]).toBe("人材育成推進本部報告");
    expect(cover).toContainEqual(["対象年度", "令和81年度"]);

    // The measure table: the same counts as the page, planned and done per level, as numbers.
    expect(measures).toContainEqual(["（1）②職場の人材育成の推進", 2, 1, 1, 0, 1, 1, 1, 1]);
    expect(measures).toContainEqual(["（1）①キャリア形成の支援", 0, 0, 0, 0, 0, 0, 0, 0]);
    // Progress 100 % is the share 1, shown as 100% by the cell's format.
    const city = measures?.find((row) => row[1] === `${tag} 満足度`);
    expect(city).toEqual(["（1）②職場の人材育成の推進", `${tag} 満足度`, "90%", "92.5%", 1, "完了", "令和82年3月31日"]);
    const percentCell = workbook.worksheets[1]!.getRow(measures!.indexOf(city!) + 1).getCell(5);
    expect(percentCell.numFmt).toBe("0%");

    expect(bureaus?.[0]).toEqual(["2 局・区別の比較"]);
    expect(bureaus?.find((row) => row[0] === "局・区" && row.length === 6)).toEqual([
      "局・区",
      "職員数",
      "育成計画承認率",
      "若手職員のOJT計画作成率",
      "1人当たり研修時間（時間）",
      "キャリア面談実施率",
    ]);
    expect(bureaus?.some((row) => row[0] === "全庁")).toBe(true);

    expect(findings).toContainEqual([`・${tag} 広報：期限（令和81年6月1日）を過ぎて完了していません。`]);
    expect(findings).toContainEqual(["・（1）②職場の人材育成の推進：すべての段階（個人・職場・局区・全庁）で取組があります。"]);
  });

  it("is refused, unaudited, to anyone but the HR division and the headquarters", async () => {
    const bureau = await seededActor({ staffNumber: "demo-bureau" });
    const count = () => db.auditLog.count({ where: { actorId: bureau.employeeId, action: "export.hq-report" satisfies AuditAction } });
    const before = await count();
    await expectAppError(exportHqReport(bureau, { fiscalYear: REPORT_FY }), "NOT_FOUND");
    expect(await count()).toBe(before);
  });
});

import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { getBureauSectionFigures, getSectionMemberFigures, SECTION_PAGE_SIZE } from "@/lib/insight/dashboards/bureau-figures";
import { getBureauMeasureFigures, getBureauOwnCommitments } from "@/lib/insight/dashboards/bureau-measure-figures";
import { compareDates, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatFiscalYearJa } from "@/lib/platform/dates/era";
import { exportBureauTable } from "@/lib/insight/dashboards/bureau-export";
import { db } from "@/lib/platform/db/client";
import { toCsv } from "@/lib/platform/exports/csv";
import { toXlsx } from "@/lib/platform/exports/xlsx";
import { type BureauWorld, createBureauWorld, FY } from "@/tests/support/bureau-dashboard-fixtures";
import { expectAppError, seededActor } from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

// The route reads the signed-in person through getActor; the test decides who that is.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/actor", () => ({ getActor: async () => signedIn.actor }));
const { GET } = await import("@/app/(portal)/bureau/export/route");

/**
 * Every figure of the bureau dashboard against the hand-computed expectations of the known
 * dataset described in bureau-dashboard-fixtures.ts, and the scope rules for figures,
 * drill-down and export.
 */

let w: BureauWorld;
let otherCoordinator: Actor;
let foreignSection: number;

beforeAll(async () => {
  w = await createBureauWorld();
  otherCoordinator = await seededActor({ staffNumber: "demo-bureau" });
  foreignSection = (await db.orgUnit.findFirstOrThrow({ where: { name: "障害企画課", kind: "SECTION" }, select: { id: true } })).id;
});

afterAll(async () => {
  await w?.remove();
});

// The migration's rules of 要確認 (approval and OJT coverage below 80 %) apply from 1 July: the
// sections are flagged by them only from then on (attention-rules.test.ts proves both sides).
const RULES_APPLY = compareDates(tokyoDate(), { year: FY, month: 7, day: 1 }) >= 0;
const rule = (figure: string) => expect.objectContaining({ figure, comparison: "BELOW", threshold: 80, fromMonth: 7, fromDay: 1 });
// The export's 要確認 column names the rules that fired, as the page does.
const APPROVAL_RULE = "育成計画の承認率が80%未満（7月1日から）";
const B_FLAG = RULES_APPLY ? APPROVAL_RULE : null;
const A_FLAG = RULES_APPLY ? `${APPROVAL_RULE}、若手職員のOJT計画作成率が80%未満（7月1日から）` : null;
const SECTION_B = {
  name: "試験課B",
  departmentName: "試験部",
  needsAttention: RULES_APPLY,
  attention: RULES_APPLY ? [rule("PLAN_APPROVAL")] : [],
  members: 2,
  plansSubmitted: 1,
  submissionRate: 50,
  plansApproved: 0,
  approvalRate: 0,
  young: 1,
  youngWithOjt: 1,
  ojtCoverage: 100,
  trainingParticipants: 1,
  participationRate: 50,
  trainingHours: 1.5,
  trainingHoursPerMember: 0.8,
  interviewed: 1,
  interviewRate: 50,
  commitmentsPlanned: 1,
  commitmentsInProgress: 0,
  commitmentsDone: 0,
  commitmentsPlannedPer100: 50,
  commitmentsInProgressPer100: 0,
  commitmentsDonePer100: 0,
};
const SECTION_A = {
  name: "試験課A",
  departmentName: "試験部",
  needsAttention: RULES_APPLY,
  attention: RULES_APPLY ? [rule("PLAN_APPROVAL"), rule("OJT_COVERAGE")] : [],
  members: 3,
  plansSubmitted: 2,
  submissionRate: 67,
  plansApproved: 1,
  approvalRate: 33,
  young: 2,
  youngWithOjt: 1,
  ojtCoverage: 50,
  trainingParticipants: 2,
  participationRate: 67,
  trainingHours: 11.5,
  trainingHoursPerMember: 3.8,
  interviewed: 2,
  interviewRate: 67,
  commitmentsPlanned: 3,
  commitmentsInProgress: 1,
  commitmentsDone: 1,
  commitmentsPlannedPer100: 100,
  commitmentsInProgressPer100: 33.3,
  commitmentsDonePer100: 33.3,
};
const TOTAL = {
  members: 5,
  plansSubmitted: 3,
  submissionRate: 60,
  plansApproved: 1,
  approvalRate: 20,
  young: 3,
  youngWithOjt: 2,
  ojtCoverage: 67,
  trainingParticipants: 3,
  participationRate: 60,
  trainingHours: 13,
  trainingHoursPerMember: 2.6,
  interviewed: 3,
  interviewRate: 60,
  commitmentsPlanned: 4,
  commitmentsInProgress: 1,
  commitmentsDone: 1,
  commitmentsPlannedPer100: 80,
  commitmentsInProgressPer100: 20,
  commitmentsDonePer100: 20,
};

describe("figures per section", () => {
  it("counts every figure per 課, lowest approval or coverage first, with the bureau's total", async () => {
    const figures = await getBureauSectionFigures(w.coordinator, { fiscalYear: FY });
    expect(figures.bureau).toEqual({ id: w.bureauId, name: "試験部" });
    expect(figures.bureaus).toEqual([{ id: w.bureauId, name: "試験部" }]);
    // 課B's approval rate (0 %) is the lowest share, so it comes before 課A despite the org chart.
    expect(figures.sections).toEqual([
      { id: w.sectionB, ...SECTION_B },
      { id: w.sectionA, ...SECTION_A },
    ]);
    expect(figures.total).toEqual(TOTAL);
  });

  it("pages the sections in the same order, the total always over every section", async () => {
    const all = await getBureauSectionFigures(w.coordinator, { fiscalYear: FY });
    const first = await getBureauSectionFigures(w.coordinator, { fiscalYear: FY, page: 1 });
    expect(first).toMatchObject({
      sectionCount: all.sections.length,
      page: 1,
      pageCount: Math.max(1, Math.ceil(all.sections.length / SECTION_PAGE_SIZE)),
      total: all.total,
    });
    const pages = [first.sections];
    for (let page = 2; page <= first.pageCount; page++) pages.push((await getBureauSectionFigures(w.coordinator, { fiscalYear: FY, page })).sections);
    expect(pages.flat()).toEqual(all.sections);
    // A page past the last (a stale bookmark) answers the last one.
    expect((await getBureauSectionFigures(w.coordinator, { fiscalYear: FY, page: 99 })).page).toBe(first.pageCount);
  });

  it("reads another fiscal year's records for that year only", async () => {
    const figures = await getBureauSectionFigures(w.coordinator, { fiscalYear: FY - 1 });
    const a = figures.sections.find((row) => row.id === w.sectionA);
    // Last year: no plans, a3's training (4 h) and OJT plan, a2's interview.
    expect(a).toMatchObject({
      members: 3,
      plansSubmitted: 0,
      approvalRate: 0,
      youngWithOjt: 1,
      trainingParticipants: 1,
      trainingHours: 4,
      interviewed: 1,
      commitmentsPlanned: 0,
    });
  });

  it("lets the coordinator choose their own bureau by id and nothing else", async () => {
    expect((await getBureauSectionFigures(w.coordinator, { fiscalYear: FY, bureauId: w.bureauId })).bureau.id).toBe(w.bureauId);
    const healthBureau = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true } });
    await expectAppError(getBureauSectionFigures(w.coordinator, { fiscalYear: FY, bureauId: healthBureau.id }), "NOT_FOUND");
    await expectAppError(getBureauSectionFigures(otherCoordinator, { fiscalYear: FY, bureauId: w.bureauId }), "NOT_FOUND");
    await expectAppError(getBureauSectionFigures(await seededActor({ staffNumber: "demo-employee" }), { fiscalYear: FY }), "NOT_FOUND");
  });

  it("never shows our sections to another bureau's coordinator", async () => {
    const theirs = await getBureauSectionFigures(otherCoordinator, { fiscalYear: FY });
    expect(theirs.sections.map((row) => row.id)).not.toContain(w.sectionA);
    expect(theirs.sections.map((row) => row.id)).not.toContain(w.sectionB);
  });
});

describe("drill-down to persons", () => {
  it("lists the section's active members with their own figures", async () => {
    const figures = await getSectionMemberFigures(w.coordinator, { fiscalYear: FY, sectionId: w.sectionA });
    expect([figures.section, figures.bureau]).toEqual([
      { id: w.sectionA, name: "試験課A" },
      { id: w.bureauId, name: "試験部" },
    ]);
    const plans = await db.developmentPlan.findMany({
      where: { fiscalYear: FY, employeeId: { in: [w.people.a1, w.people.a2] } },
      select: { id: true, employeeId: true },
    });
    const planOf = (employeeId: number) => plans.find((plan) => plan.employeeId === employeeId)?.id;
    // The unit by name, and by its trail from the coordinated unit down (the trail goes on above it).
    const below = (unitName: string) => (unitName === "試験課A" ? ["試験部", "試験課A"] : ["試験部", "試験課A", unitName]);
    const row = (id: number, name: string, unitName: string, rest: object) => ({
      id,
      name,
      nameKana: `シケン ${name.slice(3)}`,
      rank: "主事",
      unitName,
      unitTrail: expect.arrayContaining(below(unitName)),
      ...rest,
    });
    expect(figures.members).toEqual([
      row(w.people.a1, "試験 a1", "試験課A", {
        young: false,
        hasOjt: false,
        planId: planOf(w.people.a1),
        planStatus: "APPROVED",
        commitmentsPlanned: 2,
        commitmentsInProgress: 1,
        commitmentsDone: 1,
        trainings: 2,
        trainingHours: 9.5,
        interviews: 1,
      }),
      row(w.people.a2, "試験 a2", "試験係A1", {
        young: true,
        hasOjt: true,
        planId: planOf(w.people.a2),
        planStatus: "SUBMITTED",
        commitmentsPlanned: 1,
        commitmentsInProgress: 0,
        commitmentsDone: 0,
        trainings: 1,
        trainingHours: 2,
        interviews: 1,
      }),
      row(w.people.a3, "試験 a3", "試験係A1", {
        young: true,
        hasOjt: false,
        planId: null,
        planStatus: null,
        commitmentsPlanned: 0,
        commitmentsInProgress: 0,
        commitmentsDone: 0,
        trainings: 0,
        trainingHours: 0,
        interviews: 0,
      }),
    ]);
    const b = await getSectionMemberFigures(w.coordinator, { fiscalYear: FY, sectionId: w.sectionB });
    // b2's second interview is on 31 March, the fiscal year's last day.
    expect(b.members.map((m) => [m.name, m.planStatus, m.interviews, m.young, m.hasOjt])).toEqual([
      ["試験 b1", "DRAFT", 0, false, false],
      ["試験 b2", "RETURNED", 2, true, true],
    ]);
  });

  it("answers NOT_FOUND for a section outside the coordinator's bureau, or a unit that is no 課", async () => {
    await expectAppError(getSectionMemberFigures(otherCoordinator, { fiscalYear: FY, sectionId: w.sectionA }), "NOT_FOUND");
    await expectAppError(getSectionMemberFigures(w.coordinator, { fiscalYear: FY, sectionId: foreignSection }), "NOT_FOUND");
    await expectAppError(getSectionMemberFigures(w.coordinator, { fiscalYear: FY, sectionId: w.unitA1 }), "NOT_FOUND");
  });
});

const MEASURE_LABELS = [
  "（1）①キャリア形成の支援",
  "（1）②職場の人材育成の推進",
  "（1）③研修所研修の充実",
  "（1）④部門別・業務主管課による研修の拡充",
  "（1）⑤職員の自己啓発支援",
  "（2）①有為な人材の採用",
  "（2）②配置管理・昇任管理",
  "（2）③人事評価の活用",
  "（2）④多様な経験を培う内外の交流推進",
  "（2）⑤人材育成部門と各職場の連携強化",
  "（3）①組織風土づくり",
  "（3）②ワーク・ライフ・バランスの推進",
  "（3）③業務効率化の推進",
];
/** individual planned / in progress / done, then team, per measure label (hand-counted from the fixture) */
const MEASURE_COUNTS: Record<string, number[]> = {
  "（1）①キャリア形成の支援": [4, 1, 1, 1, 1, 0],
  "（1）⑤職員の自己啓発支援": [2, 1, 1, 1, 0, 1],
  "（2）③人事評価の活用": [0, 0, 0, 1, 0, 0],
};
const countsOf = (label: string) => MEASURE_COUNTS[label] ?? [0, 0, 0, 0, 0, 0];

describe("commitments per measure and the bureau's own", () => {
  it("counts individual and team commitments per measure, in the policy's order, in the bureau only", async () => {
    const figures = await getBureauMeasureFigures(w.coordinator, { fiscalYear: FY });
    expect(figures.bureau).toEqual({ id: w.bureauId, name: "試験部" });
    expect(figures.measures.map((row) => row.label)).toEqual(MEASURE_LABELS);
    expect(figures.measures.map((row) => row.areaLabel)).toEqual([
      ...Array<string>(5).fill("（1）職員の主体的な成長を支援する研修・能力開発"),
      ...Array<string>(5).fill("（2）計画的・効果的な人材マネジメント"),
      ...Array<string>(3).fill("（3）能力を発揮できる職場環境づくり"),
    ]);
    expect(
      figures.measures.map((row) => [
        row.label,
        row.individualPlanned,
        row.individualInProgress,
        row.individualDone,
        row.teamPlanned,
        row.teamInProgress,
        row.teamDone,
      ]),
    ).toEqual(MEASURE_LABELS.map((label) => [label, ...countsOf(label)]));
    // last year: none of these commitments
    const lastYear = await getBureauMeasureFigures(w.coordinator, { fiscalYear: FY - 1 });
    expect(lastYear.measures.every((row) => row.individualPlanned + row.teamPlanned === 0)).toBe(true);
  });

  it("lists the bureau's own commitments of the year only", async () => {
    const own = await getBureauOwnCommitments(w.coordinator, { fiscalYear: FY, bureauId: w.bureauId });
    expect(own.map((c) => [c.id, c.title, c.level, c.status, c.progressPercent, c.measure.area.number, c.measure.number])).toEqual([
      [w.bureauCommitment, "部のOJT手引きづくり", "BUREAU", "IN_PROGRESS", 40, 1, 2],
    ]);
    expect((await getBureauOwnCommitments(w.coordinator, { fiscalYear: FY - 1 })).map((c) => [c.title, c.status])).toEqual([["昨年度の部の取組", "DONE"]]);
  });

  it("answers NOT_FOUND for another bureau's coordinator or someone who coordinates none", async () => {
    await expectAppError(getBureauMeasureFigures(otherCoordinator, { fiscalYear: FY, bureauId: w.bureauId }), "NOT_FOUND");
    await expectAppError(getBureauOwnCommitments(otherCoordinator, { fiscalYear: FY, bureauId: w.bureauId }), "NOT_FOUND");
    await expectAppError(getBureauMeasureFigures(await seededActor({ staffNumber: "demo-employee" }), { fiscalYear: FY }), "NOT_FOUND");
    // without an id they get their own bureau's table, never ours
    const theirs = await getBureauMeasureFigures(otherCoordinator, { fiscalYear: FY });
    expect(theirs.bureau.id).not.toBe(w.bureauId);
  });
});

const exportAudits = () =>
  db.auditLog.count({ where: { action: { startsWith: "export.bureau" }, actorId: { in: [w.coordinator.employeeId, otherCoordinator.employeeId] } } });

describe("exports", () => {
  it("exports the sections table as the page shows it, and audits the download", async () => {
    const before = await exportAudits();
    const { table, asciiName } = await exportBureauTable(w.coordinator, { table: "sections", fiscalYear: FY, format: "csv" });
    expect(asciiName).toBe(`bureau-${w.bureauId}-sections-${FY}`);
    expect(table.header).toEqual([
      "課",
      "部",
      "職員数",
      "計画提出者数",
      "計画提出率（%）",
      "計画承認者数",
      "計画承認率（%）",
      "若手職員数",
      "OJT計画のある若手職員数",
      "OJT計画作成率（%）",
      "研修受講者数",
      "研修受講率（%）",
      "研修時間（合計、時間）",
      "1人当たり研修時間（時間）",
      "面談実施者数",
      "面談実施率（%）",
      "個人の取組（計画）",
      "個人の取組（計画、100人当たり件数）",
      "個人の取組（実施中）",
      "個人の取組（実施中、100人当たり件数）",
      "個人の取組（完了）",
      "個人の取組（完了、100人当たり件数）",
      "要確認",
    ]);
    expect(table.rows).toEqual([
      ["試験課B", "試験部", 2, 1, 50, 0, 0, 1, 1, 100, 1, 50, 1.5, 0.8, 1, 50, 1, 50, 0, 0, 0, 0, B_FLAG],
      ["試験課A", "試験部", 3, 2, 67, 1, 33, 2, 1, 50, 2, 67, 11.5, 3.8, 2, 67, 3, 100, 1, 33.3, 1, 33.3, A_FLAG],
      ["合計（課に所属する職員）", null, 5, 3, 60, 1, 20, 3, 2, 67, 3, 60, 13, 2.6, 3, 60, 4, 80, 1, 20, 1, 20, null],
    ]);
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFF課,部,職員数,")).toBe(true);
    expect(csv.split("\r\n").slice(1)).toEqual([
      `試験課B,試験部,2,1,50,0,0,1,1,100,1,50,1.5,0.8,1,50,1,50,0,0,0,0,${B_FLAG ?? ""}`,
      `試験課A,試験部,3,2,67,1,33,2,1,50,2,67,11.5,3.8,2,67,3,100,1,33.3,1,33.3,${A_FLAG ?? ""}`,
      "合計（課に所属する職員）,,5,3,60,1,20,3,2,67,3,60,13,2.6,3,60,4,80,1,20,1,20,",
      "",
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "export.bureau-sections" satisfies AuditAction, actorId: w.coordinator.employeeId },
      orderBy: { id: "desc" },
    });
    expect([audit.entity, audit.entityId, audit.detail]).toEqual(["org_unit", String(w.bureauId), { fiscalYear: FY, format: "csv", rows: 2 }]);
    expect(await exportAudits()).toBe(before + 1);
  });

  it("exports a section's persons, naming them in the audit, and the workbook holds the same cells", async () => {
    const { table } = await exportBureauTable(w.coordinator, { table: "members", fiscalYear: FY, format: "xlsx", sectionId: w.sectionA });
    expect(table.rows).toEqual([
      ["試験 a1", "試験課A", "主事", "承認済み", 1, 1, 2, 2, 9.5, 1, "いいえ", "－"],
      ["試験 a2", "試験係A1", "主事", "提出済み（確認待ち）", 0, 0, 1, 1, 2, 1, "はい", "はい"],
      ["試験 a3", "試験係A1", "主事", "未作成", 0, 0, 0, 0, 0, 0, "はい", "いいえ"],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "export.bureau-section-members" satisfies AuditAction, actorId: w.coordinator.employeeId },
      orderBy: { id: "desc" },
    });
    expect([audit.entityId, audit.detail]).toEqual([
      String(w.sectionA),
      { fiscalYear: FY, format: "xlsx", employeeIds: [w.people.a1, w.people.a2, w.people.a3] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([table])).buffer);
    const sheet = workbook.worksheets[0];
    const values = sheet
      ?.getSheetValues()
      .slice(1)
      .map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(sheet?.name).toBe(table.title.slice(0, 31));
    expect(values).toEqual([table.header, ...table.rows]);
  });

  it("exports the measures table as the page shows it, and audits the download", async () => {
    const before = await exportAudits();
    const { table, asciiName } = await exportBureauTable(w.coordinator, { table: "measures", fiscalYear: FY, format: "csv", bureauId: w.bureauId });
    expect(asciiName).toBe(`bureau-${w.bureauId}-measures-${FY}`);
    expect(table.title).toBe(`試験部_施策別の取組_${formatFiscalYearJa(FY)}`);
    expect(table.header).toEqual([
      "施策分野",
      "施策",
      "個人の取組（計画）",
      "個人の取組（実施中）",
      "個人の取組（完了）",
      "チームの取組（計画）",
      "チームの取組（実施中）",
      "チームの取組（完了）",
    ]);
    expect(table.rows).toHaveLength(13);
    expect(table.rows[0]).toEqual(["（1）職員の主体的な成長を支援する研修・能力開発", "（1）①キャリア形成の支援", 4, 1, 1, 1, 1, 0]);
    expect(table.rows[4]).toEqual(["（1）職員の主体的な成長を支援する研修・能力開発", "（1）⑤職員の自己啓発支援", 2, 1, 1, 1, 0, 1]);
    expect(table.rows[7]).toEqual(["（2）計画的・効果的な人材マネジメント", "（2）③人事評価の活用", 0, 0, 0, 1, 0, 0]);
    expect(table.rows.map((row) => row.slice(2))).toEqual(MEASURE_LABELS.map(countsOf));
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "export.bureau-measures" satisfies AuditAction, actorId: w.coordinator.employeeId },
      orderBy: { id: "desc" },
    });
    expect([audit.entity, audit.entityId, audit.detail]).toEqual(["org_unit", String(w.bureauId), { fiscalYear: FY, format: "csv", rows: 13 }]);
    expect(await exportAudits()).toBe(before + 1);
  });

  it("refuses another bureau's coordinator and writes no audit row", async () => {
    const before = await exportAudits();
    await expectAppError(exportBureauTable(otherCoordinator, { table: "members", fiscalYear: FY, format: "csv", sectionId: w.sectionA }), "NOT_FOUND");
    await expectAppError(exportBureauTable(otherCoordinator, { table: "sections", fiscalYear: FY, format: "csv", bureauId: w.bureauId }), "NOT_FOUND");
    await expectAppError(exportBureauTable(otherCoordinator, { table: "measures", fiscalYear: FY, format: "xlsx", bureauId: w.bureauId }), "NOT_FOUND");
    expect(await exportAudits()).toBe(before);
  });
});

describe("the export route", () => {
  const get = (query: string) => GET(new Request(`http://localhost/bureau/export?${query}`));

  it("answers a CSV attachment with a BOM, CRLF and a Japanese file name", async () => {
    signedIn.actor = w.coordinator;
    const response = await get(`table=sections&format=csv&fy=${FY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="bureau-${w.bureauId}-sections-${FY}.csv"; filename*=UTF-8''${encodeURIComponent(`試験部_課別の状況_${formatFiscalYearJa(FY)}.csv`)}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).split("\r\n")[1]).toBe(`試験課B,試験部,2,1,50,0,0,1,1,100,1,50,1.5,0.8,1,50,1,50,0,0,0,0,${B_FLAG ?? ""}`);
  });

  it("answers the measures table as CSV", async () => {
    signedIn.actor = w.coordinator;
    const response = await get(`table=measures&format=csv&fy=${FY}&bureau=${w.bureauId}`);
    expect(response.status).toBe(200);
    const lines = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(3)).split("\r\n");
    expect(lines.slice(0, 2)).toEqual([
      "施策分野,施策,個人の取組（計画）,個人の取組（実施中）,個人の取組（完了）,チームの取組（計画）,チームの取組（実施中）,チームの取組（完了）",
      "（1）職員の主体的な成長を支援する研修・能力開発,（1）①キャリア形成の支援,4,1,1,1,1,0",
    ]);
  });

  it("answers an Excel workbook for the drill-down", async () => {
    signedIn.actor = w.coordinator;
    const response = await get(`table=members&format=xlsx&fy=${FY}&sectionId=${w.sectionB}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets[0]?.getRow(3).getCell(1).value).toBe("試験 b2");
  });

  it("answers a bare 404 when signed out, out of scope or asked something malformed", async () => {
    signedIn.actor = null;
    expect((await get(`table=sections&format=csv`)).status).toBe(404);
    signedIn.actor = otherCoordinator;
    for (const query of [
      `table=members&format=csv&sectionId=${w.sectionA}`,
      `table=sections&format=xlsx&bureau=${w.bureauId}`,
      `table=measures&format=csv&bureau=${w.bureauId}`,
      "table=members&format=csv",
      "table=sections&format=pdf",
    ]) {
      const response = await get(query);
      expect([query, response.status, await response.text()]).toEqual([query, 404, ""]);
    }
  });
});

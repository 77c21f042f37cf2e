import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { getCityDashboard } from "@/lib/insight/dashboards/city-dashboard";
import type { CityFilters } from "@/lib/insight/dashboards/city-filters";
import { sameDayLastYear } from "@/lib/insight/dashboards/same-day";
import { compareDates, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatFiscalYearJa, formatWareki } from "@/lib/platform/dates/era";
import { type CityWorld, createCityWorld, FY } from "@/tests/support/city-dashboard-fixtures";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import { expectAppError, seededActor } from "@/tests/support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

// A database of its own: which groups are withheld depends on everyone counted (small-groups.ts
// looks across job categories and bureaus), so the other files' people must not move it.
vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

// The route reads the signed-in person through getActor; the test decides who that is.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/actor", () => ({ getActor: async () => signedIn.actor }));
const { GET } = await import("@/app/(portal)/city/export/route");

/**
 * Every figure of the city-wide dashboard against hand-computed literals on the known dataset
 * of city-dashboard-fixtures.ts, isolated by its unique job category and bureaus of its own;
 * small-group suppression on it (tests/integration/small-group-differencing.test.ts proves the
 * rule); who may read the city view.
 */
let w: CityWorld;
let hr: Actor;
let hq: Actor;

beforeAll(async () => {
  await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_citydash");
  w = await createCityWorld();
  hr = await seededActor({ staffNumber: "demo-hr" });
  hq = await seededActor({ staffNumber: "demo-hq" });
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
}, 60_000);

const filters = (more: Partial<CityFilters> = {}): CityFilters => ({ fiscalYear: FY, jobCategory: w.job, youngOnly: false, ...more });
const rowOf = (d: Awaited<ReturnType<typeof getCityDashboard>>, id: number) => d.bureaus.find((row) => row.id === id);
const NONE = {
  members: null,
  plansSubmitted: null,
  submissionRate: null,
  plansApproved: null,
  approvalRate: null,
  young: null,
  youngWithOjt: null,
  ojtCoverage: null,
  trainingParticipants: null,
  participationRate: null,
  trainingHours: null,
  trainingHoursPerMember: null,
  interviewed: null,
  interviewRate: null,
  commitmentsPlanned: null,
  commitmentsInProgress: null,
  commitmentsDone: null,
  commitmentsPlannedPer100: null,
  commitmentsInProgressPer100: null,
  commitmentsDonePer100: null,
};

describe("figures per bureau and for the city", () => {
  it("counts the city's nine and 試験健康福祉局's three; withholds 試験総務局 (two) and, so the total cannot give it away, 試験青葉区", async () => {
    const d = await getCityDashboard(hr, filters());
    // 試験青葉区's four are one person each by band and youngness: it is the partner withheld
    expect(rowOf(d, w.bureaus.x)).toMatchObject({ withheld: true, youngWithheld: true, figures: NONE });
    expect(rowOf(d, w.bureaus.y)).toMatchObject({ withheld: true, youngWithheld: true, figures: NONE });
    expect(rowOf(d, w.bureaus.z)).toEqual({
      id: w.bureaus.z,
      name: "試験健康福祉局",
      withheld: false,
      youngWithheld: false,
      figures: {
        members: 3,
        plansSubmitted: 0,
        submissionRate: 0,
        plansApproved: 0,
        approvalRate: 0,
        young: 0,
        youngWithOjt: 0,
        ojtCoverage: null,
        trainingParticipants: 0,
        participationRate: 0,
        trainingHours: 0,
        trainingHoursPerMember: 0,
        interviewed: 0,
        interviewRate: 0,
        commitmentsPlanned: 0,
        commitmentsInProgress: 0,
        commitmentsDone: 0,
        commitmentsPlannedPer100: 0,
        commitmentsInProgressPer100: 0,
        commitmentsDonePer100: 0,
      },
    });
    expect(d.total).toEqual({
      withheld: false,
      youngWithheld: true,
      figures: {
        members: 9,
        plansSubmitted: 5,
        submissionRate: 56,
        plansApproved: 3,
        approvalRate: 33,
        // one young person in 試験青葉区 and one in 試験総務局: the young-staff cells are withheld everywhere
        young: null,
        youngWithOjt: null,
        ojtCoverage: null,
        trainingParticipants: 3,
        participationRate: 33,
        trainingHours: 6.5,
        trainingHoursPerMember: 0.7,
        interviewed: 1,
        interviewRate: 11,
        // per 100 staff, so the nine compare with a bureau of 2,000
        commitmentsPlanned: 4,
        commitmentsInProgress: 1,
        commitmentsDone: 2,
        commitmentsPlannedPer100: 44.4,
        commitmentsInProgressPer100: 11.1,
        commitmentsDonePer100: 22.2,
      },
    });
  });

  it("narrows by bureau and rank band, and withholds a group another view would give away by subtraction", async () => {
    const z = await getCityDashboard(hr, filters({ bureauId: w.bureaus.z }));
    expect(z.bureaus.map((row) => row.id)).toEqual([w.bureaus.z]);
    expect(z.total.figures).toMatchObject({ members: 3, plansApproved: 0, trainingHours: 0 });
    expect(z.trends.points).toEqual([{ fiscalYear: FY - 1, members: 3, approvalRate: 33, trainingHours: 0 }]);
    // a bureau withheld in the table is withheld when chosen alone, or the table would subtract to 試験総務局
    const x = await getCityDashboard(hr, filters({ bureauId: w.bureaus.x }));
    expect(x.total).toMatchObject({ withheld: true, figures: NONE });
    expect(x.axes).toBeNull();
    expect(x.trends.points.every((point) => point.members === null)).toBe(true);
    const chiefs = await getCityDashboard(hr, filters({ rankBand: "CHIEF" }));
    // only x3 is a 係長: the total, the axes and the trend points all go
    expect(chiefs.total).toMatchObject({ withheld: true, figures: NONE });
    expect(chiefs.axes).toBeNull();
    expect(chiefs.trends.points.every((point) => point.members === null)).toBe(true);
    const staff = await getCityDashboard(hr, filters({ rankBand: "STAFF" }));
    // 係員級 is seven of the nine: beside the total of nine it would show the other two (x3 and
    // x4) by subtraction, so its total goes too; 試験健康福祉局's three, all 係員級, stay
    expect(staff.bureaus.filter((row) => !row.withheld && row.figures.members !== 0).map((row) => [row.id, row.figures.members])).toEqual([[w.bureaus.z, 3]]);
    expect(staff.total).toMatchObject({ withheld: true, figures: NONE });
  });

  it("counts commitments per measure, area, focus theme and target image, and the heat map without withheld bureaus", async () => {
    const { axes } = await getCityDashboard(hr, filters());
    if (!axes) throw new Error("axes withheld");
    expect(axes.measures.find((m) => m.id === w.measures.m11)).toMatchObject({ planned: 3, inProgress: 1, done: 1, areaNumber: 1 });
    expect(axes.measures.find((m) => m.id === w.measures.m12)).toMatchObject({ planned: 1, inProgress: 0, done: 1 });
    expect(axes.measures.filter((m) => m.planned > 0)).toHaveLength(2);
    expect(axes.areas.map((a) => [a.number, a.planned, a.inProgress, a.done])).toEqual([
      [1, 4, 1, 2],
      [2, 0, 0, 0],
      [3, 0, 0, 0],
    ]);
    expect(axes.themes.find((t) => t.id === w.theme1)).toMatchObject({ planned: 1, inProgress: 1, done: 0 });
    expect(axes.themes.find((t) => t.id === null)).toMatchObject({ planned: 3, inProgress: 0, done: 2 });
    expect(axes.images.find((t) => t.id === w.image1)).toMatchObject({ planned: 1 });
    // every commitment is 試験青葉区's or 試験総務局's, both withheld: the heat map has no column
    expect(axes.matrix).toEqual([]);
  });

  it("draws the trend per fiscal year of the policy period and of a promotion plan", async () => {
    const { trends } = await getCityDashboard(hr, filters());
    expect(trends.plan).toBeNull();
    expect(trends.points).toEqual([
      { fiscalYear: FY - 1, members: 9, approvalRate: 11, trainingHours: 4 },
      { fiscalYear: FY, members: 9, approvalRate: 33, trainingHours: 6.5 },
    ]);
    const phase1 = await getCityDashboard(hr, filters({ promotionPlanId: (await firstPlan()).id }));
    // phase 1 is FY2021–2023: no records of ours then
    expect(phase1.trends.plan?.startFiscalYear).toBe(2021);
    expect(phase1.trends.points).toEqual([]);
  });
});

describe("the measure filter", () => {
  it("counts only ①-②'s commitments, per bureau, on the axes and in the heat map; person figures unchanged", async () => {
    const all = await getCityDashboard(hr, filters());
    const d = await getCityDashboard(hr, filters({ measureId: w.measures.m12 }));
    expect(d.filters.measureId).toBe(w.measures.m12);
    // x1's DONE commitment is the only one under ①-②; 試験青葉区 stays withheld whatever the measure
    expect(rowOf(d, w.bureaus.x)).toMatchObject({ withheld: true, figures: NONE });
    expect(d.total.figures).toMatchObject({
      members: 9,
      plansSubmitted: 5,
      approvalRate: 33,
      trainingHours: 6.5,
      commitmentsPlanned: 1,
      commitmentsInProgress: 0,
      commitmentsDone: 1,
    });
    expect(rowOf(d, w.bureaus.y)).toMatchObject({ withheld: true, figures: NONE });
    expect(d.trends).toEqual(all.trends);
    if (!d.axes) throw new Error("axes withheld");
    expect(d.axes.measures.map((m) => [m.id, m.planned, m.inProgress, m.done])).toEqual([[w.measures.m12, 1, 0, 1]]);
    expect(d.axes.areas.map((a) => [a.number, a.planned, a.inProgress, a.done])).toEqual([
      [1, 1, 0, 1],
      [2, 0, 0, 0],
      [3, 0, 0, 0],
    ]);
    expect(d.axes.themes.find((t) => t.id === w.theme1)).toMatchObject({ planned: 0 });
    expect(d.axes.themes.find((t) => t.id === null)).toMatchObject({ planned: 1, inProgress: 0, done: 1 });
    expect(d.axes.images.find((t) => t.id === w.image1)).toMatchObject({ planned: 0 });
    expect(d.axes.matrix).toEqual([]);
  });

  it("counts ①-①: x1 in progress and x2's draft in 試験青葉区, y1's done in 試験総務局 (y2's dropped one not)", async () => {
    const d = await getCityDashboard(hr, filters({ measureId: w.measures.m11 }));
    expect(d.total.figures).toMatchObject({ members: 9, commitmentsPlanned: 3, commitmentsInProgress: 1, commitmentsDone: 1 });
    if (!d.axes) throw new Error("axes withheld");
    expect(d.axes.measures.map((m) => [m.id, m.planned, m.inProgress, m.done])).toEqual([[w.measures.m11, 3, 1, 1]]);
    expect(d.axes.themes.find((t) => t.id === w.theme1)).toMatchObject({ planned: 1, inProgress: 1, done: 0 });
    expect(d.axes.matrix).toEqual([]);
  });

  it("ignores a measure id that is no measure: the view of every measure, nothing refused", async () => {
    const d = await getCityDashboard(hr, filters({ measureId: 2_000_000_000 }));
    expect(d.filters.measureId).toBeUndefined();
    expect(d.total.figures).toMatchObject({ commitmentsPlanned: 4, commitmentsInProgress: 1, commitmentsDone: 2 });
    expect(
      d.axes?.measures
        .filter((m) => m.planned > 0)
        .map((m) => m.id)
        .sort((a, b) => (a ?? 0) - (b ?? 0)),
    ).toEqual([w.measures.m11, w.measures.m12]);
  });

  it("offers the current measures grouped by area, in the policy's order", async () => {
    const { options } = await getCityDashboard(hr, filters());
    const m12 = options.measures.find((m) => m.id === w.measures.m12);
    expect(m12).toMatchObject({ number: 2, area: { number: 1 } });
    const order = options.measures.map((m) => m.area.number * 1000 + m.number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

async function firstPlan() {
  return db.promotionPlan.findFirstOrThrow({ where: { phase: 1 }, select: { id: true } });
}

describe("who reads the city view", () => {
  it("lets the headquarters read the same figures", async () => {
    expect((await getCityDashboard(hq, filters())).total).toEqual((await getCityDashboard(hr, filters())).total);
  });

  it("answers NOT_FOUND to a bureau coordinator, a supervisor and an employee", async () => {
    for (const staffNumber of ["demo-bureau", "demo-supervisor", "demo-employee"]) {
      await expectAppError(getCityDashboard(await seededActor({ staffNumber }), filters()), "NOT_FOUND");
    }
  });

  it("answers NOT_FOUND for a bureau id that is no bureau", async () => {
    await expectAppError(getCityDashboard(hr, filters({ bureauId: 2_000_000_000 })), "NOT_FOUND");
  });
});

describe("exports", () => {
  const url = (table: string, format: string) => `http://localhost/city/export?table=${table}&format=${format}&fy=${FY}&job=${encodeURIComponent(w.job)}`;

  it("downloads the per-bureau table as on the page, withheld cells as 「－」, and audits it", async () => {
    signedIn.actor = hr;
    const response = await GET(new Request(url("bureaus", "csv")));
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    // The header says what each column counts, and each count of hours or commitments has its figure per staff beside it.
    expect(lines[0]).toMatch(/^局・区,職員数,計画提出者（人）,提出率\(%\),/);
    expect(lines[0]).toContain(",研修時間（合計、時間）,1人当たり研修時間（時間）,");
    expect(lines[0]).toMatch(/,取組・完了（件）,取組・完了（100人当たり件数）$/);
    expect(lines).toContain(`試験青葉区,${Array(20).fill("－").join(",")}`);
    expect(lines).toContain(`試験総務局,${Array(20).fill("－").join(",")}`);
    expect(lines).toContain("試験健康福祉局,3,0,0,0,0,0,0,,0,0,0,0,0,0,0,0,0,0,0,0");
    expect(lines.at(-1)).toBe("全庁計,9,5,56,3,33,－,－,－,3,33,6.5,0.7,1,11,4,44.4,1,11.1,2,22.2");
    const audit = await db.auditLog.findFirst({
      where: { actorId: hr.employeeId, action: "export.city-bureaus" satisfies AuditAction },
      orderBy: { id: "desc" },
      select: { detail: true },
    });
    expect(audit?.detail).toMatchObject({ format: "csv", query: expect.stringContaining("job=") });
  });

  it("downloads the per-measure table as Excel", async () => {
    signedIn.actor = hq;
    const response = await GET(new Request(url("measures", "xlsx")));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  });

  it("downloads the per-area table as the page shows it, under the measure filter, and audits the filter", async () => {
    signedIn.actor = hr;
    const { axes } = await getCityDashboard(hr, filters({ measureId: w.measures.m12 }));
    if (!axes) throw new Error("axes withheld");
    const response = await GET(new Request(`${url("areas", "csv")}&measure=${w.measures.m12}`));
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    // the page's rows (CityAxisTable: the area as the policy numbers it, （1）name; planned, in progress, done), counts by hand
    const [a1, a2, a3] = axes.areas;
    expect(lines).toEqual([
      "施策分野,計画,実施中,完了",
      `（${a1?.number}）${a1?.name},1,0,1`,
      `（${a2?.number}）${a2?.name},0,0,0`,
      `（${a3?.number}）${a3?.name},0,0,0`,
    ]);
    const audit = await db.auditLog.findFirst({
      where: { actorId: hr.employeeId, action: "export.city-areas" satisfies AuditAction },
      orderBy: { id: "desc" },
      select: { detail: true },
    });
    expect(audit?.detail).toMatchObject({ format: "csv", rows: 3, query: expect.stringContaining(`measure=${w.measures.m12}`) });
  });

  it("downloads the trend, the focus themes and the target images", async () => {
    signedIn.actor = hr;
    const today = tokyoDate();
    const sameDay = sameDayLastYear(today);
    const trends = await GET(new Request(url("trends", "csv")));
    expect(trends.status).toBe(200);
    expect(
      (await trends.text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/),
    ).toEqual([
      "年度,職員数,承認率(%),研修時間（合計、時間）",
      `${formatFiscalYearJa(FY - 1)},9,11,4`,
      // The unfinished year says on which day it is read, and the previous year follows as it
      // stood on that day: z1's plan has no approval on record by then (the fixture writes no
      // review events), x2's training of 1 June counts once that day has passed.
      `${formatFiscalYearJa(FY)}（${formatWareki(today)}時点）,9,33,6.5`,
      `${formatFiscalYearJa(FY - 1)}（前年度の同じ日：${formatWareki(sameDay)}時点）,9,0,${compareDates(sameDay, { year: FY - 1, month: 6, day: 1 }) >= 0 ? 4 : 0}`,
    ]);
    const themes = (await (await GET(new Request(url("themes", "csv")))).text()).trim().split(/\r?\n/);
    expect(themes.at(-1)).toBe("（未設定）,3,0,2");
    const images = await GET(new Request(url("images", "xlsx")));
    expect(images.headers.get("Content-Type")).toContain("spreadsheetml");
  });

  it("answers a bare 404 to a bureau coordinator and to a bad query", async () => {
    signedIn.actor = await seededActor({ staffNumber: "demo-bureau" });
    expect((await GET(new Request(url("bureaus", "csv")))).status).toBe(404);
    expect((await GET(new Request(url("trends", "csv")))).status).toBe(404);
    signedIn.actor = hr;
    expect((await GET(new Request(url("people", "csv")))).status).toBe(404);
  });
});

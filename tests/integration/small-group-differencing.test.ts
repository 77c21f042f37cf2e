import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { getCityMeasureView, getCityOverview, getCityTrendView } from "@/lib/insight/dashboards/city-dashboard";
import { CITY_FIGURES } from "@/lib/insight/dashboards/city-export-layout";
import { type CityFilters, cityQuery } from "@/lib/insight/dashboards/city-filters";
import { exportCityTable } from "@/lib/insight/dashboards/city-export";
import type { RankBand } from "@/lib/insight/dashboards/rank-bands";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getHqReport } from "@/lib/insight/hq-report/get-hq-report";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import { createSmallGroups } from "@/tests/support/small-group-fixtures";

/**
 * "No figure about fewer than three people can be derived from the views and exports": the
 * headquarters' reader requests the city views (overview, trends, measures), the per-bureau
 * export and the HQ report through the functions the pages use, for filter pairs fast-check
 * draws over a population of many small groups, and every head-count they show is set against
 * every other: a group and any group containing it (the filters relaxed, or the city for a
 * bureau), a total and the rows shown under it, a row and its breakdown by job category or by
 * rank band. Each difference is a group of people whose figures follow by subtraction; it must
 * hold nobody or at least three. The same group must also show the same head-count (or 「－」)
 * wherever it appears, or one view would give away what another withholds.
 */

vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

const FY = fiscalYearOf(tokyoDate());
const BANDS: RankBand[] = ["STAFF", "CHIEF", "MANAGER"];
const WITHHELD = "－";

let db: PrismaClient;
let hq: Actor;
let bureauIds: number[];
let bureauByName: Map<string, number>;
let jobs: string[];

beforeAll(async () => {
  db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_differencing");
  await createSmallGroups(db, FY);
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-hq" }, select: { id: true } });
  const actor = await loadActor(db, id, tokyoDate());
  if (!actor) throw new Error("no headquarters actor");
  hq = actor;
  const bureaus = await db.orgUnit.findMany({ where: { kind: "BUREAU", retiredAt: null }, select: { id: true, name: true }, orderBy: { id: "asc" } });
  bureauIds = bureaus.map((b) => b.id);
  bureauByName = new Map(bureaus.map((b) => [b.name, b.id]));
  jobs = (
    await db.employee.findMany({ where: { active: true }, distinct: ["jobCategory"], select: { jobCategory: true }, orderBy: { jobCategory: "asc" } })
  ).map((e) => e.jobCategory);
}, 180_000);

afterAll(async () => {
  await closeOwnDatabase();
}, 60_000);

/** A group of people: each dimension one value or all of it (undefined), in one fiscal year. */
interface Group {
  year: number;
  bureauId?: number;
  job?: string;
  band?: RankBand;
  young: boolean;
}

/** A group as some view showed it: its head-count, or null for 「－」. */
interface Seen {
  group: Group;
  members: number | null;
  where: string;
}

const keyOf = (g: Group) => `${g.year}|${g.bureauId ?? "*"}|${g.job ?? "*"}|${g.band ?? "*"}|${g.young ? "young" : "*"}`;
const groupOf = (filters: CityFilters, year: number, bureauId: number | undefined, young = filters.youngOnly): Group => ({
  year,
  bureauId,
  job: filters.jobCategory,
  band: filters.rankBand,
  young,
});
const small = (people: number) => people > 0 && people < 3;

/** Whether every person of `inner` is in `outer`: each dimension equal, or all in `outer`. */
function within(inner: Group, outer: Group): boolean {
  return (
    inner.year === outer.year &&
    (outer.bureauId === undefined || outer.bureauId === inner.bureauId) &&
    (outer.job === undefined || outer.job === inner.job) &&
    (outer.band === undefined || outer.band === inner.band) &&
    (!outer.young || inner.young)
  );
}

/** Every head-count difference between two shown groups one inside the other, and every disagreement. */
function violations(seen: readonly Seen[]): string[] {
  const found: string[] = [];
  const byKey = new Map<string, Seen>();
  for (const s of seen) {
    const before = byKey.get(keyOf(s.group));
    if (before && before.members !== s.members)
      found.push(`${keyOf(s.group)}: ${before.members ?? WITHHELD} in ${before.where} but ${s.members ?? WITHHELD} in ${s.where}`);
    byKey.set(keyOf(s.group), s);
  }
  const shown = [...byKey.values()].filter((s): s is Seen & { members: number } => s.members !== null);
  for (const inner of shown) {
    for (const outer of shown) {
      if (inner === outer || !within(inner.group, outer.group)) continue;
      const difference = outer.members - inner.members;
      if (small(difference))
        found.push(`${keyOf(outer.group)} (${outer.where}) ${outer.members} − ${keyOf(inner.group)} (${inner.where}) ${inner.members} = ${difference}`);
    }
  }
  return found;
}

/** A margin less the parts shown under it: what the withheld parts hold together. */
function residual(label: string, margin: number | null, parts: readonly (number | null)[]): string[] {
  if (margin === null) return [];
  const rest = margin - parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
  return small(rest) ? [`${label}: ${margin} less the shown ${parts.map((p) => p ?? WITHHELD).join(", ")} = ${rest}`] : [];
}

interface Views {
  seen: Seen[];
  /** totals against their shown rows, as the reader can subtract them */
  residuals: string[];
  rowMembers: Map<number, number | null>;
  total: number | null;
}

const memo = new Map<string, Promise<Views>>();

/** Everything one set of filters shows, read once per set. */
function viewsOf(filters: CityFilters): Promise<Views> {
  const key = cityQuery(filters);
  const cached = memo.get(key);
  if (cached) return cached;
  const read = readViews(filters);
  memo.set(key, read);
  return read;
}

async function readViews(filters: CityFilters): Promise<Views> {
  const query = cityQuery(filters);
  const seen: Seen[] = [];
  const overview = await getCityOverview(hq, filters);
  const rowMembers = new Map<number, number | null>();
  for (const row of [
    ...overview.bureaus.map((r) => ({ ...r, bureauId: r.id as number | undefined, label: r.name })),
    { ...overview.total, bureauId: filters.bureauId, label: "total" },
  ]) {
    const members = row.withheld ? null : row.figures.members;
    const young = row.youngWithheld ? null : row.figures.young;
    // a withheld row shows no figure at all; withheld young columns none of theirs
    if (row.withheld) expect(Object.values(row.figures).every((v) => v === null)).toBe(true);
    if (row.youngWithheld) expect([row.figures.young, row.figures.youngWithOjt, row.figures.ojtCoverage]).toEqual([null, null, null]);
    seen.push({ group: groupOf(filters, FY, row.bureauId), members, where: `/city?${query} ${row.label}` });
    // (a withheld row blanks its young columns too: more than their own group's rule asks)
    if (!row.withheld) seen.push({ group: groupOf(filters, FY, row.bureauId, true), members: young, where: `/city?${query} ${row.label} young` });
    if (row.label !== "total" && row.bureauId !== undefined) rowMembers.set(row.bureauId, members);
  }
  const total = overview.total.withheld ? null : overview.total.figures.members;
  const residuals =
    filters.bureauId === undefined
      ? [
          ...residual(
            `/city?${query} total`,
            total,
            overview.bureaus.map((r) => (r.withheld ? null : r.figures.members)),
          ),
          ...residual(
            `/city?${query} young total`,
            overview.total.youngWithheld ? null : overview.total.figures.young,
            overview.bureaus.map((r) => (r.youngWithheld ? null : r.figures.young)),
          ),
        ]
      : [];

  const exported = (await exportCityTable(hq, { table: "bureaus", format: "csv", filters })).table;
  const count = (cell: unknown) => (cell === WITHHELD ? null : Number(cell));
  const [membersColumn, youngColumn] = [1 + CITY_FIGURES.indexOf("members"), 1 + CITY_FIGURES.indexOf("young")];
  exported.rows.forEach((cells, index) => {
    const bureauId = index === exported.rows.length - 1 ? filters.bureauId : bureauByName.get(String(cells[0]));
    const members = count(cells[membersColumn]);
    seen.push({ group: groupOf(filters, FY, bureauId), members, where: `export?${query} ${String(cells[0])}` });
    if (members !== null)
      seen.push({ group: groupOf(filters, FY, bureauId, true), members: count(cells[youngColumn]), where: `export?${query} ${String(cells[0])} young` });
  });

  const { trends } = await getCityTrendView(hq, filters);
  for (const point of trends.points)
    seen.push({ group: groupOf(filters, point.fiscalYear, filters.bureauId), members: point.members, where: `/city/trends?${query} ${point.fiscalYear}` });

  // the measures page: its charts are about the total's group and the shown bureaus' only
  const measures = await getCityMeasureView(hq, filters);
  expect(measures.axes === null).toBe(measures.total.withheld);
  for (const cell of measures.axes?.matrix ?? []) expect(rowMembers.get(cell.bureauId)).not.toBeNull();

  return { seen, residuals, rowMembers, total };
}

/** The HQ report's bureaus and city: the groups without any filter. */
async function reportSeen(): Promise<Seen[]> {
  const { comparison } = await getHqReport(hq, { fiscalYear: FY, figureCacheSeconds: 0 });
  const unfiltered: CityFilters = { fiscalYear: FY, youngOnly: false };
  return [
    ...comparison.bureaus.map((b) => ({ group: groupOf(unfiltered, FY, b.id), members: b.members, where: `report ${b.name}` })),
    { group: groupOf(unfiltered, FY, undefined), members: comparison.city.members, where: "report city" },
  ];
}

const filtersArbitrary = () =>
  fc
    .record({
      bureauId: fc.option(fc.constantFrom(...bureauIds), { nil: undefined }),
      jobCategory: fc.option(fc.constantFrom(...jobs), { nil: undefined }),
      rankBand: fc.option(fc.constantFrom(...BANDS), { nil: undefined }),
      youngOnly: fc.boolean(),
    })
    .map((f): CityFilters => ({ fiscalYear: FY, ...f }));

/** A second set of filters inside the first: each dimension kept, or narrowed where it was "all". */
const nestedPair = () =>
  filtersArbitrary().chain((outer) =>
    filtersArbitrary().map((narrower): [CityFilters, CityFilters] => [
      outer,
      {
        fiscalYear: FY,
        bureauId: outer.bureauId ?? narrower.bureauId,
        jobCategory: outer.jobCategory ?? narrower.jobCategory,
        rankBand: outer.rankBand ?? narrower.rankBand,
        youngOnly: outer.youngOnly || narrower.youngOnly,
      },
    ]),
  );

describe("no group under three by subtraction", () => {
  it("shows no difference of one or two people between any two groups the views show, one inside the other", async () => {
    const report = await reportSeen();
    // the issue's own case, always tried first: 係員級 of 試験A shows 9 in 青葉区, 若手のみ 8
    const staff: CityFilters = { fiscalYear: FY, jobCategory: "試験A", rankBand: "STAFF", youngOnly: false };
    const issue: [CityFilters, CityFilters] = [staff, { ...staff, youngOnly: true }];
    await fc.assert(
      fc.asyncProperty(fc.oneof(nestedPair(), fc.tuple(filtersArbitrary(), filtersArbitrary())), async ([first, second]) => {
        const [a, b] = [await viewsOf(first), await viewsOf(second)];
        expect([...violations([...report, ...a.seen, ...b.seen]), ...a.residuals, ...b.residuals]).toEqual([]);
      }),
      { numRuns: 40, examples: [[issue]] },
    );
  }, 900_000);

  it("leaves one or two people in no total less its rows, nor in a row less its breakdown by job or by band", async () => {
    await fc.assert(
      fc.asyncProperty(filtersArbitrary(), async (filters) => {
        const margin = await viewsOf(filters);
        const found = [...margin.residuals];
        for (const [dimension, values] of [
          ["jobCategory", jobs],
          ["rankBand", BANDS],
        ] as const) {
          if (filters[dimension] !== undefined) continue;
          const parts = await Promise.all(values.map((value) => viewsOf({ ...filters, [dimension]: value })));
          for (const [bureauId, members] of [...margin.rowMembers, [undefined, margin.total] as const]) {
            const shown = parts.map((part) => (bureauId === undefined ? part.total : (part.rowMembers.get(bureauId) ?? null)));
            found.push(...residual(`${cityQuery(filters)} bureau ${bureauId ?? "total"} by ${dimension}`, members, shown));
          }
        }
        expect(found).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 900_000);
});

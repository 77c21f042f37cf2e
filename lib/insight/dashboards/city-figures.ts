import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { type CityFilters, cityGroup } from "./city-filters";
import { bureausSql, cityScopePaths, personFilterSql, youngCutoff } from "./city-sql";
import { memberFiguresCte } from "./member-figures-sql";
import { type BureauTotalRow, ratesOf, type SectionCounts, totalOf } from "./section-figures";
import { findWithheldGroups } from "./withheld-groups";
import { keysOf } from "@/lib/platform/validation/narrow";

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * A bureau's (or the city's) figures. When `withheld`, every figure is null (small-groups.ts:
 * a group of one or two, or one whose figures would give such a group away by subtraction);
 * when only `youngWithheld`, the young-staff figures are (their group is the young staff of
 * this one). The numbers never leave this module, so neither the page nor an export can show them.
 */
export interface CityFigureRow {
  withheld: boolean;
  youngWithheld: boolean;
  figures: Nullable<BureauTotalRow>;
}
export type CityBureauRow = CityFigureRow & { id: number; name: string };

export interface CityBureauFigures {
  bureaus: CityBureauRow[];
  total: CityFigureRow;
}

export interface CityOptions {
  /** for tests: the day the young-staff cut-off is read on */
  today?: CalendarDate;
}

const YOUNG_KEYS = ["young", "youngWithOjt", "ojtCoverage"] as const;

function blank(row: BureauTotalRow, withheld: boolean, youngWithheld: boolean): CityFigureRow {
  const figures: Nullable<BureauTotalRow> = { ...row };
  if (withheld) for (const key of keysOf(figures)) figures[key] = null;
  else if (youngWithheld) for (const key of YOUNG_KEYS) figures[key] = null;
  return { withheld, youngWithheld: withheld || youngWithheld, figures };
}

/**
 * The bureau dashboard's per-member figures (member-figures-sql.ts, the same definitions),
 * grouped by 局・区 instead of 課 and narrowed by the person filters; the city row is the sum
 * of the bureaus. One statement, counted by the database, and one more for the head-counts the
 * suppression needs (withheld-groups.ts). A measure filter narrows the commitment counts only;
 * who counts as a member does not change.
 */
/** Shared by everyone with the same scope and inputs for FIGURE_CACHE_SECONDS (lib/insight/figure-cache/shared-figures.ts). */
export async function getCityBureauFigures(actor: Actor, filters: CityFilters, options: CityOptions = {}): Promise<CityBureauFigures> {
  const today = options.today ?? tokyoDate();
  const inputs = { paths: cityScopePaths(actor), filters, today };
  return sharedFigures("city.bureauFigures", inputs, () => computeCityBureauFigures(actor, filters, { ...options, today }));
}

async function computeCityBureauFigures(actor: Actor, filters: CityFilters, options: CityOptions = {}): Promise<CityBureauFigures> {
  const paths = cityScopePaths(actor);
  const today = options.today ?? tokyoDate();
  const youngStaffYears = await getYoungStaffYears(db);
  const cte = memberFiguresCte(bureausSql(paths, filters.bureauId), {
    fiscalYear: filters.fiscalYear,
    today,
    youngStaffYears,
    verifiedOnly: await getCountVerifiedOnly(db),
    measureId: filters.measureId,
  });
  const youngAfter = youngCutoff(filters.fiscalYear, today, youngStaffYears);
  const people = personFilterSql(filters, youngAfter);
  // The employee is joined again only to filter on its job category and rank (the shared CTE
  // does not carry them); `m.young` there and the cut-off here are the same date.
  const [rows, withheldByYear] = await Promise.all([
    db.$queryRaw<(SectionCounts & { id: number; name: string })[]>`${cte},
    fm AS (SELECT m.* FROM m JOIN employee e ON e.id = m.id WHERE true ${people})
    SELECT sec.id, sec.name,
           count(fm.id)::int AS members,
           count(fm.id) FILTER (WHERE fm.plan_status IN ('SUBMITTED', 'APPROVED', 'RETURNED'))::int AS "plansSubmitted",
           count(fm.id) FILTER (WHERE fm.plan_status = 'APPROVED')::int AS "plansApproved",
           count(fm.id) FILTER (WHERE fm.young)::int AS young,
           count(fm.id) FILTER (WHERE fm.young AND fm.has_ojt)::int AS "youngWithOjt",
           count(fm.id) FILTER (WHERE fm.trainings > 0)::int AS "trainingParticipants",
           coalesce(sum(fm.hours), 0)::float8 AS "trainingHours",
           count(fm.id) FILTER (WHERE fm.interviews > 0)::int AS interviewed,
           coalesce(sum(fm.planned), 0)::int AS "commitmentsPlanned",
           coalesce(sum(fm.in_progress), 0)::int AS "commitmentsInProgress",
           coalesce(sum(fm.done), 0)::int AS "commitmentsDone"
    FROM sec LEFT JOIN fm ON fm.section_id = sec.id
    GROUP BY sec.id, sec.name, sec.position
    ORDER BY sec.position, sec.id`,
    findWithheldGroups(paths, [{ fiscalYear: filters.fiscalYear, youngAfter }]),
  ]);
  if (filters.bureauId !== undefined && rows.length === 0) throw notFound("bureau");
  const withheld = withheldByYear.get(filters.fiscalYear);
  const group = cityGroup(filters);
  const decide = (bureauId: number | undefined) => ({
    all: withheld?.isWithheld({ ...group, bureauId }) ?? true,
    young: withheld?.isWithheld({ ...group, bureauId, youngOnly: true }) ?? true,
  });
  const totalDecision = decide(filters.bureauId);
  return {
    bureaus: rows.map(({ id, name, ...counts }) => {
      const decision = decide(id);
      return { id, name, ...blank({ ...counts, ...ratesOf(counts), trainingHours: Math.round(counts.trainingHours * 10) / 10 }, decision.all, decision.young) };
    }),
    total: blank(totalOf(rows), totalDecision.all, totalDecision.young),
  };
}

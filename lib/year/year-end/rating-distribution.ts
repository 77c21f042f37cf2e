import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { db } from "@/lib/platform/db/client";
import { cityGroup } from "@/lib/insight/dashboards/city-filters";
import { bureausSql, cityScopePaths, youngCutoff } from "@/lib/insight/dashboards/city-sql";
import { findWithheldGroups } from "@/lib/insight/dashboards/withheld-groups";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { type AchievementLevel, readAchievementScale } from "./achievement-scale";

/** Rated commitments per code of the scale, and the agreed ones not rated. */
export interface RatingCounts {
  byRating: Record<string, number>;
  unrated: number;
  total: number;
}

function countsOf(rows: readonly { rating: string | null; n: number }[]): RatingCounts {
  const byRating: Record<string, number> = {};
  let unrated = 0;
  for (const row of rows) {
    if (row.rating === null) unrated += row.n;
    else byRating[row.rating] = (byRating[row.rating] ?? 0) + row.n;
  }
  return { byRating, unrated, total: Object.values(byRating).reduce((sum, n) => sum + n, unrated) };
}

/** How each of the actor's own years ended: their agreed commitments per rating, per fiscal year. Only their own. */
export async function findOwnYearEndDistribution(actor: Actor): Promise<{ scale: AchievementLevel[]; years: Map<number, RatingCounts> }> {
  const [{ levels }, rows] = await Promise.all([
    readAchievementScale(db),
    db.$queryRaw<{ fiscalYear: number; rating: string | null; n: number }[]>`
      SELECT c.fiscal_year AS "fiscalYear", r.rating, count(*)::int AS n
      FROM commitment c LEFT JOIN year_end_rating r ON r.commitment_id = c.id
      WHERE c.owner_employee_id = ${actor.employeeId} AND c.level = 'INDIVIDUAL' AND c.status IN ('APPROVED', 'IN_PROGRESS', 'DONE')
      GROUP BY 1, 2`,
  ]);
  const years = new Map<number, RatingCounts>();
  for (const fiscalYear of new Set(rows.map((row) => row.fiscalYear))) years.set(fiscalYear, countsOf(rows.filter((row) => row.fiscalYear === fiscalYear)));
  return { scale: levels, years };
}

export interface BureauRatingRow {
  id: number;
  name: string;
  /** a group the city view withholds (small-groups.ts): no figure of it is shown */
  withheld: boolean;
  counts: RatingCounts | null;
}

/**
 * The city view of how a fiscal year ended: per 局・区, its staff's agreed individual commitments
 * per rating, counted in one grouped statement. The HR division and the headquarters only
 * (cityScopePaths: NOT_FOUND to anyone else). A bureau the city view withholds for that year is
 * withheld here too, and the total is of the bureaus shown, so no withheld one can be worked
 * out by subtraction.
 */
export async function findBureauRatingDistribution(
  actor: Actor,
  fiscalYear: number,
): Promise<{ scale: AchievementLevel[]; bureaus: BureauRatingRow[]; shownTotal: RatingCounts }> {
  const paths = cityScopePaths(actor);
  const youngAfter = youngCutoff(fiscalYear, tokyoDate(), await getYoungStaffYears(db));
  const [{ levels }, rows, withheldByYear] = await Promise.all([
    readAchievementScale(db),
    // The same for every reader of the scope and year: counted once per figure-cache period (the
    // bench measured 22 requests/s, p95 473 ms, when every view counted the city again).
    sharedFigures(
      "yearEnd.bureauRatings",
      { paths, fiscalYear },
      () => db.$queryRaw<{ id: number; name: string; position: number; rating: string | null; n: number }[]>`
      WITH b AS (${bureausSql(paths)})
      SELECT b.id, b.name, b.position, r.rating, count(c.id)::int AS n
      FROM b
      LEFT JOIN org_unit u ON u.path LIKE b.path || '%'
      LEFT JOIN employee e ON e.unit_id = u.id AND e.active
      LEFT JOIN commitment c ON c.owner_employee_id = e.id AND c.level = 'INDIVIDUAL' AND c.fiscal_year = ${fiscalYear} AND c.status IN ('APPROVED', 'IN_PROGRESS', 'DONE')
      LEFT JOIN year_end_rating r ON r.commitment_id = c.id
      GROUP BY b.id, b.name, b.position, r.rating
      ORDER BY b.position, b.id`,
    ),
    findWithheldGroups(paths, [{ fiscalYear, youngAfter }]),
  ]);
  const withheld = withheldByYear.get(fiscalYear);
  const group = cityGroup({ fiscalYear, youngOnly: false });
  const bureaus: BureauRatingRow[] = [];
  for (const id of new Set(rows.map((row) => row.id))) {
    const own = rows.filter((row) => row.id === id);
    const isWithheld = withheld?.isWithheld({ ...group, bureauId: id }) ?? true;
    bureaus.push({ id, name: own[0]?.name ?? "", withheld: isWithheld, counts: isWithheld ? null : countsOf(own.filter((row) => row.n > 0)) });
  }
  const shown = bureaus.flatMap((row) => (row.counts ? [row.counts] : []));
  const shownTotal: RatingCounts = {
    byRating: shown.reduce<Record<string, number>>((sum, counts) => {
      for (const [code, n] of Object.entries(counts.byRating)) sum[code] = (sum[code] ?? 0) + n;
      return sum;
    }, {}),
    unrated: shown.reduce((sum, counts) => sum + counts.unrated, 0),
    total: shown.reduce((sum, counts) => sum + counts.total, 0),
  };
  return { scale: levels, bureaus, shownTotal };
}

import "server-only";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { bureausSql } from "./city-sql";
import { RANK_BAND_KEYS, ranksOf } from "./rank-bands";
import { type AtomCount, type WithheldGroups, withheldGroups } from "./small-groups";

/** A fiscal year and its young-staff cut-off (city-sql.ts youngCutoff): who counts as young that year. */
export interface YearCutoff {
  fiscalYear: number;
  youngAfter: Date;
}

/** The band of `e.rank` as rankBandOf reads it, NONE for a rank no band lists. */
const bandSql = Prisma.sql`CASE ${Prisma.join(
  RANK_BAND_KEYS.map((band) => Prisma.sql`WHEN btrim(e.rank) = ANY (${ranksOf(band)}::text[]) THEN ${band}`),
  " ",
)} ELSE 'NONE' END`;

/**
 * The cells the city view withholds (small-groups.ts) for a scope, per fiscal year asked: the
 * head-count of every atom — bureau × job category × band × young — counted by the database in
 * one grouped statement for all the years (a few hundred rows a year at city scale), whatever
 * filter the view itself was opened with, so every view and export withholds the same cells.
 * The population is the views' own: active staff in the subtree of a current bureau in scope.
 * The counts are the same for every reader of the scope, so they are shared for the figure
 * cache's period: counting the city's staff took ~16 ms of PostgreSQL on every view of the pages
 * that withhold (the year-end ratings read nothing else that was not already shared).
 */
export async function findWithheldGroups(paths: string[] | null, years: readonly YearCutoff[]): Promise<Map<number, WithheldGroups>> {
  const atoms = await sharedFigures("withheldGroups.atoms", { paths, years }, () => countAtoms(paths, years));
  // The org chart's order of the bureaus with anyone in them (one with nobody has nothing to withhold).
  const order = [...new Map(atoms.map((atom) => [atom.bureauId, atom.position])).entries()].sort(([a, p], [b, q]) => p - q || a - b).map(([id]) => id);
  return new Map(
    years.map(({ fiscalYear }) => [
      fiscalYear,
      withheldGroups(
        atoms.filter((atom) => atom.fiscalYear === fiscalYear),
        order,
      ),
    ]),
  );
}

function countAtoms(paths: string[] | null, years: readonly YearCutoff[]): Promise<(AtomCount & { fiscalYear: number; position: number })[]> {
  return db.$queryRaw<(AtomCount & { fiscalYear: number; position: number })[]>`
    WITH b AS (${bureausSql(paths)}),
    joined AS (
      SELECT b.id AS bureau_id, b.position, e.job_category AS job, ${bandSql} AS band, e.joined_on, count(*)::int AS people
      FROM b JOIN org_unit u ON u.path LIKE b.path || '%' JOIN employee e ON e.unit_id = u.id AND e.active
      GROUP BY 1, 2, 3, 4, 5
    )
    SELECT y.fy AS "fiscalYear", j.bureau_id AS "bureauId", j.position, j.job, j.band, (j.joined_on > y.young_after) AS young, sum(j.people)::int AS people
    FROM joined j
    CROSS JOIN unnest(${years.map((year) => year.fiscalYear)}::int[], ${years.map((year) => year.youngAfter.toISOString().slice(0, 10))}::date[]) AS y(fy, young_after)
    GROUP BY 1, 2, 3, 4, 5, 6`;
}

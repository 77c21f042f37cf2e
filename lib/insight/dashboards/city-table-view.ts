import { sortRows, type SortDirection, type TableViewOptions } from "@/lib/platform/paging/table-view";
import { CITY_FIGURES, cityCell } from "./city-export-layout";
import type { CityBureauRow } from "./city-figures";

export type CityColumn = (typeof CITY_FIGURES)[number];
export type CitySort = "bureau" | CityColumn;

/**
 * The city's table per bureau as a reader arranges it (components/data-table): until they choose,
 * the head-count and the five shares — sixteen columns did not fit a desktop, and a seventh
 * already ran past a 1,280 px screen — in the bureaus' own order.
 */
export const CITY_TABLE_OPTIONS: TableViewOptions<CitySort, CityColumn> = {
  sortable: ["bureau", ...CITY_FIGURES],
  choosable: CITY_FIGURES,
  defaultColumns: ["members", "submissionRate", "approvalRate", "ojtCoverage", "participationRate", "interviewRate"],
  defaultOpen: "all",
};

/**
 * Bureaus ordered by a column. A withheld figure (a group too small to show, 「－」) sorts as no
 * figure, last in either direction, so the order tells nothing the cell does not.
 */
export function sortCityBureaus(rows: readonly CityBureauRow[], sort: CitySort | null, dir: SortDirection): CityBureauRow[] {
  if (sort === null) return [...rows];
  return sortRows(rows, (row) => (sort === "bureau" ? row.name : numberOrNull(cityCell(row, sort))), dir);
}

const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);

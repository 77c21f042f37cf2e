import { type SortDirection, sortRows, type TableViewOptions } from "@/lib/platform/paging/table-view";
import type { BureauTotalRow } from "./section-figures";

/** The bureau table's columns a reader may sort by; `name` is the row header's. */
export const BUREAU_SORTS = [
  "name",
  "members",
  "submitted",
  "approved",
  "young",
  "ojt",
  "training",
  "trainingHours",
  "interviews",
  "planned",
  "inProgress",
  "done",
] as const;
export type BureauSort = (typeof BUREAU_SORTS)[number];
export type BureauColumn = Exclude<BureauSort, "name">;

export const BUREAU_COLUMNS = BUREAU_SORTS.filter((key): key is BureauColumn => key !== "name");

/**
 * Shown until the reader chooses: the head-count and the four shares the bureau is steered by.
 * All eleven figures ran to 2,075 px in a 1,118 px column; these five fit it beside the row
 * header (a share's cell is its count, a bar and the per cent).
 */
export const BUREAU_DEFAULT_COLUMNS: readonly BureauColumn[] = ["members", "approved", "ojt", "training", "interviews"];

/** Up to this many sections the table opens whole; a larger bureau opens at its 部 and 署. */
export const BUREAU_OPEN_SECTIONS = 15;

export const bureauViewOptions = (sectionCount: number): TableViewOptions<BureauSort, BureauColumn> => ({
  sortable: BUREAU_SORTS,
  choosable: BUREAU_COLUMNS,
  defaultColumns: BUREAU_DEFAULT_COLUMNS,
  defaultOpen: sectionCount <= BUREAU_OPEN_SECTIONS ? "all" : "none",
});

type Named = BureauTotalRow & { name: string };

/**
 * What a column sorts by: the share or the amount per staff where the column shows one (a large
 * section is not ahead for being large), else the count.
 */
export function bureauSortValue(row: Named, key: BureauSort): number | string | null {
  switch (key) {
    case "name":
      return row.name;
    case "members":
      return row.members;
    case "submitted":
      return row.submissionRate;
    case "approved":
      return row.approvalRate;
    case "young":
      return row.young;
    case "ojt":
      return row.ojtCoverage;
    case "training":
      return row.participationRate;
    case "trainingHours":
      return row.trainingHoursPerMember;
    case "interviews":
      return row.interviewRate;
    case "planned":
      return row.commitmentsPlannedPer100;
    case "inProgress":
      return row.commitmentsInProgressPer100;
    case "done":
      return row.commitmentsDonePer100;
  }
}

export interface RolledUpDepartment<D, S> {
  department: D;
  sections: S[];
}

/**
 * Sections under their 部 or 署. Unsorted, the 部 keep the org chart's order and the sections
 * the order they came in (the dashboard's: those needing attention first); sorted, both levels
 * are ordered by the column, each 部 by its own figure, so the roll-up still reads top-down.
 */
export function rollUpSections<D extends Named & { id: number; sectionIds: number[] }, S extends Named & { id: number }>(
  departments: readonly D[],
  sections: readonly S[],
  sort: { sort: BureauSort | null; dir: SortDirection },
): RolledUpDepartment<D, S>[] {
  const key = sort.sort;
  const byKey = <R extends Named>(rows: readonly R[]): R[] => (key === null ? [...rows] : sortRows(rows, (row) => bureauSortValue(row, key), sort.dir));
  return byKey(departments).map((department) => ({ department, sections: byKey(sections.filter((section) => department.sectionIds.includes(section.id))) }));
}

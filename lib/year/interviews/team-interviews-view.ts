import { toIsoDate } from "@/lib/platform/dates/calendar-date";
import { parseTableView, sortRows, type TableView, type TableViewOptions } from "@/lib/platform/paging/table-view";
import type { TeamInterviewRow } from "./find-team-interviews";

/** The columns the team's interviews table sorts by (through the URL); none: not yet interviewed first. */
export const TEAM_INTERVIEW_SORTS = ["name", "unit", "count", "lastHeldOn", "pending"] as const;
export type TeamInterviewSort = (typeof TEAM_INTERVIEW_SORTS)[number];

const OPTIONS: TableViewOptions<TeamInterviewSort, never> = { sortable: TEAM_INTERVIEW_SORTS, choosable: [], defaultColumns: [], defaultOpen: "all" };

export const parseTeamInterviewsView = (params: Record<string, string | string[] | undefined>): TableView<TeamInterviewSort, never> =>
  parseTableView(params, OPTIONS);

// Never interviewed counts as the longest ago.
const SORT_VALUE: Record<TeamInterviewSort, (row: TeamInterviewRow) => number | string> = {
  name: (row) => row.nameKana,
  unit: (row) => row.unitTrail.join(" "),
  count: (row) => row.count,
  lastHeldOn: (row) => (row.lastHeldOn ? toIsoDate(row.lastHeldOn) : ""),
  pending: (row) => row.pendingActions,
};

/** The rows in the page's own order, or by a column; equals keep the page's order. */
export function sortTeamInterviews(rows: readonly TeamInterviewRow[], view: TableView<TeamInterviewSort, never>): TeamInterviewRow[] {
  return view.sort === null ? [...rows] : sortRows(rows, SORT_VALUE[view.sort], view.dir);
}

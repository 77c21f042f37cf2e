import { toIsoDate } from "@/lib/platform/dates/calendar-date";
import { parseTableView, sortRows, type TableView, type TableViewOptions } from "@/lib/platform/paging/table-view";
import type { OjtOverviewRow } from "./find-ojt-overview";

/** The columns the young staff's OJT table sorts by (through the URL); none chosen: no plan first. */
export const OJT_SORTS = ["name", "trainer", "status", "goals", "sessionsQuarter", "sessionsYear", "lastSession"] as const;
export type OjtSort = (typeof OJT_SORTS)[number];

const OPTIONS: TableViewOptions<OjtSort, never> = { sortable: OJT_SORTS, choosable: [], defaultColumns: [], defaultOpen: "all" };

export const parseOjtView = (params: Record<string, string | string[] | undefined>): TableView<OjtSort, never> => parseTableView(params, OPTIONS);

/**
 * What each column sorts by. A member without a plan has no figures: last either way, except by
 * state, where having none is the first step; a session never held counts as the oldest.
 */
const SORT_VALUE: Record<OjtSort, (row: OjtOverviewRow) => number | string | null> = {
  name: (row) => row.nameKana,
  trainer: (row) => row.plan?.trainerName ?? null,
  status: (row) => (row.plan ? (row.plan.completed ? 2 : 1) : 0),
  goals: (row) => (row.plan && row.plan.goals > 0 ? row.plan.goalsAchieved / row.plan.goals : null),
  sessionsQuarter: (row) => row.plan?.sessionsThisQuarter ?? null,
  sessionsYear: (row) => row.plan?.sessions ?? null,
  lastSession: (row) => (row.plan ? (row.plan.lastSessionOn ? toIsoDate(row.plan.lastSessionOn) : "") : null),
};

/** The members in the page's own order, or by a column; equals keep the page's order. */
export function sortOjtMembers(rows: readonly OjtOverviewRow[], view: TableView<OjtSort, never>): OjtOverviewRow[] {
  return view.sort === null ? [...rows] : sortRows(rows, SORT_VALUE[view.sort], view.dir);
}

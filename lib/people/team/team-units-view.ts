import { parseTableView, sortRows, type TableView } from "@/lib/platform/paging/table-view";
import type { TeamUnitFigures } from "./summarise-team-units";

/** The figures of a large team's units as each team page shows them (components/team/team-units-table). */
export const TEAM_UNIT_COLUMNS = {
  team: [
    "staff",
    "plansApproved",
    "plansSubmitted",
    "plansReturned",
    "plansDraft",
    "plansNone",
    "commitments",
    "overdue",
    "hoursAverage",
    "interviewed",
    "ojt",
  ],
  ojt: ["young", "ojtCovered", "ojtUncovered", "ojtCompleted", "ojtSessions"],
  interviews: ["staff", "interviewedYear", "notInterviewed"],
} as const;
export type TeamUnitsKind = keyof typeof TEAM_UNIT_COLUMNS;
export type TeamUnitColumn = (typeof TEAM_UNIT_COLUMNS)[TeamUnitsKind][number];
export type TeamUnitSort = "unit" | TeamUnitColumn;

const share = (count: number, total: number) => (total === 0 ? null : count / total);

/**
 * What each column sorts by: a count, or the share beside it where the column shows one, so a
 * small unit's 3 of 4 ranks above a large unit's 10 of 40. A share of nobody sorts last.
 */
const UNIT_SORT_VALUE: Record<TeamUnitSort, (unit: TeamUnitFigures) => number | string | null> = {
  unit: (unit) => unit.trail.join(" "),
  staff: (unit) => unit.staff,
  young: (unit) => unit.young,
  plansApproved: (unit) => unit.plansApproved,
  plansSubmitted: (unit) => unit.plansSubmitted,
  plansReturned: (unit) => unit.plansReturned,
  plansDraft: (unit) => unit.plansDraft,
  plansNone: (unit) => unit.plansNone,
  commitments: (unit) => share(unit.commitmentsDone, unit.commitmentsPlanned),
  overdue: (unit) => unit.overdue,
  hoursAverage: (unit) => share(unit.trainingHours, unit.staff),
  interviewed: (unit) => share(unit.interviewed, unit.staff),
  interviewedYear: (unit) => share(unit.interviewed, unit.staff),
  notInterviewed: (unit) => unit.staff - unit.interviewed,
  ojt: (unit) => share(unit.ojtPlans, unit.young),
  ojtCovered: (unit) => share(unit.ojtCovered, unit.young),
  ojtUncovered: (unit) => unit.young - unit.ojtCovered,
  ojtCompleted: (unit) => unit.ojtCompleted,
  ojtSessions: (unit) => unit.ojtSessionsThisQuarter,
};

type Params = Record<string, string | string[] | undefined>;

/**
 * The units table's order from the URL. It shares its page with a people table sorted by `sort`
 * and `dir`, so its own are `usort` and `udir`; an unknown column is the organisation's order.
 */
export function parseTeamUnitsView(params: Params, kind: TeamUnitsKind): TableView<TeamUnitSort, never> {
  return parseTableView<TeamUnitSort, never>(
    { sort: params.usort, dir: params.udir },
    { sortable: ["unit", ...TEAM_UNIT_COLUMNS[kind]], choosable: [], defaultColumns: [], defaultOpen: "all" },
  );
}

/**
 * The view's own parameters, for links that keep it: empty in the organisation's order, and the
 * direction only when it is not the first (every header of a 局長's wide table is such a link).
 */
export const teamUnitsQuery = (view: TableView<TeamUnitSort, never>): Record<string, string> =>
  view.sort === null ? {} : view.dir === "desc" ? { usort: view.sort, udir: "desc" } : { usort: view.sort };

/** Units in the organisation's order, or by a column; equals keep the organisation's order. */
export function sortTeamUnits(units: readonly TeamUnitFigures[], view: TableView<TeamUnitSort, never>): TeamUnitFigures[] {
  return view.sort === null ? [...units] : sortRows(units, UNIT_SORT_VALUE[view.sort], view.dir);
}

import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { UnitName } from "@/components/ui/unit-name";
import { formatFigure } from "@/lib/platform/i18n/format-number";
import { sharedBureau } from "@/lib/people/org/unit-trail";
import { nextDirection, type TableView } from "@/lib/platform/paging/table-view";
import type { TeamUnitFigures } from "@/lib/people/team/summarise-team-units";
import {
  TEAM_UNIT_COLUMNS,
  type TeamUnitColumn,
  type TeamUnitSort,
  type TeamUnitsKind,
  sortTeamUnits,
  teamUnitsQuery,
} from "@/lib/people/team/team-units-view";
import { teamHref } from "@/lib/people/team/view-params";
import { localRoute } from "@/lib/platform/local-route";

/** A count with its share of the unit as a meter (app/globals.css); a dash for an empty unit. */
function Share({ count, total, none }: { count: number; total: number; none: string }) {
  if (total === 0) return <>{none}</>;
  const rate = Math.round((count / total) * 100);
  return (
    // One text node each (a template, not pieces): every piece costs a marker in the HTML.
    <>
      {`${formatFigure(count)} `}
      <span className="meter" style={{ "--p": `${rate}%` }}>{`${rate}%`}</span>
    </>
  );
}

/**
 * A large team one row per unit on the shared table (components/data-table), with the figures
 * the page's people table shows, added up; sorted by any column through the URL (`usort`,
 * `udir`: the people table below has `sort`), kept while opening a unit. The unit's name opens
 * it (`?unit=`), the opened unit's own members are listed below the table. `kind` picks the
 * columns of the page it is on.
 */
export async function TeamUnitsTable({
  units,
  kind,
  path,
  view,
  keep = {},
}: {
  units: TeamUnitFigures[];
  kind: TeamUnitsKind;
  path: string;
  view: TableView<TeamUnitSort, never>;
  /** the page's other parameters (the fiscal year, the unit opened) */
  keep?: Record<string, string | number | null>;
}) {
  const t = await getTranslations("teamUnits");
  const none = t("none");
  const bureau = sharedBureau(units.map((unit) => unit.trail));
  const cells: Record<TeamUnitColumn, (unit: TeamUnitFigures) => ReactNode> = {
    staff: (unit) => formatFigure(unit.staff),
    young: (unit) => formatFigure(unit.young),
    plansApproved: (unit) => formatFigure(unit.plansApproved),
    plansSubmitted: (unit) => formatFigure(unit.plansSubmitted),
    plansReturned: (unit) => formatFigure(unit.plansReturned),
    plansDraft: (unit) => formatFigure(unit.plansDraft),
    plansNone: (unit) => formatFigure(unit.plansNone),
    commitments: (unit) => t("doneOfPlanned", { done: unit.commitmentsDone, planned: unit.commitmentsPlanned }),
    overdue: (unit) => (unit.overdue > 0 ? <span className="cell-alert">{formatFigure(unit.overdue)}</span> : 0),
    hoursAverage: (unit) => t("hoursValue", { hours: unit.staff === 0 ? 0 : Math.round((unit.trainingHours / unit.staff) * 10) / 10 }),
    interviewed: (unit) => <Share count={unit.interviewed} total={unit.staff} none={none} />,
    interviewedYear: (unit) => <Share count={unit.interviewed} total={unit.staff} none={none} />,
    notInterviewed: (unit) => formatFigure(unit.staff - unit.interviewed),
    ojt: (unit) => t("ofTotal", { count: unit.ojtPlans, total: unit.young }),
    ojtCovered: (unit) => <Share count={unit.ojtCovered} total={unit.young} none={none} />,
    ojtUncovered: (unit) => (unit.young - unit.ojtCovered > 0 ? <span className="cell-alert">{formatFigure(unit.young - unit.ojtCovered)}</span> : 0),
    ojtCompleted: (unit) => formatFigure(unit.ojtCompleted),
    ojtSessions: (unit) => (unit.ojtSessionsThisQuarter === null ? none : t("times", { count: unit.ojtSessionsThisQuarter })),
  };
  const columns: DataColumn<TeamUnitFigures>[] = TEAM_UNIT_COLUMNS[kind].map((key) => ({ key, label: t(key), numeric: true, cell: cells[key] }));
  const href = (shown: TableView<TeamUnitSort, never>, values: Record<string, string | number | null> = {}) =>
    localRoute(teamHref(path, { ...keep, ...teamUnitsQuery(shown), ...values }));
  const sortable: readonly TeamUnitSort[] = ["unit", ...TEAM_UNIT_COLUMNS[kind]];
  return (
    <>
      {view.sort ? (
        <p className="print-hidden mb-2">
          <Link href={href({ ...view, sort: null, dir: "asc" })}>{t("defaultOrder")}</Link>
        </p>
      ) : null}
      <DataTable<TeamUnitFigures>
        caption={t("caption")}
        captionHidden
        rowHeader={{
          key: "unit",
          label: t("unit"),
          cell: (unit) =>
            unit.direct ? (
              <Link href="#members">{t("own", { name: unit.name })}</Link>
            ) : (
              <Link href={href(view, { unit: unit.id })}>
                <UnitName trail={unit.trail} bureau={bureau} />
              </Link>
            ),
        }}
        columns={columns}
        rows={sortTeamUnits(units, view)}
        sort={{
          key: view.sort,
          dir: view.dir,
          href: (key) => href({ ...view, sort: sortable.find((known) => known === key) ?? null, dir: nextDirection(view, key) }),
        }}
      />
    </>
  );
}

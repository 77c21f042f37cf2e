import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { localRoute } from "@/lib/platform/local-route";
import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { UnitName } from "@/components/ui/unit-name";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { TeamInterviewRow } from "@/lib/year/interviews/find-team-interviews";
import { TEAM_INTERVIEW_SORTS, type TeamInterviewSort } from "@/lib/year/interviews/team-interviews-view";
import { sharedBureau } from "@/lib/people/org/unit-trail";
import { nextDirection, type TableView } from "@/lib/platform/paging/table-view";

/**
 * One row per member on the shared table (components/data-table): how often and when they were
 * interviewed, and a way to record the next; sorted by a column through the URL (`href` writes
 * a view back as an address); cards on a phone.
 */
export async function TeamInterviewsTable({
  rows,
  caption,
  locale,
  canRecord,
  view,
  href,
}: {
  rows: TeamInterviewRow[];
  caption: string;
  locale: Locale;
  canRecord: boolean;
  view: TableView<TeamInterviewSort, never>;
  href: (view: TableView<TeamInterviewSort, never>) => Route;
}) {
  const t = await getTranslations("interviews");
  const bureau = sharedBureau(rows.map((row) => row.unitTrail));
  // A unit's own members (a 係長's 係) share it: the column would repeat one name on every row.
  const oneUnit = new Set(rows.map((row) => row.unitTrail.join("/"))).size <= 1;
  const columns: DataColumn<TeamInterviewRow>[] = [
    ...(oneUnit ? [] : [{ key: "unit", label: t("team.unit"), cell: (row: TeamInterviewRow) => <UnitName trail={row.unitTrail} bureau={bureau} /> }]),
    {
      key: "count",
      label: t("team.count"),
      numeric: true,
      cell: (row) => (row.count === 0 ? <Badge tone="warning">{t("team.notYet")}</Badge> : t("team.countValue", { count: row.count })),
    },
    { key: "lastHeldOn", label: t("team.lastHeldOn"), nowrap: true, cell: (row) => (row.lastHeldOn ? formatDate(row.lastHeldOn, locale) : t("none")) },
    {
      key: "interviews",
      label: t("team.interviews"),
      sortable: false,
      cell: (row) =>
        row.interviews.length === 0 ? (
          t("none")
        ) : (
          <ul className="flex flex-col gap-1">
            {row.interviews.map((interview) => (
              <li key={interview.id}>
                <Link href={`/interviews/${interview.id}`}>
                  {t("team.open", { date: formatDate(interview.heldOn, locale), kind: t(`kindsShort.${interview.kind}`) })}
                </Link>
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: "pending",
      label: t("team.pending"),
      numeric: true,
      cell: (row) => (row.pendingActions === 0 ? t("none") : t("team.pendingValue", { count: row.pendingActions })),
    },
    ...(canRecord
      ? [
          {
            key: "record",
            label: t("team.record"),
            sortable: false,
            // Only a supervisor above the member holds their interview: none for a co-supervisor.
            cell: (row: TeamInterviewRow) =>
              row.canHold ? (
                <Link href={localRoute(`/team/interviews/new?employee=${row.employeeId}`)} className="row-action">
                  {t("team.record")}
                  <span className="sr-only">{t("team.recordFor", { name: row.name })}</span>
                </Link>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <>
      {view.sort ? (
        <p className="print-hidden mb-2">
          <Link href={href({ ...view, sort: null, dir: "asc" })}>{t("team.defaultOrder")}</Link>
        </p>
      ) : null}
      <DataTable<TeamInterviewRow>
        caption={caption}
        rowHeader={{
          key: "name",
          label: t("team.member"),
          cell: (row) => (
            <>
              {row.name}
              <span className="cell-note">
                {row.nameKana}・{row.rank}
              </span>
            </>
          ),
        }}
        columns={columns}
        rows={rows}
        sort={{
          key: view.sort,
          dir: view.dir,
          href: (key) => href({ ...view, sort: TEAM_INTERVIEW_SORTS.find((known) => known === key) ?? null, dir: nextDirection(view, key) }),
        }}
      />
    </>
  );
}

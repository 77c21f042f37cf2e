import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { localRoute } from "@/lib/platform/local-route";
import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { UnitName } from "@/components/ui/unit-name";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { OjtOverview, OjtOverviewRow } from "@/lib/year/ojt/find-ojt-overview";
import { OJT_SORTS, type OjtSort } from "@/lib/year/ojt/ojt-overview-view";
import { sharedBureau } from "@/lib/people/org/unit-trail";
import { nextDirection, type TableView } from "@/lib/platform/paging/table-view";
import { OJT_STATUS_TONE, ojtStatusOf } from "./ojt-status-badge";

/**
 * One row per young member on the shared table (components/data-table): trainer, plan state,
 * goals achieved, sessions this quarter and in the year, the last session; sorted by a column
 * through the URL (`href` writes a view back as an address), by default members without a plan
 * first with the button to make one; cards on a phone.
 */
export async function OjtOverviewTable({
  overview,
  canCreate,
  view,
  href,
  locale,
}: {
  overview: OjtOverview;
  canCreate: boolean;
  view: TableView<OjtSort, never>;
  href: (view: TableView<OjtSort, never>) => Route;
  locale: Locale;
}) {
  const [t, status] = await Promise.all([getTranslations("ojt"), getTranslations("ojt.status")]);
  const { quarter } = overview;
  const none = t("table.none");
  const bureau = sharedBureau(overview.members.map((member) => member.unitTrail));
  // A unit's own young staff share it: named once by the page's lead, not on every row.
  const oneUnit = new Set(overview.members.map((member) => member.unitTrail.join("/"))).size <= 1;
  const columns: DataColumn<OjtOverviewRow>[] = [
    {
      key: "trainer",
      label: t("table.trainer"),
      cell: ({ plan }) =>
        plan ? (
          <span>
            {plan.trainerName}
            {plan.trainerActive ? null : <Badge tone="warning">{t("table.trainerInactive")}</Badge>}
            {plan.trainerMoved && !plan.completed ? <Badge tone="warning">{t("table.trainerMoved")}</Badge> : null}
          </span>
        ) : (
          none
        ),
    },
    {
      key: "status",
      label: t("table.status"),
      // Drawn here rather than by the async OjtStatusBadge: one component chunk less per row.
      cell: ({ plan }) => <Badge tone={OJT_STATUS_TONE[ojtStatusOf(plan)]}>{status(ojtStatusOf(plan))}</Badge>,
    },
    {
      key: "goals",
      label: t("table.goals"),
      numeric: true,
      cell: ({ plan }) => (plan ? t("table.goalsValue", { achieved: plan.goalsAchieved, total: plan.goals }) : none),
    },
    {
      key: "sessionsQuarter",
      label: quarter ? t("table.sessionsThisQuarter", { quarter }) : t("table.sessionsQuarterNone"),
      numeric: true,
      cell: ({ plan }) => (plan && plan.sessionsThisQuarter !== null ? t("table.times", { count: plan.sessionsThisQuarter }) : none),
    },
    { key: "sessionsYear", label: t("table.sessionsYear"), numeric: true, cell: ({ plan }) => (plan ? t("table.times", { count: plan.sessions }) : none) },
    {
      key: "lastSession",
      label: t("table.lastSession"),
      nowrap: true,
      cell: ({ plan }) => (plan?.lastSessionOn ? formatDate(plan.lastSessionOn, locale) : none),
    },
    {
      key: "actions",
      label: t("table.actions"),
      sortable: false,
      cell: (member) =>
        member.plan ? (
          <Link href={`/ojt/${member.plan.id}`}>
            {t("table.open")}
            <span className="sr-only">{t("table.openFor", { name: member.name })}</span>
          </Link>
        ) : canCreate ? (
          <Link href={localRoute(`/team/ojt/new?trainee=${member.employeeId}&fy=${overview.fiscalYear}`)} className="row-action-primary">
            {t("create")}
            <span className="sr-only">{t("createFor", { name: member.name })}</span>
          </Link>
        ) : (
          none
        ),
    },
  ];
  return (
    <>
      {view.sort ? (
        <p className="print-hidden mb-2">
          <Link href={href({ ...view, sort: null, dir: "asc" })}>{t("table.defaultOrder")}</Link>
        </p>
      ) : null}
      <DataTable<OjtOverviewRow>
        caption={t("table.caption")}
        captionHidden
        rowHeader={{
          key: "name",
          label: t("table.name"),
          cell: (member) => (
            <>
              {member.name}
              <span className="cell-note">
                {oneUnit ? null : (
                  <>
                    <UnitName trail={member.unitTrail} bureau={bureau} />・
                  </>
                )}
                {t("table.memberService", { rank: member.rank, years: member.yearsOfService })}
              </span>
            </>
          ),
        }}
        columns={columns}
        rows={overview.members}
        sort={{
          key: view.sort,
          dir: view.dir,
          href: (key) => href({ ...view, sort: OJT_SORTS.find((known) => known === key) ?? null, dir: nextDirection(view, key) }),
        }}
      />
    </>
  );
}

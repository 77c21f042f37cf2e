import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { PLAN_TONE } from "@/components/plans/status-badge";
import { Badge } from "@/components/ui/badge";
import { ChipLink } from "@/components/ui/chip-link";
import { Pager } from "@/components/ui/pager";
import { UnitName } from "@/components/ui/unit-name";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import { sharedBureau } from "@/lib/people/org/unit-trail";
import { nextDirection, type TableView } from "@/lib/platform/paging/table-view";
import { TEAM_FILTERS, TEAM_SORTS, type TeamFilter, type TeamRow, type TeamSort } from "@/lib/people/team/team-view";
import { teamHref } from "@/lib/people/team/view-params";
import { localRoute } from "@/lib/platform/local-route";

/**
 * The team's people on the shared table (components/data-table): sorted by any column through
 * the URL (none chosen: who needs attention first), filtered through the URL, the unit opened
 * and the rest of the page's view kept, one page at a time; cards on a phone. Each reason for
 * attention shows once, where it belongs: the plan's state in the plan column, overdue items
 * and a missing trainer in bold. Cells are kept to a few short classes: a row is sent twice
 * (HTML and RSC payload).
 */
export async function TeamOverviewTable({
  rows,
  view,
  filter,
  keep,
  page,
  pages,
  controls,
  locale,
}: {
  rows: TeamRow[];
  view: TableView<TeamSort, never>;
  filter: TeamFilter;
  /** the rest of the page's URL: the unit opened, the units table's order */
  keep: Record<string, string | number | null>;
  page: number;
  pages: number;
  /** offer the filters: worth it for a longer list, not for the two or three people of a unit's own */
  controls: boolean;
  locale: Locale;
}) {
  const [t, status, proxy] = await Promise.all([getTranslations("team.overview"), getTranslations("plans.status"), getTranslations("proxyEntry")]);
  // The unit is named once in the page's lead when every row shares it.
  const oneUnit = new Set(rows.map((row) => row.unitTrail.join("/"))).size <= 1;
  const bureau = sharedBureau(rows.map((row) => row.unitTrail));
  const query = (values: { view?: TableView<TeamSort, never>; filter?: TeamFilter; page?: number }) => {
    const shown = values.view ?? view;
    return localRoute(
      teamHref(
        "/team",
        {
          ...keep,
          sort: shown.sort,
          dir: shown.sort ? shown.dir : null,
          filter: (values.filter ?? filter) === "all" ? null : (values.filter ?? filter),
          page: values.page && values.page > 1 ? values.page : null,
        },
        "members",
      ),
    );
  };
  const columns: DataColumn<TeamRow>[] = [
    {
      key: "plan",
      label: t("plan"),
      cell: (row) =>
        row.planId ? (
          // The visible state is part of the link's name (WCAG 2.5.3), the member's name before it.
          // The badge is drawn here, not by PlanStatusBadge: the column names what it is, and
          // an async component per row is one more chunk of the RSC payload per row.
          <Link href={`/plans/${row.planId}`}>
            <span className="sr-only">{t("openPlan", { name: row.name })} </span>
            <Badge tone={PLAN_TONE[row.planStatus ?? "NONE"]}>{status(row.planStatus ?? "NONE")}</Badge>
          </Link>
        ) : (
          // One element, so a phone's card keeps the badge and its link together.
          <span>
            <Badge tone="neutral">{status("NONE")}</Badge>
            {/* 代理入力: a member without a PC has their paper sheet typed in by their reviewer. */}
            <Link href={`/team/proxy/${row.id}`} className="cell-note">
              {proxy("teamLink")}
              <span className="sr-only">（{row.name}）</span>
            </Link>
          </span>
        ),
    },
    {
      key: "progress",
      label: t("commitments"),
      cell: (row) => (
        // One text node each (a template, not pieces): every piece costs a marker in the HTML.
        <span>
          {`${t("doneOfPlanned", { done: row.commitmentsDone, planned: row.commitmentsPlanned })} `}
          <span className="meter" style={{ "--p": `${row.averageProgress}%` }}>{`${row.averageProgress}%`}</span>
        </span>
      ),
    },
    { key: "overdue", label: t("overdue"), numeric: true, cell: (row) => (row.overdue > 0 ? <span className="cell-alert">{row.overdue}</span> : 0) },
    { key: "hours", label: t("hours"), numeric: true, cell: (row) => t("hoursValue", { hours: row.trainingHours }) },
    {
      key: "interview",
      label: t("lastInterview"),
      nowrap: true,
      cell: (row) => (row.lastInterviewOn ? formatDate(fromDateColumn(row.lastInterviewOn), locale) : t("none")),
    },
    {
      key: "ojt",
      label: t("ojt"),
      cell: (row) => (row.youngStaff ? row.hasOjtTrainer ? t("hasTrainer") : <span className="cell-alert">{t("noTrainer")}</span> : t("notApplicable")),
    },
  ];
  return (
    <div id="members" className="scroll-mt-6">
      {controls ? (
        <nav aria-label={t("filter")} className="print-hidden mb-4 flex flex-wrap items-center gap-2">
          <span className="text-std-16B-170">{t("filter")}：</span>
          {TEAM_FILTERS.map((option) => (
            <ChipLink key={option} href={query({ filter: option, page: 1 })} current={filter === option}>
              {t(`filters.${option}`)}
            </ChipLink>
          ))}
        </nav>
      ) : null}
      {view.sort ? (
        <p className="print-hidden mb-2">
          <Link href={query({ view: { ...view, sort: null, dir: "asc" } })}>{t("defaultOrder")}</Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable<TeamRow>
          caption={t("caption")}
          captionHidden
          rowHeader={{
            key: "name",
            label: t("name"),
            cell: (row) => (
              <>
                {/* A name breaks only between family and given name: on a phone 佐久間 航 broke as 佐久 / 間 / 航. */}
                <span className="break-keep">{row.name}</span>
                {row.concurrentPost ? (
                  <>
                    {" "}
                    <Badge tone="info">{t("concurrentPost")}</Badge>
                  </>
                ) : null}
                <span className="cell-note">
                  {oneUnit ? null : (
                    <>
                      <UnitName trail={row.unitTrail} bureau={bureau} />・
                    </>
                  )}
                  {row.rank}
                </span>
              </>
            ),
          }}
          columns={columns}
          rows={rows}
          // A unit's own two or three (no filters offered) are read at a glance: no sorting either.
          sort={
            controls
              ? {
                  key: view.sort,
                  dir: view.dir,
                  href: (key) => query({ view: { ...view, sort: TEAM_SORTS.find((known) => known === key) ?? null, dir: nextDirection(view, key) }, page: 1 }),
                }
              : undefined
          }
        />
      )}
      <Pager page={page} pages={pages} href={(to) => query({ page: to })} label={t("pages")} />
    </div>
  );
}

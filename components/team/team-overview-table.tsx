import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PLAN_TONE } from "@/components/plans/status-badge";
import { Badge } from "@/components/ui/badge";
import { ChipLink } from "@/components/ui/chip-link";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import { sharedBureau } from "@/lib/org/unit-trail";
import { TEAM_FILTERS, type TeamFilter, type TeamRow, type TeamSort } from "@/lib/team/team-view";
import { teamHref } from "@/lib/team/view-params";
import { localRoute } from "@/lib/local-route";

/**
 * The team's people, sortable by column and filterable through the URL (the unit opened kept),
 * one page at a time. Each reason for attention shows once, where it belongs: the plan's state
 * in the plan column, overdue items and a missing trainer in bold; rows needing attention come
 * first. Cells are kept to a few short classes: a row is sent twice (HTML and RSC payload).
 */
export async function TeamOverviewTable({
  rows,
  sort,
  filter,
  unitId,
  page,
  pages,
  controls,
  locale,
}: {
  rows: TeamRow[];
  sort: TeamSort;
  filter: TeamFilter;
  unitId: number | null;
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
  const query = (values: { sort?: TeamSort; filter?: TeamFilter; page?: number }) =>
    localRoute(teamHref("/team", { unit: unitId, sort: values.sort ?? sort, filter: values.filter ?? filter, page: values.page && values.page > 1 ? values.page : null }, "members"));
  const sortHeader = (column: TeamSort, label: string, numeric = false) => (
    <Th numeric={numeric} sort={sort === column ? "ascending" : undefined}>
      <Link href={query({ sort: column })} aria-label={t("sortBy", { column: label })}>
        {label}
        {sort === column ? " ▼" : ""}
      </Link>
    </Th>
  );
  return (
    <div id="members" className="scroll-mt-6">
      {controls ? (
        <nav aria-label={t("filter")} className="print-hidden mb-4 flex flex-wrap items-center gap-2">
          <span className="text-std-16B-170">{t("filter")}：</span>
          {TEAM_FILTERS.map((option) => (
            <ChipLink key={option} href={query({ filter: option })} current={filter === option}>
              {t(`filters.${option}`)}
            </ChipLink>
          ))}
          <span className="ml-4 text-std-16B-170">{t("sortBy", { column: t(`sorts.${sort}`) })}</span>
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("caption")} captionHidden>
          <thead>
            <tr>
              {sortHeader("name", t("name"))}
              <Th>{t("plan")}</Th>
              {sortHeader("progress", t("commitments"))}
              <Th numeric>{t("overdue")}</Th>
              {sortHeader("hours", t("hours"), true)}
              {sortHeader("interview", t("lastInterview"))}
              <Th>{t("ojt")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Th scope="row">
                  {row.name}
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
                </Th>
                <Td>
                  {row.planId ? (
                    // The visible state is part of the link's name (WCAG 2.5.3), the member's name before it.
                    // The badge is drawn here, not by PlanStatusBadge: the column names what it is, and
                    // an async component per row is one more chunk of the RSC payload per row.
                    <Link href={`/plans/${row.planId}`}>
                      <span className="sr-only">{t("openPlan", { name: row.name })} </span>
                      <Badge tone={PLAN_TONE[row.planStatus ?? "NONE"]}>{status(row.planStatus ?? "NONE")}</Badge>
                    </Link>
                  ) : (
                    <>
                      <Badge tone="neutral">{status("NONE")}</Badge>
                      {/* 代理入力: a member without a PC has their paper sheet typed in by their reviewer. */}
                      <Link href={`/team/proxy/${row.id}`} className="cell-note">
                        {proxy("teamLink")}
                        <span className="sr-only">（{row.name}）</span>
                      </Link>
                    </>
                  )}
                </Td>
                <Td>
                  {t("doneOfPlanned", { done: row.commitmentsDone, planned: row.commitmentsPlanned })}
                  {" "}
                  <span className="meter" style={{ "--p": `${row.averageProgress}%` }}>
                    {row.averageProgress}%
                  </span>
                </Td>
                <Td numeric>{row.overdue > 0 ? <span className="cell-alert">{row.overdue}</span> : 0}</Td>
                <Td numeric>{t("hoursValue", { hours: row.trainingHours })}</Td>
                <Td nowrap>{row.lastInterviewOn ? formatDate(fromDateColumn(row.lastInterviewOn), locale) : t("none")}</Td>
                <Td>{row.youngStaff ? row.hasOjtTrainer ? t("hasTrainer") : <span className="cell-alert">{t("noTrainer")}</span> : t("notApplicable")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pager page={page} pages={pages} href={(to) => query({ page: to })} label={t("pages")} />
    </div>
  );
}

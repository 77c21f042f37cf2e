import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { Badge } from "@/components/ui/badge";
import { ChipLink } from "@/components/ui/chip-link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, Td, Th } from "@/components/ui/table";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import { TEAM_FILTERS, type TeamFilter, type TeamRow, type TeamSort } from "@/lib/team/team-view";

const REASON_TONE = { awaitingReview: "info", returned: "warning", noPlan: "danger", draft: "neutral", overdue: "danger", noTrainer: "warning", noInterview: "neutral" } as const;

function query(sort: TeamSort, filter: TeamFilter) {
  return `/team?sort=${sort}&filter=${filter}#members` as Route;
}

/** The team, sortable by column and filterable, each member's reasons for attention as badges. */
export async function TeamOverviewTable({ rows, sort, filter, locale }: { rows: TeamRow[]; sort: TeamSort; filter: TeamFilter; locale: Locale }) {
  const [t, common] = await Promise.all([getTranslations("team.overview"), getTranslations("common")]);
  const sortHeader = (column: TeamSort, label: string, numeric = false) => (
    <Th numeric={numeric} sort={sort === column ? "ascending" : undefined}>
      <Link href={query(column, filter)} aria-label={t("sortBy", { column: label })} className={sort === column ? "font-bold" : ""}>
        {label}
        {sort === column ? " ▼" : ""}
      </Link>
    </Th>
  );
  return (
    <div id="members" className="scroll-mt-6">
      <nav aria-label={t("filter")} className="print-hidden mb-4 flex flex-wrap items-center gap-2">
        <span className="text-std-16B-170">{t("filter")}：</span>
        {TEAM_FILTERS.map((option) => (
          <ChipLink key={option} href={query(sort, option)} current={filter === option}>
            {t(`filters.${option}`)}
          </ChipLink>
        ))}
        <span className="ml-4 text-std-16B-170">{t("sortBy", { column: t(`sorts.${sort}`) })}</span>
      </nav>
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
                  <span className="block whitespace-nowrap">{row.name}</span>
                  <span className="block text-dns-14N-130 font-normal text-solid-gray-700">
                    {row.unitName}・{row.rank}
                  </span>
                  <span className="mt-1 flex flex-wrap gap-1 font-normal">
                    {row.youngStaff ? <Badge tone="info">{common("youngStaff")}</Badge> : null}
                    {row.reasons.map((reason) => (
                      <Badge key={reason} tone={REASON_TONE[reason]}>
                        {t(`reasons.${reason}`)}
                      </Badge>
                    ))}
                  </span>
                </Th>
                <Td>
                  {row.planId ? (
                    // The visible state is part of the link's name (WCAG 2.5.3), the member's name before it.
                    <Link href={`/plans/${row.planId}` as Route}>
                      <span className="sr-only">{t("openPlan", { name: row.name })} </span>
                      <PlanStatusBadge status={row.planStatus ?? "NONE"} />
                    </Link>
                  ) : (
                    <PlanStatusBadge status="NONE" />
                  )}
                </Td>
                <Td>
                  <span className="block">{t("doneOfPlanned", { done: row.commitmentsDone, planned: row.commitmentsPlanned })}</span>
                  <ProgressBar value={row.averageProgress} label={`${row.name}：${t("commitments")}`} />
                </Td>
                <Td numeric>{row.overdue > 0 ? <span className="font-bold text-error-2">{row.overdue}</span> : 0}</Td>
                <Td numeric>{t("hoursValue", { hours: row.trainingHours })}</Td>
                <Td nowrap>{row.lastInterviewOn ? formatDate(fromDateColumn(row.lastInterviewOn), locale) : t("none")}</Td>
                <Td>{row.youngStaff ? (row.hasOjtTrainer ? t("hasTrainer") : <span className="font-bold text-yellow-1200">{t("noTrainer")}</span>) : t("notApplicable")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

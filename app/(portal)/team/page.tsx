import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReviewQueue } from "@/components/plans/review-queue";
import { TeamOverviewTable } from "@/components/team/team-overview-table";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { grantsOf } from "@/lib/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { findReviewQueue } from "@/lib/plans/find-plans";
import { countRecordsToVerify } from "@/lib/records/verification/find-records-to-verify";
import { findTeamOverview } from "@/lib/team/find-team-overview";
import { arrangeTeam, TEAM_FILTERS, TEAM_SORTS, type TeamFilter, type TeamSort } from "@/lib/team/team-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export default async function TeamPage({ searchParams }: { searchParams: Promise<{ sort?: string; filter?: string }> }) {
  const actor = await requireActor();
  const fiscalYear = fiscalYearOf(tokyoDate());
  const [members, queue, toVerify, t, locale, params] = await Promise.all([
    loadOrNotFound(() => findTeamOverview(actor, fiscalYear)),
    loadOrNotFound(() => findReviewQueue(actor)),
    loadOrNotFound(() => countRecordsToVerify(actor)),
    getTranslations(),
    currentLocale(),
    searchParams,
  ]);
  const sort = pick<TeamSort>(params.sort, TEAM_SORTS, "attention");
  const filter = pick<TeamFilter>(params.filter, TEAM_FILTERS, "all");
  const rows = arrangeTeam(members, toDateColumn(fiscalYearStart(fiscalYear)), sort, filter);
  const units = grantsOf(actor, "SUPERVISOR").map((grant) => grant.unitName).filter(Boolean).join("・");
  const young = members.filter((member) => member.youngStaff).length;
  return (
    <>
      <PageHeader title={t("team.title")} lead={t("team.lead", { units, count: members.length })}>
        <span className="text-std-16N-170">{t("team.youngStaffCount", { count: young })}</span>
      </PageHeader>
      <NotificationsPanel actor={actor} view="supervisor" locale={locale} />
      <Section id="review-queue" title={t("review.queue")}>
        <ReviewQueue plans={queue} locale={locale} />
        {toVerify > 0 ? (
          <p className="mt-4 text-std-16N-170">
            {t("verifiedRecords.queue.teamCount", { count: toVerify })}　<Link href="/team/records">{t("verifiedRecords.queue.teamCountLink")}</Link>
          </p>
        ) : null}
      </Section>
      <Section id="overview" title={t("team.overview.title")} lead={t("team.overview.lead", { fiscalYear: formatFiscalYear(fiscalYear, locale) })}>
        {members.length === 0 ? <p>{t("team.empty")}</p> : <TeamOverviewTable rows={rows} sort={sort} filter={filter} locale={locale} />}
      </Section>
    </>
  );
}

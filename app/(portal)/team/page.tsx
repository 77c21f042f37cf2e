import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ReviewQueue } from "@/components/plans/review-queue";
import { TeamOverviewTable } from "@/components/team/team-overview-table";
import { TeamUnitTrail } from "@/components/team/team-unit-trail";
import { TeamUnitsTable } from "@/components/team/team-units-table";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { TeamCycleStatus } from "@/components/cycle/team-cycle-status";
import { Notice } from "@/components/ui/notice";
import { findTeamCycleStatus } from "@/lib/year/cycle/cycle-status";
import { actingFor } from "@/lib/people/acting-reviewers/acting-reviewer-access";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findReviewQueue } from "@/lib/year/plans/find-plans";
import { countRecordsToVerify } from "@/lib/records/verification/find-records-to-verify";
import { findTeamOverview } from "@/lib/people/team/find-team-overview";
import { totalTeamUnits } from "@/lib/people/team/summarise-team-units";
import { leadsSeveralUnits, supervisedUnitNames } from "@/lib/people/team/team-units";
import { arrangeTeam, TEAM_FILTERS, TEAM_TABLE_OPTIONS, type TeamFilter } from "@/lib/people/team/team-view";
import { parseTeamUnitsView, teamUnitsQuery } from "@/lib/people/team/team-units-view";
import { parseTableView } from "@/lib/platform/paging/table-view";
import { pageOf } from "@/lib/platform/paging/page-of";
import { PAGE_SIZE, parseTeamViewParams, teamHref } from "@/lib/people/team/view-params";
import { trailText } from "@/lib/people/org/unit-trail";
import { isOneOf } from "@/lib/platform/validation/narrow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

const pickFilter = (value: unknown): TeamFilter => (isOneOf(TEAM_FILTERS, value) ? value : "all");

type SearchParams = Record<string, string | string[] | undefined>;

// Below a large view's units, its own members are listed with filters only when more than this:
// a 局長's office of two or three is read at a glance, and the chips would weigh more than the rows.
const FILTERED_FROM = 5;

/**
 * The supervisor's team: what needs doing, the plans to review, then the people — all of them
 * for a small team, one row per unit first for a large one (`?unit=` opens a unit).
 */
export default async function TeamPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const { unitId, page } = parseTeamViewParams(params);
  const queuePage = parseTeamViewParams({ page: params.queue }).page;
  const fiscalYear = fiscalYearOf(tokyoDate());
  const [overview, queue, toVerify, t, locale, cycle] = await Promise.all([
    loadOrNotFound(() => findTeamOverview(actor, fiscalYear, unitId)),
    loadOrNotFound(() => findReviewQueue(actor, queuePage)),
    loadOrNotFound(() => countRecordsToVerify(actor)),
    getTranslations(),
    currentLocale(),
    loadOrNotFound(() => findTeamCycleStatus(actor)),
  ]);
  const standingIn = actingFor(actor);
  // The people table sorts by `sort`, the units table above it by `usort`: both live in the URL.
  const view = parseTableView(params, TEAM_TABLE_OPTIONS);
  const unitsView = parseTeamUnitsView(params, "team");
  const filter = pickFilter(params.filter);
  const members = pageOf(arrangeTeam(overview.members, toDateColumn(fiscalYearStart(fiscalYear)), filter, view.sort, view.dir), page, PAGE_SIZE);
  // The page names the opened unit in full, bureau and all; the rows below leave the bureau out.
  const units = overview.view.unit ? trailText(overview.view.unit.trail) : supervisedUnitNames(actor).join("・");
  const young = overview.units ? totalTeamUnits(overview.units).young : overview.members.filter((member) => member.youngStaff).length;
  const unit = overview.view.unit;
  return (
    <>
      <PageHeader title={t("team.title")} lead={t("team.lead", { units, count: overview.staff })}>
        <span className="text-std-16N-170">{t("team.youngStaffCount", { count: young })}</span>
      </PageHeader>
      <TeamUnitTrail path="/team" view={overview.view} severalUnits={leadsSeveralUnits(actor)} />
      {standingIn.length > 0 ? <Notice title={t("cycle.actingNow", { names: standingIn.map((person) => person.name).join("・") })} /> : null}
      {cycle ? <TeamCycleStatus status={cycle} locale={locale} /> : null}
      <NotificationsPanel actor={actor} view="supervisor" locale={locale} />
      <Section id="review-queue" title={t("review.queue")}>
        <ReviewQueue
          queue={queue}
          fiscalYear={fiscalYear}
          page={queuePage}
          href={(to) => teamHref("/team", { unit: unitId, queue: to > 1 ? to : null }, "review-queue")}
          locale={locale}
        />
        {toVerify > 0 ? (
          <p className="mt-4 text-std-16N-170">
            {t("verifiedRecords.queue.teamCount", { count: toVerify })}　<Link href="/team/records">{t("verifiedRecords.queue.teamCountLink")}</Link>
          </p>
        ) : null}
      </Section>
      {overview.units ? (
        <Section id="units" title={t("teamUnits.caption")} lead={t("teamUnits.lead", { count: overview.staff })}>
          <TeamUnitsTable units={overview.units} kind="team" path="/team" view={unitsView} keep={{ unit: unitId }} />
          <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t("team.overdueRule")}</p>
        </Section>
      ) : null}
      {overview.units && overview.members.length === 0 ? null : (
        <Section
          id="overview"
          title={overview.units && unit ? t("teamUnits.ownMembers", { name: unit.name }) : t("team.overview.title")}
          lead={t("team.overview.lead", { fiscalYear: formatFiscalYear(fiscalYear, locale) })}
        >
          {overview.members.length === 0 ? (
            <p>{t("team.empty")}</p>
          ) : (
            <TeamOverviewTable
              rows={members.rows}
              view={view}
              filter={filter}
              keep={{ unit: unitId, ...teamUnitsQuery(unitsView) }}
              page={members.page}
              pages={members.pageCount}
              controls={!overview.units || overview.members.length > FILTERED_FROM || filter !== "all"}
              locale={locale}
            />
          )}
          {/* Said once a page: under the units' table when it stands above this one. */}
          {overview.members.length === 0 || overview.units ? null : <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t("team.overdueRule")}</p>}
        </Section>
      )}
    </>
  );
}

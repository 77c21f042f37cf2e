import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OjtCoverageCards } from "@/components/ojt/ojt-coverage-cards";
import { OjtOverviewTable } from "@/components/ojt/ojt-overview-table";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { TeamUnitTrail } from "@/components/team/team-unit-trail";
import { TeamUnitsTable } from "@/components/team/team-units-table";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findOjtOverview } from "@/lib/year/ojt/find-ojt-overview";
import { pageOf } from "@/lib/platform/paging/page-of";
import { leadsSeveralUnits, supervisedUnitNames } from "@/lib/people/team/team-units";
import { PAGE_SIZE, parseTeamViewParams, teamQuery } from "@/lib/people/team/view-params";
import { parseOjtView, sortOjtMembers } from "@/lib/year/ojt/ojt-overview-view";
import { parseTeamUnitsView, teamUnitsQuery } from "@/lib/people/team/team-units-view";
import type { Route } from "next";
import { trailText } from "@/lib/people/org/unit-trail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ojt"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Plans are made for this year or the next (in March); earlier years are looked back on. */
function yearsOffered(current: number): number[] {
  return [current + 1, current, current - 1, current - 2, current - 3];
}

/** `?fy=` if offered, else the current year: an odd link still opens the page. */
function chosenFiscalYear(value: SearchParams[string], current: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return yearsOffered(current).includes(year) ? year : current;
}

/**
 * The supervisor's OJT for young staff: coverage, then every young member with their plan — or,
 * for a large scope, one row per unit first (`?unit=` opens one).
 */
export default async function TeamOjtPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  const fiscalYear = chosenFiscalYear(params.fy, current);
  const { unitId, page } = parseTeamViewParams(params);
  const [overview, t, tu, locale] = await Promise.all([
    loadOrNotFound(() => findOjtOverview(actor, fiscalYear, unitId)),
    getTranslations("ojt"),
    getTranslations("teamUnits"),
    currentLocale(),
  ]);
  const units = (overview.view.unit ? trailText(overview.view.unit.trail) : null) ?? supervisedUnitNames(actor).join("・");
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const keep: Record<string, number> = fiscalYear === current ? {} : { fy: fiscalYear };
  // The members table sorts by `sort`, the units table above it by `usort`: both in the URL.
  const view = parseOjtView(params);
  const unitsView = parseTeamUnitsView(params, "ojt");
  const members = pageOf(sortOjtMembers(overview.members, view), page, PAGE_SIZE);
  const membersHref = (values: Record<string, string | number | null>): Route =>
    `/team/ojt?${teamQuery({ ...keep, unit: unitId, ...teamUnitsQuery(unitsView), sort: view.sort, dir: view.sort ? view.dir : null, ...values })}#members`;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { units, years: overview.youngStaffYears, fiscalYear: fiscalYearLabel })}>
        <FiscalYearPicker years={yearsOffered(current)} selected={fiscalYear} locale={locale} unit={unitId} />
      </PageHeader>
      <TeamUnitTrail path="/team/ojt" view={overview.view} severalUnits={leadsSeveralUnits(actor)} keep={keep} />
      <Section id="coverage" title={t("coverage.title", { fiscalYear: fiscalYearLabel })}>
        <OjtCoverageCards overview={overview} />
      </Section>
      {overview.units ? (
        <Section id="units" title={tu("caption")} lead={tu("lead", { count: overview.coverage.young })}>
          <TeamUnitsTable units={overview.units} kind="ojt" path="/team/ojt" view={unitsView} keep={{ ...keep, unit: unitId }} />
        </Section>
      ) : null}
      {overview.units && overview.members.length === 0 ? null : (
        <Section id="members" title={t("table.caption")} lead={overview.members.length > 0 ? t("table.lead") : undefined}>
          {overview.members.length === 0 ? (
            <p>{t("empty", { years: overview.youngStaffYears })}</p>
          ) : (
            <>
              <OjtOverviewTable
                overview={{ ...overview, members: members.rows }}
                canCreate={fiscalYear === current || fiscalYear === current + 1}
                view={view}
                href={(shown) => membersHref({ sort: shown.sort, dir: shown.sort ? shown.dir : null })}
                locale={locale}
              />
              <Pager page={members.page} pages={members.pageCount} href={(to) => membersHref({ page: to > 1 ? to : null })} label={t("table.caption")} />
            </>
          )}
        </Section>
      )}
    </>
  );
}

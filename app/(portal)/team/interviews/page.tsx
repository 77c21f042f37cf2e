import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TeamInterviewsTable } from "@/components/interviews/team-interviews-table";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { TeamUnitTrail } from "@/components/team/team-unit-trail";
import { TeamUnitsTable } from "@/components/team/team-units-table";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findTeamInterviews } from "@/lib/year/interviews/find-team-interviews";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { totalTeamUnits } from "@/lib/people/team/summarise-team-units";
import { pageOf } from "@/lib/platform/paging/page-of";
import { leadsSeveralUnits } from "@/lib/people/team/team-units";
import { PAGE_SIZE, parseTeamViewParams, teamQuery } from "@/lib/people/team/view-params";
import { parseTeamInterviewsView, sortTeamInterviews } from "@/lib/year/interviews/team-interviews-view";
import { parseTeamUnitsView, teamUnitsQuery } from "@/lib/people/team/team-units-view";
import type { Route } from "next";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interviews"))("team.title") };
}

// The current year and four before it: enough to look back, and no list of every year ever.
const YEARS_BACK = 4;

/** `?fy=` if it is one of the years offered, else the current one: an odd link still opens. */
function chosenFiscalYear(value: string | string[] | undefined, current: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return year <= current && year >= current - YEARS_BACK ? year : current;
}

/**
 * The supervisor's career interviews: who has been interviewed this year, and who not yet — for
 * a large scope per unit first (`?unit=` opens one), the unit's own members below.
 */
export default async function TeamInterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  const fiscalYear = chosenFiscalYear(params.fy, current);
  const { unitId, page } = parseTeamViewParams(params);
  const [team, t, tu, locale] = await Promise.all([
    loadOrNotFound(() => findTeamInterviews(actor, fiscalYear, unitId)),
    getTranslations("interviews"),
    getTranslations("teamUnits"),
    currentLocale(),
  ]);
  const label = formatFiscalYear(fiscalYear, locale);
  const done = team.units ? totalTeamUnits(team.units).interviewed : team.rows.filter((row) => row.count > 0).length;
  const keep: Record<string, number> = fiscalYear === current ? {} : { fy: fiscalYear };
  // The members table sorts by `sort`, the units table above it by `usort`: both in the URL.
  const view = parseTeamInterviewsView(params);
  const unitsView = parseTeamUnitsView(params, "interviews");
  const rows = pageOf(sortTeamInterviews(team.rows, view), page, PAGE_SIZE);
  const membersHref = (values: Record<string, string | number | null>): Route =>
    `/team/interviews?${teamQuery({ ...keep, unit: unitId, ...teamUnitsQuery(unitsView), sort: view.sort, dir: view.sort ? view.dir : null, ...values })}#members`;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, back) => current - back);
  return (
    <>
      <PageHeader title={t("team.title")} lead={t("team.lead", { fiscalYear: label })}>
        <div className="flex flex-col items-end gap-3">
          <Badge tone={done === team.staff ? "success" : "warning"}>{t("team.progress", { done, total: team.staff })}</Badge>
          <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} unit={unitId} />
        </div>
      </PageHeader>
      <TeamUnitTrail path="/team/interviews" view={team.view} severalUnits={leadsSeveralUnits(actor)} keep={keep} />
      {fiscalYear === current ? null : <p className="mb-4">{t("team.pastYear")}</p>}
      {team.units ? (
        <Section id="units" title={tu("caption")} lead={tu("lead", { count: team.staff })}>
          <TeamUnitsTable units={team.units} kind="interviews" path="/team/interviews" view={unitsView} keep={{ ...keep, unit: unitId }} />
        </Section>
      ) : null}
      {team.units && team.rows.length === 0 ? null : team.rows.length === 0 ? (
        <p>{t("team.empty")}</p>
      ) : (
        <div id="members" className="scroll-mt-6">
          <TeamInterviewsTable
            rows={rows.rows}
            caption={t("team.caption", { fiscalYear: label })}
            locale={locale}
            canRecord={fiscalYear === current}
            view={view}
            href={(shown) => membersHref({ sort: shown.sort, dir: shown.sort ? shown.dir : null })}
          />
          <Pager
            page={rows.page}
            pages={rows.pageCount}
            href={(to) => membersHref({ page: to > 1 ? to : null })}
            label={t("team.caption", { fiscalYear: label })}
          />
        </div>
      )}
    </>
  );
}

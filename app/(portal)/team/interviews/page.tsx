import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TeamInterviewsTable } from "@/components/interviews/team-interviews-table";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findTeamInterviews } from "@/lib/interviews/find-team-interviews";
import { loadOrNotFound } from "@/lib/load-or-not-found";

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

/** The supervisor's career interviews: who has been interviewed this year, and who not yet. */
export default async function TeamInterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  const fiscalYear = chosenFiscalYear(params.fy, current);
  const [rows, t, locale] = await Promise.all([loadOrNotFound(() => findTeamInterviews(actor, fiscalYear)), getTranslations("interviews"), currentLocale()]);
  const label = formatFiscalYear(fiscalYear, locale);
  const done = rows.filter((row) => row.count > 0).length;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, back) => current - back);
  return (
    <>
      <PageHeader title={t("team.title")} lead={t("team.lead", { fiscalYear: label })}>
        <div className="flex flex-col items-end gap-3">
          <Badge tone={done === rows.length ? "success" : "warning"}>{t("team.progress", { done, total: rows.length })}</Badge>
          <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
        </div>
      </PageHeader>
      {fiscalYear === current ? null : <p className="mb-4">{t("team.pastYear")}</p>}
      {rows.length === 0 ? (
        <p>{t("team.empty")}</p>
      ) : (
        <TeamInterviewsTable rows={rows} caption={t("team.caption", { fiscalYear: label })} locale={locale} canRecord={fiscalYear === current} />
      )}
    </>
  );
}

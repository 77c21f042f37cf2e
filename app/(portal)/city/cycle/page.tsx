import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BureauDeadlineForm } from "@/components/cycle/bureau-deadline-form";
import { type CalendarValues, CycleCalendarForm } from "@/components/cycle/cycle-calendar-form";
import { CycleProgressTable } from "@/components/cycle/cycle-progress-table";
import { CycleReminderForm } from "@/components/cycle/cycle-reminder-form";
import { ChipLink } from "@/components/ui/chip-link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { fromDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { assertCycleAdmin, findCycleCalendar } from "@/lib/year/cycle/cycle-calendar";
import { findCycleProgress } from "@/lib/year/cycle/cycle-status";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycle"))("cityTitle") };
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * 年間スケジュール・督促: the HR division sets the year's three windows (and bureaus' own end
 * dates), sees how far the city is with each step and reminds those who have not done it.
 */
export default async function CityCyclePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  allowedOrNotFound(() => assertCycleAdmin(actor));
  const current = fiscalYearOf(tokyoDate());
  const asked = Number(typeof params.year === "string" ? params.year : current);
  const fiscalYear = Number.isInteger(asked) && asked >= current - 1 && asked <= current + 1 ? asked : current;
  const [t, locale, { calendar, deadlines, bureaus }, progress] = await Promise.all([
    getTranslations("cycle"),
    currentLocale(),
    loadOrNotFound(() => findCycleCalendar(actor, fiscalYear)),
    loadOrNotFound(() => findCycleProgress(actor)),
  ]);
  const yearLabel = formatFiscalYear(fiscalYear, locale);
  const values: CalendarValues = calendar
    ? {
        planStartsOn: iso(calendar.planStartsOn),
        planEndsOn: iso(calendar.planEndsOn),
        midYearStartsOn: iso(calendar.midYearStartsOn),
        midYearEndsOn: iso(calendar.midYearEndsOn),
        reflectionStartsOn: iso(calendar.reflectionStartsOn),
        reflectionEndsOn: iso(calendar.reflectionEndsOn),
      }
    : {};
  const bureauName = new Map(bureaus.map((bureau) => [bureau.id, bureau.name]));
  const openedSteps = progress.steps?.filter((step) => step.opened).map((step) => step.step) ?? [];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("cityTitle")} lead={t("cityLead")} />
      <nav aria-label={t("yearNav")} className="flex flex-wrap gap-3">
        {[current - 1, current, current + 1].map((year) => (
          <ChipLink key={year} href={`/city/cycle?year=${year}`} current={year === fiscalYear} currentValue="page">
            {formatFiscalYear(year, locale)}
          </ChipLink>
        ))}
      </nav>
      <Section id="calendar" title={t("calendarTitle", { year: yearLabel })} lead={calendar ? undefined : t("calendarUnset")}>
        <CycleCalendarForm fiscalYear={fiscalYear} version={calendar?.version ?? 0} values={values} />
      </Section>
      {calendar ? (
        <Section id="bureau-deadlines" title={t("bureauDeadlinesTitle")} lead={t("bureauDeadlinesLead")}>
          {deadlines.length === 0 ? (
            <p>{t("bureauDeadlinesEmpty")}</p>
          ) : (
            <Table caption={t("bureauDeadlinesCaption", { count: deadlines.length })}>
              <thead>
                <tr>
                  <Th>{t("bureau")}</Th>
                  <Th>{t("step")}</Th>
                  <Th>{t("bureauEndsOn")}</Th>
                </tr>
              </thead>
              <tbody>
                {deadlines.map((deadline) => (
                  <tr key={`${deadline.bureauId}-${deadline.step}`}>
                    <Th scope="row">{bureauName.get(deadline.bureauId) ?? ""}</Th>
                    <Td>{t(`steps.${deadline.step}`)}</Td>
                    <Td>{formatDate(fromDateColumn(deadline.endsOn), locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <div className="mt-4">
            <BureauDeadlineForm fiscalYear={fiscalYear} version={calendar.version} bureaus={bureaus} />
          </div>
        </Section>
      ) : null}
      <Section id="progress" title={t("progressTitle", { year: formatFiscalYear(progress.fiscalYear, locale) })}>
        {progress.steps ? <CycleProgressTable steps={progress.steps} locale={locale} caption={t("progressCaptionCity")} /> : <p>{t("calendarUnset")}</p>}
      </Section>
      <Section id="remind" title={t("remindTitle")} lead={t("remindLead")}>
        {openedSteps.length > 0 ? <CycleReminderForm steps={openedSteps} bureaus={bureaus} cityWide /> : <p>{t("nothingToRemind")}</p>}
      </Section>
    </div>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { InterviewActionsList } from "@/components/interviews/interview-actions-list";
import { InterviewReadView } from "@/components/interviews/interview-read-view";
import { Badge } from "@/components/ui/badge";
import { ChipLink } from "@/components/ui/chip-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findMyInterviews } from "@/lib/year/interviews/find-my-interviews";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interviews"))("mine.title") };
}

/**
 * The employee's career interviews of one fiscal year (this one unless `fy` names another that
 * holds interviews) and the actions agreed in them, with the years to choose from. Actions of the
 * current year can be answered here; earlier years are history.
 */
export default async function MyInterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, query] = await Promise.all([requireActor(), searchParams]);
  const current = fiscalYearOf(tokyoDate());
  const asked = fiscalYearParam.safeParse(query.fy);
  const year = asked.success ? asked.data : current;
  const [{ years, interviews }, t, locale] = await Promise.all([findMyInterviews(actor, year), getTranslations("interviews"), currentLocale()]);
  const pending = year === current ? interviews.flatMap((interview) => interview.actions.filter((action) => action.status === "PROPOSED")).length : 0;
  const fiscalYearLabel = formatFiscalYear(year, locale);
  const choices = years.some((entry) => entry.fiscalYear === current) ? years : [{ fiscalYear: current, count: 0 }, ...years];
  return (
    <>
      <PageHeader title={t("mine.title")} lead={t("mine.lead")} />
      {pending > 0 ? <Notice tone="warning" title={t("mine.pending", { count: pending })} /> : null}
      {years.length === 0 ? <p>{t("mine.empty")}</p> : null}
      {years.length > 0 ? (
        <nav aria-label={t("mine.yearsLabel")} className="print-hidden mb-8">
          <ul className="flex flex-wrap gap-2">
            {choices.map((choice) => (
              <li key={choice.fiscalYear}>
                <ChipLink href={`/me/interviews?fy=${choice.fiscalYear}`} current={choice.fiscalYear === year} currentValue="page">
                  {t("mine.yearOption", { fiscalYear: formatFiscalYear(choice.fiscalYear, locale), count: choice.count })}
                </ChipLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {years.length > 0 ? (
        <Section id={`fy-${year}`} title={t("mine.year", { fiscalYear: fiscalYearLabel })}>
          {interviews.length === 0 ? <p>{t("mine.emptyYear")}</p> : null}
          <ol className="flex flex-col gap-6">
            {interviews.map((interview) => (
              <li key={interview.id}>
                <article
                  id={`interview-${interview.id}`}
                  aria-labelledby={`interview-${interview.id}-heading`}
                  className="scroll-mt-6 rounded-8 border border-solid-gray-420 p-4"
                >
                  <h3 id={`interview-${interview.id}-heading`} className="mb-3 flex flex-wrap items-center gap-3 text-std-20B-150">
                    {formatDate(interview.heldOn, locale)}
                    <Badge tone="info">{t(`kinds.${interview.kind}`)}</Badge>
                  </h3>
                  <InterviewReadView interview={interview} locale={locale} withPeople={false} />
                  <h4 className="mt-6 mb-3 text-std-17B-170">{t("detail.actions")}</h4>
                  <InterviewActionsList interview={interview} viewer="OWNER" canDecide={year === current} locale={locale} fiscalYearLabel={fiscalYearLabel} />
                  <p className="mt-4">
                    <Link href={`/interviews/${interview.id}`}>{t("mine.open")}</Link>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </>
  );
}

import type { Metadata, Route } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CareerInterviewsHeld } from "@/components/records/career-interviews-held";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { OjtSessionsReceived } from "@/components/records/ojt-sessions-received";
import { QualificationRecordsTable } from "@/components/records/qualification-records-table";
import { TrainingHoursSummary } from "@/components/records/training-hours-summary";
import { TrainingRecordsTable } from "@/components/records/training-records-table";
import { RecordDeletion } from "@/components/records/record-deletion";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { localRoute } from "@/lib/platform/local-route";
import { findCareerInterviewsHeld } from "@/lib/records/find-career-interviews-held";
import { findOjtSessionsReceived } from "@/lib/records/find-ojt-sessions-received";
import { findQualificationRecords } from "@/lib/records/find-qualification-records";
import { findRecordYears } from "@/lib/records/find-record-years";
import { findTrainingRecords } from "@/lib/records/find-training-records";
import { summariseTrainingHours } from "@/lib/records/summarise-training-hours";
import { chosenFiscalYear } from "./records-year";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** A section's way to its add form: a page of its own, as the edit forms have (`./training/new`…). */
function AddLink({ href, children }: { href: Route; children: string }) {
  return (
    <p className="mt-6 print-hidden">
      <Link href={href} className={buttonClass("secondary")}>
        {children}
      </Link>
    </p>
  );
}

/**
 * The person's year of records: trainings, qualifications, the OJT received and the career
 * interviews. The lists only: adding and editing a record are pages of their own, so this page
 * carries neither form (with them it weighed 74 KB for a typical year) nor their messages.
 */
export default async function MyRecordsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const today = tokyoDate();
  const fiscalYear = chosenFiscalYear(params.fy, fiscalYearOf(today));
  const [years, trainings, summary, qualifications, sessions, interviews, t, locale] = await Promise.all([
    findRecordYears(actor),
    findTrainingRecords(actor, { fiscalYear }),
    summariseTrainingHours(actor, undefined, fiscalYear),
    findQualificationRecords(actor, { fiscalYear }),
    findOjtSessionsReceived(actor, fiscalYear),
    findCareerInterviewsHeld(actor, fiscalYear),
    getTranslations("records"),
    currentLocale(),
  ]);
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const yearOptions = [...new Set([fiscalYear, ...years])].sort((a, b) => b - a);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { fiscalYear: fiscalYearLabel })}>
        <FiscalYearPicker years={yearOptions} selected={fiscalYear} locale={locale} />
      </PageHeader>
      <nav aria-label={t("contents")} className="mb-8 print-hidden">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {(["training", "qualifications", "ojt", "interviews"] as const).map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`sections.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="training" title={t("sections.training")} lead={t("training.lead")}>
        <TrainingHoursSummary summary={summary} fiscalYearLabel={fiscalYearLabel} />
        <RecordDeletion kind="training">
          {trainings.length === 0 ? (
            <p className="text-std-16N-170">{t("training.empty", { fiscalYear: fiscalYearLabel })}</p>
          ) : (
            <TrainingRecordsTable
              records={trainings}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              locale={locale}
              editHref={(id) => localRoute(`/me/records/training/${id}/edit?fy=${fiscalYear}`)}
            />
          )}
        </RecordDeletion>
        <AddLink href={`/me/records/training/new?fy=${fiscalYear}`}>{t("training.add")}</AddLink>
      </Section>

      <Section id="qualifications" title={t("sections.qualifications")} lead={t("qualification.lead")}>
        <RecordDeletion kind="qualification">
          {qualifications.length === 0 ? (
            <p className="text-std-16N-170">{t("qualification.empty", { fiscalYear: fiscalYearLabel })}</p>
          ) : (
            <QualificationRecordsTable
              records={qualifications}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              locale={locale}
              today={today}
              editHref={(id) => localRoute(`/me/records/qualifications/${id}/edit?fy=${fiscalYear}`)}
            />
          )}
        </RecordDeletion>
        <AddLink href={`/me/records/qualifications/new?fy=${fiscalYear}`}>{t("qualification.add")}</AddLink>
      </Section>

      <Section id="ojt" title={t("sections.ojt")} lead={t("ojt.lead")}>
        <OjtSessionsReceived sessions={sessions} fiscalYearLabel={fiscalYearLabel} locale={locale} />
      </Section>

      <Section id="interviews" title={t("sections.interviews")} lead={t("interviews.lead")}>
        <CareerInterviewsHeld interviews={interviews} fiscalYearLabel={fiscalYearLabel} locale={locale} />
      </Section>
    </>
  );
}

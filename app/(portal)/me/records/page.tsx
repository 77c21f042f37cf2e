import type { Metadata, Route } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CareerInterviewsHeld } from "@/components/records/career-interviews-held";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { OjtSessionsReceived } from "@/components/records/ojt-sessions-received";
import { QualificationRecordForm } from "@/components/records/qualification-record-form";
import { QualificationRecordsTable } from "@/components/records/qualification-records-table";
import { TrainingHoursSummary } from "@/components/records/training-hours-summary";
import { TrainingRecordForm } from "@/components/records/training-record-form";
import { TrainingRecordsTable } from "@/components/records/training-records-table";
import { RecordDeletion } from "@/components/records/record-deletion";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findSelectableMeasures, findSelfStudyMeasureId } from "@/lib/policy/find-selectable-measures";
import { findCareerInterviewsHeld } from "@/lib/records/find-career-interviews-held";
import { findOjtSessionsReceived } from "@/lib/records/find-ojt-sessions-received";
import { findQualificationRecords } from "@/lib/records/find-qualification-records";
import { findRecordYears } from "@/lib/records/find-record-years";
import { findTrainingRecords } from "@/lib/records/find-training-records";
import { summariseTrainingHours } from "@/lib/records/summarise-training-hours";
import { isOneOf } from "@/lib/platform/validation/narrow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** `?fy=` if it is a plausible year, else the current one: an odd link still opens the page. */
function chosenFiscalYear(value: SearchParams[string], current: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return year >= 2000 && year <= current + 1 ? year : current;
}

const EDITABLE_KINDS = ["training", "qualification"] as const;

/** `?edit=training-12`: which row's edit form is open. Only ids in this year's own lists match. */
function editTarget(value: SearchParams[string]): { kind: "training" | "qualification"; id: number } | null {
  const [, kind, id] = (typeof value === "string" ? /^(training|qualification)-(\d{1,10})$/.exec(value) : null) ?? [];
  return isOneOf(EDITABLE_KINDS, kind) && id !== undefined ? { kind, id: Number(id) } : null;
}

/** The add form folds away once there are records, and stays open for a first entry (and after it, to confirm it). */
function AddPanel({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <Disclosure summary={summary} initiallyOpen={open} className="mt-6 rounded-8 border border-solid-gray-420 p-4 print-hidden">
      {children}
    </Disclosure>
  );
}

function EditPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div id={id} className="mt-6 scroll-mt-6 rounded-8 border-2 border-blue-900 p-6">
      <h3 className="mb-4 text-std-20B-150 text-solid-gray-900">{title}</h3>
      {children}
    </div>
  );
}

export default async function MyRecordsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const today = tokyoDate();
  const fiscalYear = chosenFiscalYear(params.fy, fiscalYearOf(today));
  const [years, trainings, summary, qualifications, sessions, interviews, areas, selfStudyMeasureId, t, locale] = await Promise.all([
    findRecordYears(actor),
    findTrainingRecords(actor, { fiscalYear }),
    summariseTrainingHours(actor, undefined, fiscalYear),
    findQualificationRecords(actor, { fiscalYear }),
    findOjtSessionsReceived(actor, fiscalYear),
    findCareerInterviewsHeld(actor, fiscalYear),
    findSelectableMeasures(actor),
    findSelfStudyMeasureId(),
    getTranslations("records"),
    currentLocale(),
  ]);
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const period = {
    min: toIsoDate(fiscalYearStart(fiscalYear)),
    max: toIsoDate(fiscalYearEnd(fiscalYear)),
    label: t("period", { start: formatDate(fiscalYearStart(fiscalYear), locale), end: formatDate(fiscalYearEnd(fiscalYear), locale) }),
  };
  const editHref =
    (kind: string, anchor: string) =>
    (id: number): Route =>
      `/me/records?fy=${fiscalYear}&edit=${kind}-${id}#${anchor}`;
  const edit = editTarget(params.edit);
  const editingTraining = edit?.kind === "training" ? trainings.find((record) => record.id === edit.id) : undefined;
  const editingQualification = edit?.kind === "qualification" ? qualifications.find((record) => record.id === edit.id) : undefined;
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
        <RecordDeletion kind="training" fiscalYearLabel={fiscalYearLabel}>
          {trainings.length === 0 ? (
            <p className="text-std-16N-170">{t("training.empty", { fiscalYear: fiscalYearLabel })}</p>
          ) : (
            <TrainingRecordsTable
              records={trainings}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              locale={locale}
              editHref={editHref("training", "training-edit")}
            />
          )}
        </RecordDeletion>
        {editingTraining ? (
          <EditPanel id="training-edit" title={t("training.editTitle", { name: editingTraining.programmeName })}>
            <TrainingRecordForm
              key={editingTraining.id}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              period={period}
              areas={areas}
              record={editingTraining}
              cancelHref={`/me/records?fy=${fiscalYear}#training`}
            />
          </EditPanel>
        ) : (
          <AddPanel summary={t("training.add")} open={trainings.length === 0}>
            <TrainingRecordForm key={fiscalYear} fiscalYear={fiscalYear} fiscalYearLabel={fiscalYearLabel} period={period} areas={areas} />
          </AddPanel>
        )}
      </Section>

      <Section id="qualifications" title={t("sections.qualifications")} lead={t("qualification.lead")}>
        <RecordDeletion kind="qualification" fiscalYearLabel={fiscalYearLabel}>
          {qualifications.length === 0 ? (
            <p className="text-std-16N-170">{t("qualification.empty", { fiscalYear: fiscalYearLabel })}</p>
          ) : (
            <QualificationRecordsTable
              records={qualifications}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              locale={locale}
              today={today}
              editHref={editHref("qualification", "qualification-edit")}
            />
          )}
        </RecordDeletion>
        {editingQualification ? (
          <EditPanel id="qualification-edit" title={t("qualification.editTitle", { name: editingQualification.name })}>
            <QualificationRecordForm
              key={editingQualification.id}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              areas={areas}
              selfStudyMeasureId={selfStudyMeasureId}
              record={editingQualification}
              cancelHref={`/me/records?fy=${fiscalYear}#qualifications`}
            />
          </EditPanel>
        ) : (
          <AddPanel summary={t("qualification.add")} open={qualifications.length === 0}>
            <QualificationRecordForm
              key={fiscalYear}
              fiscalYear={fiscalYear}
              fiscalYearLabel={fiscalYearLabel}
              areas={areas}
              selfStudyMeasureId={selfStudyMeasureId}
            />
          </AddPanel>
        )}
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

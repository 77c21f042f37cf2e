import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { TrainingRecordForm } from "@/components/records/training-record-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { findOwnTrainingRecord } from "@/lib/records/training-records";
import { recordsListHref, trainingPeriod } from "../../../../records-year";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("training.editPageTitle") };
}

/** Changes one of the person's own trainings; anyone else's id is not found, as the write would refuse it. */
export default async function EditTrainingRecordPage({ params }: { params: Promise<{ recordId: string }> }) {
  const parsed = idParam.safeParse((await params).recordId);
  if (!parsed.success) notFound();
  const actor = await requireActor();
  const [record, areas, t, locale] = await Promise.all([
    loadOrNotFound(() => findOwnTrainingRecord(actor, parsed.data)),
    findSelectableMeasures(actor),
    getTranslations("records"),
    currentLocale(),
  ]);
  const fiscalYearLabel = formatFiscalYear(record.fiscalYear, locale);
  const list = recordsListHref(record.fiscalYear, "training");
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: t("title"), href: list }, { label: t("training.editPageTitle") }]} />
      <PageHeader title={t("training.editTitle", { name: record.programmeName })} lead={fiscalYearLabel} />
      <TrainingRecordForm
        fiscalYear={record.fiscalYear}
        period={trainingPeriod(record.fiscalYear, (range) => t("period", range), locale)}
        areas={areas}
        record={record}
        cancelHref={list}
      />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { TrainingRecordForm } from "@/components/records/training-record-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { chosenFiscalYear, recordsListHref, trainingPeriod } from "../../../records-year";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("training.addTitle") };
}

/** Records a training of the year the list showed (`?fy=`); the form stays for the next one. */
export default async function NewTrainingRecordPage({ searchParams }: { searchParams: Promise<{ fy?: string | string[] }> }) {
  const [actor, { fy }] = await Promise.all([requireActor(), searchParams]);
  const fiscalYear = chosenFiscalYear(fy, fiscalYearOf(tokyoDate()));
  const [areas, t, locale] = await Promise.all([findSelectableMeasures(actor), getTranslations("records"), currentLocale()]);
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const list = recordsListHref(fiscalYear, "training");
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: t("title"), href: list }, { label: t("training.addTitle") }]} />
      <PageHeader title={t("training.addTitle")} lead={fiscalYearLabel} />
      <TrainingRecordForm fiscalYear={fiscalYear} period={trainingPeriod(fiscalYear, (range) => t("period", range), locale)} areas={areas} cancelHref={list} />
    </>
  );
}

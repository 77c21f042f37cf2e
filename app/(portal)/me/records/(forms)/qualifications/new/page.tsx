import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { QualificationRecordForm } from "@/components/records/qualification-record-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findSelectableMeasures, findSelfStudyMeasureId } from "@/lib/policy/find-selectable-measures";
import { chosenFiscalYear, recordsListHref } from "../../../records-year";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("qualification.addTitle") };
}

/**
 * Records a qualification or self-study from the year the list showed (`?fy=`), which the
 * confirmation leads back to (or to the year its date puts it in); the form stays for the next one.
 */
export default async function NewQualificationRecordPage({ searchParams }: { searchParams: Promise<{ fy?: string | string[] }> }) {
  const [actor, { fy }] = await Promise.all([requireActor(), searchParams]);
  const fiscalYear = chosenFiscalYear(fy, fiscalYearOf(tokyoDate()));
  const [areas, selfStudyMeasureId, t, locale] = await Promise.all([
    findSelectableMeasures(actor),
    findSelfStudyMeasureId(),
    getTranslations("records"),
    currentLocale(),
  ]);
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const list = recordsListHref(fiscalYear, "qualifications");
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: t("title"), href: list }, { label: t("qualification.addTitle") }]} />
      <PageHeader title={t("qualification.addTitle")} lead={fiscalYearLabel} />
      <QualificationRecordForm fiscalYear={fiscalYear} areas={areas} selfStudyMeasureId={selfStudyMeasureId} cancelHref={list} />
    </>
  );
}

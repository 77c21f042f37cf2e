import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { QualificationRecordForm } from "@/components/records/qualification-record-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findSelectableMeasures, findSelfStudyMeasureId } from "@/lib/policy/find-selectable-measures";
import { findOwnQualificationRecord } from "@/lib/records/qualification-records";
import { chosenFiscalYear, recordsListHref } from "../../../../records-year";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("records"))("qualification.editPageTitle") };
}

/**
 * Changes one of the person's own qualifications. A qualification shows in several years' lists
 * (while it is valid), so `?fy=` names the list it was opened from, which the confirmation leads
 * back to; without it, the year it was obtained. Anyone else's id is not found.
 */
export default async function EditQualificationRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ recordId: string }>;
  searchParams: Promise<{ fy?: string | string[] }>;
}) {
  const parsed = idParam.safeParse((await params).recordId);
  if (!parsed.success) notFound();
  const [actor, { fy }] = await Promise.all([requireActor(), searchParams]);
  const [record, areas, selfStudyMeasureId, t, locale] = await Promise.all([
    loadOrNotFound(() => findOwnQualificationRecord(actor, parsed.data)),
    findSelectableMeasures(actor),
    findSelfStudyMeasureId(),
    getTranslations("records"),
    currentLocale(),
  ]);
  const fiscalYear = chosenFiscalYear(fy, fiscalYearOf(tokyoDate()), fiscalYearOf(record.obtainedOn));
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const list = recordsListHref(fiscalYear, "qualifications");
  return (
    <>
      <Breadcrumbs menu="EMPLOYEE" crumbs={[{ label: t("title"), href: list }, { label: t("qualification.editPageTitle") }]} />
      <PageHeader title={t("qualification.editTitle", { name: record.name })} lead={fiscalYearLabel} />
      <QualificationRecordForm fiscalYear={fiscalYear} areas={areas} selfStudyMeasureId={selfStudyMeasureId} record={record} cancelHref={list} />
    </>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { StaffRecord } from "@/lib/staff/get-staff-record";
import { StaffYearView, yearTitle } from "./staff-year";

/**
 * 個人カルテ: who the person is, then their years, newest first. The current year is open; the
 * earlier ones fold into <details>, each headed by its year, so that five years of records read
 * as five lines until one is opened.
 */
export async function StaffRecordView({ record, searchPath }: { record: StaffRecord; searchPath: "/city/staff" | "/bureau/staff" }) {
  const [t, locale] = await Promise.all([getTranslations("staff"), currentLocale()]);
  const { person, years, currentFiscalYear } = record;
  const [first, ...rest] = years;
  const open = first?.fiscalYear === currentFiscalYear ? first : undefined;
  const folded = open ? rest : years;
  return (
    <div className="flex flex-col gap-6">
      <p className="print-hidden">
        <Link href={searchPath}>{t("backToSearch")}</Link>
      </p>
      <PageHeader title={t("recordTitle", { name: person.name })} lead={t("recordLead")} />
      {person.active ? null : <Notice tone="warning" title={t("departedNotice")} />}
      <DescriptionList
        framed
        rows={[
          [t("profile.staffNumber"), person.staffNumber],
          [t("profile.kana"), person.nameKana],
          [t("profile.rank"), person.rank],
          [t("profile.jobCategory"), person.jobCategory],
          [t("profile.unit"), person.unitName],
          [t("profile.joinedOn"), formatDate(person.joinedOn, locale)],
          [t("profile.state"), person.active ? t("active") : <Badge tone="warning">{t("departed")}</Badge>],
        ]}
      />
      {years.length === 0 ? <p>{t("noYears")}</p> : null}
      {open ? (
        <section aria-labelledby={`year-${open.fiscalYear}`} className="section">
          <h2 id={`year-${open.fiscalYear}`} className="section-title">
            {await yearTitle(open.fiscalYear, currentFiscalYear, locale)}
          </h2>
          <StaffYearView year={open} locale={locale} />
        </section>
      ) : null}
      {folded.length > 0 ? (
        <section aria-labelledby="earlier-years" className="section">
          <h2 id="earlier-years" className="section-title">
            {t("earlierYears")}
          </h2>
          <div className="flex flex-col gap-3">
            {folded.map((year) => (
              <details key={year.fiscalYear} className="rounded-8 border border-solid-gray-420 p-3 sm:p-4">
                <summary className="cursor-pointer text-std-18B-160 text-blue-900 underline">{formatFiscalYear(year.fiscalYear, locale)}</summary>
                <div className="mt-4">
                  <StaffYearView year={year} locale={locale} />
                </div>
              </details>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}

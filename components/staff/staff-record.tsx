import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { StaffRecord } from "@/lib/people/staff/get-staff-record";
import { StaffYearView, yearTitle } from "./staff-year";

/**
 * 個人カルテ: who the person is, then one of their years, and the others as links (`?fy=`),
 * newest first. The current year (else the newest) is shown unless another is asked for. Rendering every year
 * (folded into <details>) made the largest bureau's record 160 KB: five years of one person.
 */
export async function StaffRecordView({
  record,
  searchPath,
  fiscalYear,
}: {
  record: StaffRecord;
  searchPath: "/city/staff" | "/bureau/staff";
  fiscalYear?: number | undefined;
}) {
  const [t, locale] = await Promise.all([getTranslations("staff"), currentLocale()]);
  const { person, years, currentFiscalYear } = record;
  const open = years.find((year) => year.fiscalYear === fiscalYear) ?? years.find((year) => year.fiscalYear === currentFiscalYear) ?? years[0];
  const others = years.filter((year) => year !== open);
  const recordPath = `${searchPath}/${person.id}` as const;
  const otherTitles = await Promise.all(others.map((year) => yearTitle(year.fiscalYear, currentFiscalYear, locale)));
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
      {others.length > 0 ? (
        <nav aria-labelledby="other-years" className="section">
          <h2 id="other-years" className="section-title">
            {t("otherYears")}
          </h2>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {others.map((year, index) => (
              <li key={year.fiscalYear}>
                <Link href={`${recordPath}?fy=${year.fiscalYear}`}>{otherTitles[index]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { DownloadLinks } from "@/components/dashboards/download-links";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { SectionMemberTable } from "@/components/dashboards/section-member-table";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { getSectionMemberFigures } from "@/lib/insight/dashboards/bureau-figures";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bureau"))("title") };
}

type Props = { params: Promise<{ sectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Drill-down from the bureau to one 課: its persons' figures. Another bureau's 課 is a 404. */
export default async function BureauSectionPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const sectionId = idParam.safeParse((await params).sectionId);
  if (!sectionId.success) notFound();
  const current = fiscalYearOf(tokyoDate());
  const years = Array.from({ length: 5 }, (_, i) => current - i);
  const fiscalYear = chosenFiscalYear((await searchParams).fy, years, current);
  const [figures, t, locale] = await Promise.all([
    loadOrNotFound(() => getSectionMemberFigures(actor, { fiscalYear, sectionId: sectionId.data })),
    getTranslations("bureauDashboard"),
    currentLocale(),
  ]);
  const section = figures.section.name;
  const year = formatFiscalYear(fiscalYear, locale);
  const caption = t("membersCaption", { section, year });
  return (
    <>
      <Breadcrumbs
        menu="BUREAU_COORDINATOR"
        crumbs={[{ label: figures.bureau.name, href: `/bureau?fy=${fiscalYear}&bureau=${figures.bureau.id}` }, { label: t("membersTitle", { section }) }]}
      />
      <PageHeader title={t("membersTitle", { section })} lead={t("membersLead", { bureau: figures.bureau.name, section })}>
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      {figures.members.length === 0 ? (
        <p>{t("noMembers")}</p>
      ) : (
        <>
          <DownloadLinks query={`table=members&fy=${fiscalYear}&sectionId=${figures.section.id}`} label={caption} />
          <SectionMemberTable caption={caption} rows={figures.members} />
        </>
      )}
    </>
  );
}

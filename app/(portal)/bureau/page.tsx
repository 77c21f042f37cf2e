import type { Metadata, Route } from "next";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { BureauMeasureTable } from "@/components/dashboards/bureau-measure-table";
import { BureauSectionTable } from "@/components/dashboards/bureau-section-table";
import { DownloadLinks } from "@/components/dashboards/download-links";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { OwnCommitmentsSection } from "@/components/plans/own-commitments-section";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { ChipLink } from "@/components/ui/chip-link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Figure, Figures } from "@/components/ui/figures";
import { requireActor } from "@/lib/platform/auth/actor";
import { describeAttentionRule } from "@/lib/insight/dashboards/attention-rules";
import { getBureauDepartmentFigures } from "@/lib/insight/dashboards/bureau-departments";
import { getBureauSectionFigures } from "@/lib/insight/dashboards/bureau-figures";
import { getBureauMeasureFigures, getBureauOwnCommitments } from "@/lib/insight/dashboards/bureau-measure-figures";
import { getBureauPreviousYearOnSameDay } from "@/lib/insight/dashboards/bureau-same-day";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { type BureauColumn, type BureauSort, bureauViewOptions, rollUpSections } from "@/lib/insight/dashboards/section-rollup";
import { parseTableView, type TableView, tableViewQuery } from "@/lib/platform/paging/table-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bureau"))("title") };
}

/** The five fiscal years a coordinator looks back over; older ones are the HR division's trends. */
const YEARS_BACK = 5;

/**
 * The bureau dashboard: figures per 部/署 and 課 for `?fy=`, sections needing attention first
 * unless sorted by a column (`?sort=&dir=`), with the columns (`?cols=`) and the open 部
 * (`?open=`) the reader chose (lib/platform/paging/table-view.ts).
 */
export default async function BureauPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const current = fiscalYearOf(tokyoDate());
  const years = Array.from({ length: YEARS_BACK }, (_, i) => current - i);
  const fiscalYear = chosenFiscalYear(params.fy, years, current);
  const bureauParam = idParam.safeParse(params.bureau);
  const bureauId = bureauParam.success ? bureauParam.data : undefined;
  const [figures, departments, measures, own, previous, t, locale] = await Promise.all([
    loadOrNotFound(() => getBureauSectionFigures(actor, { fiscalYear, bureauId })),
    loadOrNotFound(() => getBureauDepartmentFigures(actor, { fiscalYear, bureauId })),
    loadOrNotFound(() => getBureauMeasureFigures(actor, { fiscalYear, bureauId })),
    loadOrNotFound(() => getBureauOwnCommitments(actor, { fiscalYear, bureauId })),
    loadOrNotFound(() => getBureauPreviousYearOnSameDay(actor, { fiscalYear, bureauId })),
    getTranslations(),
    currentLocale(),
  ]);
  const bureau = figures.bureau.name;
  const year = formatFiscalYear(fiscalYear, locale);
  const caption = t("bureauDashboard.sectionsCaption", { bureau, year });
  const options = bureauViewOptions(figures.sections.length);
  const view = parseTableView(params, options);
  const place = { fy: String(fiscalYear), bureau: String(figures.bureau.id) };
  const viewHref = (next: TableView<BureauSort, BureauColumn>): Route =>
    `/bureau?${new URLSearchParams({ ...place, ...tableViewQuery(next, options) }).toString()}#sections`;
  // The column form sends its own `cols`; the rest of the view rides along.
  const keep: Record<string, string> = { ...place, ...tableViewQuery(view, options) };
  delete keep.cols;
  const measuresCaption = t("bureauDashboard.measuresCaption", { bureau, year });
  return (
    <>
      <PageHeader title={`${t("bureau.title")}：${bureau}`} lead={t("bureauDashboard.lead", { year })}>
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      {figures.bureaus.length > 1 ? (
        <nav aria-label={t("bureauDashboard.bureauPicker")} className="print-hidden mb-6 flex flex-wrap gap-2">
          {figures.bureaus.map((option) => (
            <ChipLink key={option.id} href={`/bureau?fy=${fiscalYear}&bureau=${option.id}`} current={option.id === figures.bureau.id} currentValue="page">
              {option.name}
            </ChipLink>
          ))}
        </nav>
      ) : null}
      <NotificationsPanel actor={actor} view="employee" locale={locale} />
      {figures.sections.length === 0 ? (
        <p>{t("bureauDashboard.empty")}</p>
      ) : (
        <>
          {previous ? (
            // The unfinished year beside the year before on the same day, not beside its end
            // (lib/insight/dashboards/same-day.ts), over the same people as the table's total.
            <Section
              id="same-day"
              title={t("sameDay.title")}
              lead={t("sameDay.lead", { year, today: formatDate(tokyoDate(), locale), date: formatDate(previous.asOf, locale) })}
            >
              <Figures columns={3}>
                <Figure
                  label={t("sameDay.approvalRate")}
                  value={figures.total.approvalRate === null ? t("bureauDashboard.notApplicable") : `${figures.total.approvalRate}%`}
                  note={
                    previous.approvalRate === null ? undefined : t("sameDay.rate", { date: formatDate(previous.asOf, locale), value: previous.approvalRate })
                  }
                />
                <Figure
                  label={t("sameDay.hoursPerMember")}
                  value={
                    figures.total.trainingHoursPerMember === null
                      ? t("bureauDashboard.notApplicable")
                      : t("sameDay.hoursValue", { value: figures.total.trainingHoursPerMember })
                  }
                  note={
                    previous.hoursPerMember === null
                      ? undefined
                      : t("sameDay.hours", { date: formatDate(previous.asOf, locale), value: previous.hoursPerMember })
                  }
                />
              </Figures>
            </Section>
          ) : null}
          <DownloadLinks query={`table=sections&fy=${fiscalYear}&bureau=${figures.bureau.id}`} label={caption} />
          <p className="mb-3 text-std-16N-170 text-solid-gray-700">
            {figures.rules.length > 0
              ? t("bureauDashboard.attentionHelp", {
                  rules: figures.rules.map((rule) => describeAttentionRule(rule, (key, values) => t(`attentionRules.${key}`, values))).join("、"),
                })
              : t("bureauDashboard.attentionNoRules")}
          </p>
          <div id="sections" className="mb-10">
            <BureauSectionTable
              caption={caption}
              groups={rollUpSections(departments, figures.sections, view)}
              total={figures.total}
              fiscalYear={fiscalYear}
              view={view}
              href={viewHref}
              keep={keep}
              locale={locale}
            />
          </div>
        </>
      )}
      <Section id="measures" title={t("bureauDashboard.measuresTitle")} lead={t("bureauDashboard.measuresLead")}>
        <DownloadLinks query={`table=measures&fy=${fiscalYear}&bureau=${figures.bureau.id}`} label={measuresCaption} />
        <BureauMeasureTable caption={measuresCaption} rows={measures.measures} />
      </Section>
      <OwnCommitmentsSection
        id="own-commitments"
        title={t("bureauDashboard.own.title")}
        lead={t("bureauDashboard.own.lead", { bureau, year })}
        commitments={own}
        empty={t("bureauDashboard.own.empty")}
        openLabel={t("bureauDashboard.own.open")}
        add={{ href: `/bureau/commitments?fy=${fiscalYear}`, label: t("bureauDashboard.own.manage") }}
        locale={locale}
      />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeasureHeatMap } from "@/components/dashboards/city-charts";
import { CityAxisTable } from "@/components/dashboards/city-tables";
import { CityViewHeader } from "@/components/dashboards/city-view-header";
import { DownloadLinks } from "@/components/dashboards/download-links";
import { ProgrammeResultsTable } from "@/components/training-applications/results-table";
import { Section } from "@/components/ui/section";
import { getCityMeasureView } from "@/lib/insight/dashboards/city-dashboard";
import { cityQuery } from "@/lib/insight/dashboards/city-filters";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findProgrammeResults } from "@/lib/records/training-applications/results";
import { areaLabel, measureLabel } from "@/lib/policy/measure-label";
import { cityViewRequest } from "../city-view-request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cityDashboard"))("views.measures") };
}

/** Commitments along the policy's axes: measure × bureau, and per measure, area, focus theme and target image. */
export default async function CityMeasuresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, current, requested } = await cityViewRequest(searchParams);
  const [d, t, tr, locale] = await Promise.all([
    loadOrNotFound(() => getCityMeasureView(actor, requested)),
    getTranslations("cityDashboard"),
    getTranslations("trainingApplications.results"),
    currentLocale(),
  ]);
  // The course evaluations feed measure ③ 研修所研修の充実 (and any measure a programme serves).
  const results = await findProgrammeResults(actor, d.filters.fiscalYear);
  const year = formatFiscalYear(d.filters.fiscalYear, locale);
  const query = cityQuery(d.filters);
  const axes = d.axes;
  const tables = axes
    ? ([
        { id: "measures", heading: t("columns.measure"), rows: axes.measures.map((m) => ({ ...m, label: measureLabel(m), group: m.areaName })) },
        {
          id: "areas",
          heading: t("columns.area"),
          rows: axes.areas.map((area) => ({ ...area, label: areaLabel({ number: area.number ?? 0, name: area.name }) })),
        },
        { id: "themes", heading: t("columns.theme"), rows: axes.themes },
        { id: "images", heading: t("columns.image"), rows: axes.images },
      ] as const)
    : [];
  return (
    <>
      <CityViewHeader view="measures" filters={d.filters} options={d.options} currentYear={current} locale={locale} />
      {axes === null ? (
        <p className="mb-10">{t("axesWithheld")}</p>
      ) : (
        <>
          <Section id="heat-map" title={t("sections.heatMap")} lead={t("axesScope")}>
            <MeasureHeatMap axes={axes} bureaus={d.bureaus} locale={locale} />
          </Section>
          {tables.map((table) => {
            const caption = `${t(`sections.${table.id}`)}（${year}）`;
            return (
              <Section key={table.id} id={table.id} title={t(`sections.${table.id}`)}>
                <DownloadLinks route="/city/export" query={`table=${table.id}&${query}`} label={caption} />
                <CityAxisTable caption={caption} heading={table.heading} rows={table.rows} />
              </Section>
            );
          })}
        </>
      )}
      <Section id="training-results" title={tr("title")} lead={tr("lead", { year })}>
        {results.length === 0 ? <p>{tr("empty")}</p> : <ProgrammeResultsTable caption={tr("caption", { year })} rows={results} />}
      </Section>
    </>
  );
}

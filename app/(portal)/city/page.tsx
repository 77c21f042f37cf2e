import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApprovalBars, MeasureHeatMap, TrendLines } from "@/components/dashboards/city-charts";
import { CityFilterForm } from "@/components/dashboards/city-filter-form";
import { CityAxisTable, CityBureauTable } from "@/components/dashboards/city-tables";
import { DownloadLinks } from "@/components/dashboards/download-links";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { Figure, Figures } from "@/components/ui/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { cityMeasureLabel, getCityDashboard } from "@/lib/dashboards/city-dashboard";
import { cityQuery, offeredYears, parseCityFilters } from "@/lib/dashboards/city-filters";
import { cityCell } from "@/lib/dashboards/city-export-tables";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("city"))("title") };
}

/**
 * The city-wide dashboard (HR division; the headquarters read the same): figures per bureau and
 * for the city, the policy's axes and the trends, under filters that live in the URL
 * (`?fy=&plan=&bureau=&measure=&job=&rank=&young=1`). A measure narrows the commitment counts
 * only, and the page says so; an unknown or retired measure id is dropped silently (the view of
 * every measure), as getCityDashboard reports in `d.filters`.
 */
export default async function CityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const current = fiscalYearOf(tokyoDate());
  const requested = parseCityFilters(await searchParams, current);
  const [d, t, locale] = await Promise.all([loadOrNotFound(() => getCityDashboard(actor, requested)), getTranslations(), currentLocale()]);
  const filters = d.filters;
  const measure = d.options.measures.find((m) => m.id === filters.measureId);
  const c = (key: string, values?: Record<string, string | number>) => t(`cityDashboard.${key}`, values);
  const year = formatFiscalYear(filters.fiscalYear, locale);
  const query = cityQuery(filters);
  const total = d.total;
  const show = (key: Parameters<typeof cityCell>[1], unit = "") => {
    const value = cityCell(total, key);
    return value === null ? c("notApplicable") : typeof value === "number" ? `${value}${unit}` : value;
  };
  const cards = [
    { label: c("cards.members"), value: show("members") },
    { label: c("cards.approvalRate"), value: show("approvalRate", "%") },
    { label: c("cards.ojtCoverage"), value: show("ojtCoverage", "%") },
    { label: c("cards.trainingHours"), value: show("trainingHours", "h") },
    { label: c("cards.commitmentsDone"), value: `${show("commitmentsDone")} / ${show("commitmentsPlanned")}` },
  ];
  const measuresCaption = `${c("sections.measures")}（${year}）`;
  return (
    <>
      <PageHeader title={t("city.title")} lead={c("lead", { year })} />
      <NotificationsPanel actor={actor} view="employee" locale={locale} />
      <CityFilterForm filters={filters} options={d.options} years={offeredYears(current)} locale={locale} />
      {measure ? <p className="mb-6 text-std-16N-170 text-solid-gray-800">{c("measureScope", { measure: cityMeasureLabel(measure) })}</p> : null}
      <Figures columns={5} className="mb-8">
        {cards.map((card) => (
          <Figure key={card.label} label={card.label} value={card.value} />
        ))}
      </Figures>
      <p className="mb-6 text-std-16N-170 text-solid-gray-700">{c("withheldNote")}</p>
      <Section id="bureaus" title={c("sections.bureaus")}>
        <ApprovalBars rows={d.bureaus} year={year} />
        <DownloadLinks route="/city/export" query={`table=bureaus&${query}`} label={c("sections.bureaus")} />
        <CityBureauTable id="bureau-table" caption={`${c("sections.bureaus")}（${year}）`} rows={d.bureaus} total={total} />
      </Section>
      <Section id="trends" title={c("sections.trends")} lead={d.trends.plan ? d.trends.plan.name : c("filters.planAll")}>
        <DownloadLinks route="/city/export" query={`table=trends&${query}`} label={c("sections.trends")} />
        <TrendLines points={d.trends.points} locale={locale} />
      </Section>
      {d.axes === null ? (
        <p className="mb-10">{c("axesWithheld")}</p>
      ) : (
        <>
          <Section id="heat-map" title={c("sections.heatMap")} lead={c("axesScope")}>
            <MeasureHeatMap axes={d.axes} bureaus={d.bureaus} />
          </Section>
          <Section id="measures" title={c("sections.measures")}>
            <DownloadLinks route="/city/export" query={`table=measures&${query}`} label={measuresCaption} />
            <CityAxisTable
              caption={measuresCaption}
              heading={c("columns.measure")}
              rows={d.axes.measures.map((m) => ({ ...m, group: `(${m.areaNumber}) ${m.areaName}` }))}
            />
          </Section>
          <Section id="areas" title={c("sections.areas")}>
            <DownloadLinks route="/city/export" query={`table=areas&${query}`} label={`${c("sections.areas")}（${year}）`} />
            <CityAxisTable caption={`${c("sections.areas")}（${year}）`} heading={c("columns.area")} rows={d.axes.areas} />
          </Section>
          <Section id="themes" title={c("sections.themes")}>
            <DownloadLinks route="/city/export" query={`table=themes&${query}`} label={`${c("sections.themes")}（${year}）`} />
            <CityAxisTable caption={`${c("sections.themes")}（${year}）`} heading={c("columns.theme")} rows={d.axes.themes} />
          </Section>
          <Section id="images" title={c("sections.images")}>
            <DownloadLinks route="/city/export" query={`table=images&${query}`} label={`${c("sections.images")}（${year}）`} />
            <CityAxisTable caption={`${c("sections.images")}（${year}）`} heading={c("columns.image")} rows={d.axes.images} />
          </Section>
        </>
      )}
    </>
  );
}

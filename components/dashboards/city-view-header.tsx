import { getTranslations } from "next-intl/server";
import { CityFilterForm } from "@/components/dashboards/city-filter-form";
import { ChipLink } from "@/components/ui/chip-link";
import { PageHeader } from "@/components/ui/page-header";
import { cityMeasureLabel, type CityFilterOptions } from "@/lib/insight/dashboards/city-dashboard";
import { CITY_VIEWS, type CityFilters, type CityViewName, cityQuery, offeredYears } from "@/lib/insight/dashboards/city-filters";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import { localRoute } from "@/lib/platform/local-route";
import { keysOf } from "@/lib/platform/validation/narrow";

/**
 * The top of each city-wide view: title, the choice of view (first, so that on a phone it is
 * not below the long filter form; it keeps the filters) and the filters, a GET form to the
 * same view. The figures are three pages rather than one: the whole city on one page was over
 * half a megabyte of HTML, slow to render and to read.
 */
export async function CityViewHeader({
  view,
  filters,
  options,
  currentYear,
  locale,
}: {
  view: CityViewName;
  filters: CityFilters;
  options: CityFilterOptions;
  currentYear: number;
  locale: Locale;
}) {
  const t = await getTranslations();
  const measure = options.measures.find((m) => m.id === filters.measureId);
  const query = cityQuery(filters);
  return (
    <>
      <PageHeader title={t("city.title")} lead={t("cityDashboard.lead", { year: formatFiscalYear(filters.fiscalYear, locale) })} />
      <nav aria-label={t("cityDashboard.views.label")} className="print-hidden mb-6 flex flex-wrap gap-2">
        {keysOf(CITY_VIEWS).map((key) => (
          <ChipLink key={key} href={localRoute(`${CITY_VIEWS[key]}?${query}`)} current={key === view} currentValue="page">
            {t(`cityDashboard.views.${key}`)}
          </ChipLink>
        ))}
      </nav>
      <CityFilterForm path={CITY_VIEWS[view]} filters={filters} options={options} years={offeredYears(currentYear)} locale={locale} />
      {measure ? <p className="mb-6 text-std-16N-170 text-solid-gray-800">{t("cityDashboard.measureScope", { measure: cityMeasureLabel(measure) })}</p> : null}
    </>
  );
}

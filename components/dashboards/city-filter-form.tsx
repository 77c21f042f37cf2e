import { getTranslations } from "next-intl/server";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Checkbox, Select } from "@/components/ui/form-controls";
import { type CityFilterOptions, cityMeasureLabel } from "@/lib/insight/dashboards/city-dashboard";
import type { CityFilters, CityViewPath } from "@/lib/insight/dashboards/city-filters";
import { RANK_BAND_KEYS } from "@/lib/insight/dashboards/rank-bands";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import { areaLabel } from "@/lib/policy/measure-label";

/** The filters as a plain GET form: the result is a URL, so a view can be bookmarked and shared. */
export async function CityFilterForm({
  path,
  filters,
  options,
  years,
  locale,
}: {
  path: CityViewPath;
  filters: CityFilters;
  options: CityFilterOptions;
  years: number[];
  locale: Locale;
}) {
  const t = await getTranslations("cityDashboard");
  const all = t("filters.all");
  return (
    <form method="get" action={path} aria-label={t("filters.label")} className="print-hidden mb-8 rounded-8 border border-solid-gray-420 p-4">
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <Select
          id="fy"
          name="fy"
          label={t("filters.fiscalYear")}
          defaultValue={String(filters.fiscalYear)}
          options={years.map((year) => ({ value: String(year), label: formatFiscalYear(year, locale) }))}
        />
        <Select
          id="plan"
          name="plan"
          label={t("filters.plan")}
          defaultValue={filters.promotionPlanId === undefined ? "" : String(filters.promotionPlanId)}
          placeholder={t("filters.planAll")}
          options={options.promotionPlans.map((plan) => ({ value: String(plan.id), label: `${plan.name}（${plan.startFiscalYear}–${plan.endFiscalYear}）` }))}
        />
        <Select
          id="bureau"
          name="bureau"
          label={t("filters.bureau")}
          defaultValue={filters.bureauId === undefined ? "" : String(filters.bureauId)}
          placeholder={all}
          options={options.bureaus.map((b) => ({ value: String(b.id), label: b.name }))}
        />
        <Field id="measure" label={t("filters.measure")}>
          {(aria) => (
            <select
              {...aria}
              name="measure"
              defaultValue={filters.measureId === undefined ? "" : String(filters.measureId)}
              className={`control min-h-14 max-w-xl`}
            >
              <option value="">{all}</option>
              {areasOf(options.measures).map(({ area, measures }) => (
                <optgroup key={area.id} label={areaLabel(area)}>
                  {measures.map((measure) => (
                    <option key={measure.id} value={String(measure.id)}>
                      {cityMeasureLabel(measure)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Select
          id="job"
          name="job"
          label={t("filters.job")}
          defaultValue={filters.jobCategory ?? ""}
          placeholder={all}
          options={options.jobCategories.map((job) => ({ value: job, label: job }))}
        />
        <Select
          id="rank"
          name="rank"
          label={t("filters.rank")}
          defaultValue={filters.rankBand ?? ""}
          placeholder={all}
          options={RANK_BAND_KEYS.map((band) => ({ value: band, label: t(`rankBands.${band}`) }))}
        />
        <div className="flex items-end pb-4">
          <Checkbox id="young" name="young" value="1" defaultChecked={filters.youngOnly} label={t("filters.young")} />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("filters.submit")}</Button>
        <a href={path} className={`${buttonClass("tertiary")} no-underline`}>
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}

/** The measures (in the policy's order) grouped under their areas, for the <optgroup>s. */
function areasOf(measures: CityFilterOptions["measures"]) {
  const groups: { area: CityFilterOptions["measures"][number]["area"]; measures: CityFilterOptions["measures"] }[] = [];
  for (const measure of measures) {
    const last = groups.at(-1);
    if (last?.area.id === measure.area.id) last.measures.push(measure);
    else groups.push({ area: measure.area, measures: [measure] });
  }
  return groups;
}

import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";

/**
 * A plain GET form: choosing a year is a link, works without script and keeps `?fy=` shareable.
 * `unit` keeps the unit a team page has opened (`?unit=`) when the year changes.
 */
export async function FiscalYearPicker({ years, selected, locale, unit = null }: { years: number[]; selected: number; locale: Locale; unit?: number | null }) {
  const t = await getTranslations("records.fiscalYearPicker");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {unit === null ? null : <input type="hidden" name="unit" value={unit} />}
      <div className="flex flex-col gap-1">
        <label htmlFor="fy" className="text-std-16B-170 text-solid-gray-800">
          {t("label")}
        </label>
        <select id="fy" name="fy" defaultValue={selected} className={`control min-h-12 w-auto`}>
          {years.map((year) => (
            <option key={year} value={year}>
              {formatFiscalYear(year, locale)}
              {locale === "ja" ? `（${year}年度）` : ""}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}

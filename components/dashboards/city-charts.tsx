import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { HeatMap } from "@/components/charts/heat-map";
import { heatStep } from "@/components/charts/scale";
import { LineChart } from "@/components/charts/line-chart";
import { Table, Td, Th } from "@/components/ui/table";
import type { CityAxes } from "@/lib/insight/dashboards/city-axes";
import { perHundredStaff } from "@/lib/insight/dashboards/per-staff";
import type { CityBureauRow } from "@/lib/insight/dashboards/city-figures";
import type { SameDayComparison, TrendPoint } from "@/lib/insight/dashboards/city-trends";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { formatCount, formatTenths } from "@/lib/platform/i18n/format-number";
import { measureLabel, measureNumberLabel } from "@/lib/policy/measure-label";
import type { Locale } from "@/lib/platform/i18n/locales";

/** The heat map's shades above none (the `.h1`…`.h4` of app/globals.css). */
const HEAT_STEPS = 4;

/** The approval rate per bureau as bars; a withheld bureau shows 「－」 and no bar. */
export async function ApprovalBars({ rows, year }: { rows: CityBureauRow[]; year: string }) {
  const t = await getTranslations("cityDashboard");
  const missing = t("withheld");
  const bars = rows.map((row) => ({ label: row.name, value: row.figures.approvalRate }));
  const items = bars.map((bar) => `${bar.label} ${bar.value === null ? missing : t("values.percent", { value: bar.value })}`).join("、");
  const title = t("charts.approvalTitle", { year });
  const table = (
    <Table caption={title} captionHidden>
      <thead>
        <tr>
          <Th>{t("columns.bureau")}</Th>
          <Th numeric>{t("columns.approvalRate")}</Th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.label}>
            <Th scope="row">{bar.label}</Th>
            <Td numeric>{bar.value ?? missing}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <ChartFrame title={title} tableLabel={t("charts.showTable")} table={table}>
      <BarChart bars={bars} max={100} unit="%" missing={missing} summary={t("charts.approvalSummary", { items })} />
    </ChartFrame>
  );
}

/**
 * Commitments per bureau × measure, per 100 of the bureau's staff (a large bureau is not darker
 * for being large), with the count beside each rate. Bureaus are the rows, so none is cut off at
 * the table's edge, and measures the columns under their numbers, named in full for screen
 * readers and in the key above. Withheld bureaus have no row (small-groups.ts).
 */
export async function MeasureHeatMap({ axes, bureaus, locale }: { axes: CityAxes; bureaus: CityBureauRow[]; locale: Locale }) {
  const t = await getTranslations("cityDashboard");
  const shown = bureaus.filter((b) => !b.withheld);
  const columns = axes.measures.map((m) => ({ id: m.id ?? 0, short: measureNumberLabel(m), label: measureLabel(m) }));
  const planned = new Map(axes.matrix.map((cell) => [`${cell.measureId}:${cell.bureauId}`, cell.planned]));
  const counted = shown.map((b) =>
    columns.map((c) => {
      const count = planned.get(`${c.id}:${b.id}`) ?? 0;
      return { count, perHundred: perHundredStaff(count, b.figures.members ?? null) };
    }),
  );
  const max = Math.max(0, ...counted.flat().map((cell) => cell.perHundred ?? 0));
  const decimal = (value: number) => formatTenths(value, locale);
  const rows = shown.map((b, index) => ({
    id: b.id,
    label: b.name,
    note: t("charts.heatStaff", { count: b.figures.members ?? 0 }),
    cells: (counted[index] ?? []).map(
      ({ count, perHundred }) =>
        [heatStep(perHundred ?? 0, max, HEAT_STEPS), perHundred === null ? t("withheld") : decimal(perHundred), t("charts.heatCount", { count })] as const,
    ),
  }));
  return (
    <>
      <p className="mb-2 text-std-16N-170 text-solid-gray-700">{t("charts.heatSummary", { max: decimal(max) })}</p>
      <details className="mb-3">
        <summary className="cursor-pointer text-blue-900 underline">{t("charts.heatKey")}</summary>
        <ul className="mt-2 grid gap-x-6 text-dns-14N-130 sm:grid-cols-2">
          {columns.map((column) => (
            <li key={column.id}>{column.label}</li>
          ))}
        </ul>
      </details>
      <HeatMap caption={t("sections.heatMap")} rowHeading={t("columns.bureau")} rows={rows} columns={columns} />
    </>
  );
}

/**
 * Approval rate and training hours per fiscal year, one line each, with one table for both. The
 * current year is labelled with the day it is read on, and compared in words and in the table
 * with the previous year on that same day (not with that year's end: a fall from March's 89 % to
 * December's 68 % is only the calendar).
 */
export async function TrendLines({ points, sameDay, locale }: { points: TrendPoint[]; sameDay: SameDayComparison | null; locale: Locale }) {
  const t = await getTranslations("cityDashboard");
  if (points.length === 0) return <p>{t("charts.noTrend")}</p>;
  const missing = t("withheld");
  const formatMonthDay = (date: CalendarDate) => t("trendSameDay.monthDay", { month: date.month, day: date.day });
  const label = (fy: number) =>
    sameDay?.fiscalYear === fy
      ? t("trendSameDay.current", { year: formatFiscalYear(fy, locale), date: formatMonthDay(sameDay.asOf) })
      : formatFiscalYear(fy, locale);
  const hours = (value: number | null) => (value === null ? missing : formatCount(value, locale));
  const rate = (value: number | null) => (value === null ? missing : String(value));
  const table = (
    <Table caption={t("sections.trends")} captionHidden>
      <thead>
        <tr>
          <Th>{t("columns.fiscalYear")}</Th>
          <Th numeric>{t("columns.members")}</Th>
          <Th numeric>{t("columns.approvalRate")}</Th>
          <Th numeric>{t("columns.trainingHours")}</Th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.fiscalYear}>
            <Th scope="row">{label(point.fiscalYear)}</Th>
            <Td numeric>{point.members === null ? missing : formatCount(point.members, locale)}</Td>
            <Td numeric>{rate(point.approvalRate)}</Td>
            <Td numeric>{hours(point.trainingHours)}</Td>
          </tr>
        ))}
        {sameDay ? (
          <tr>
            <Th scope="row">
              {t("trendSameDay.previous", { year: formatFiscalYear(sameDay.previous.fiscalYear, locale), date: formatDate(sameDay.previous.asOf, locale) })}
            </Th>
            <Td numeric>{sameDay.previous.members === null ? missing : formatCount(sameDay.previous.members, locale)}</Td>
            <Td numeric>{rate(sameDay.previous.approvalRate)}</Td>
            <Td numeric>{hours(sameDay.previous.trainingHours)}</Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
  // On the chart's axis the unfinished year is marked ＊ (the full label would overlap its neighbours); the note above says why.
  const axisLabel = (fy: number) => (sameDay?.fiscalYear === fy ? `${formatFiscalYear(fy, locale)}＊` : formatFiscalYear(fy, locale));
  const series = (key: "approvalRate" | "trainingHours") => points.map((point) => ({ label: axisLabel(point.fiscalYear), value: point[key] }));
  const separated = (value: number) => formatCount(value, locale);
  const summary = (title: string, key: "approvalRate" | "trainingHours", unit: string) =>
    t("charts.trendSummary", {
      title,
      items: series(key)
        .map((p) => `${p.label} ${p.value === null ? missing : `${formatCount(p.value, locale)}${unit}`}`)
        .join("、"),
    });
  const current = sameDay ? points.find((point) => point.fiscalYear === sameDay.fiscalYear) : undefined;
  return (
    <>
      {sameDay && current ? (
        <p className="mb-4 max-w-4xl text-std-16N-170" id="trend-same-day">
          {t("trendSameDay.note", {
            year: formatFiscalYear(sameDay.fiscalYear, locale),
            date: formatMonthDay(sameDay.asOf),
            rate: rate(current.approvalRate),
            hoursFigure: hours(current.trainingHours),
            previousYear: formatFiscalYear(sameDay.previous.fiscalYear, locale),
            previousDate: formatDate(sameDay.previous.asOf, locale),
            previousRate: rate(sameDay.previous.approvalRate),
            previousHoursFigure: hours(sameDay.previous.trainingHours),
          })}
        </p>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <ChartFrame title={t("charts.approvalTrend")} tableLabel={t("charts.showTable")} table={table}>
          <LineChart points={series("approvalRate")} max={100} unit="%" format={separated} summary={summary(t("charts.approvalTrend"), "approvalRate", "%")} />
        </ChartFrame>
        <ChartFrame title={t("charts.hoursTrend")} tableLabel={t("charts.showTable")} table={table}>
          <LineChart
            points={series("trainingHours")}
            unit={t("hoursUnit")}
            format={separated}
            summary={summary(t("charts.hoursTrend"), "trainingHours", t("charts.hoursUnit"))}
          />
        </ChartFrame>
      </div>
    </>
  );
}

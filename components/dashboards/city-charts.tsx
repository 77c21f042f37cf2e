import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFrame } from "@/components/charts/chart-frame";
import { HeatMap } from "@/components/charts/heat-map";
import { LineChart } from "@/components/charts/line-chart";
import { Table, Td, Th } from "@/components/ui/table";
import type { CityAxes } from "@/lib/dashboards/city-axes";
import type { CityBureauRow } from "@/lib/dashboards/city-figures";
import type { TrendPoint } from "@/lib/dashboards/city-trends";
import { formatFiscalYear } from "@/lib/dates/format";
import { measureLabel } from "@/lib/policy/measure-label";
import type { Locale } from "@/lib/i18n/locales";

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

/** Commitments per measure × bureau; withheld bureaus have no column (small-groups.ts). */
export async function MeasureHeatMap({ axes, bureaus }: { axes: CityAxes; bureaus: CityBureauRow[] }) {
  const t = await getTranslations("cityDashboard");
  const columns = bureaus.filter((b) => !b.withheld).map((b) => ({ id: b.id, label: b.name }));
  const rows = axes.measures.map((m) => ({ id: m.id ?? 0, label: measureLabel(m) }));
  const planned = new Map(axes.matrix.map((cell) => [`${cell.measureId}:${cell.bureauId}`, cell.planned]));
  const max = Math.max(0, ...axes.matrix.map((cell) => cell.planned));
  return (
    <>
      <p className="mb-2 text-std-16N-170 text-solid-gray-700">{t("charts.heatSummary", { max })}</p>
      <HeatMap caption={t("sections.heatMap")} rowHeading={t("columns.measure")} rows={rows} columns={columns} value={(measureId, bureauId) => planned.get(`${measureId}:${bureauId}`) ?? 0} />
    </>
  );
}

/** Approval rate and training hours per fiscal year, one line each, with one table for both. */
export async function TrendLines({ points, locale }: { points: TrendPoint[]; locale: Locale }) {
  const t = await getTranslations("cityDashboard");
  if (points.length === 0) return <p>{t("charts.noTrend")}</p>;
  const missing = t("withheld");
  const label = (fy: number) => formatFiscalYear(fy, locale);
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
            <Td numeric>{point.members ?? missing}</Td>
            <Td numeric>{point.approvalRate ?? missing}</Td>
            <Td numeric>{point.trainingHours ?? missing}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  const series = (key: "approvalRate" | "trainingHours") => points.map((point) => ({ label: label(point.fiscalYear), value: point[key] }));
  const summary = (title: string, key: "approvalRate" | "trainingHours", unit: "percent" | "hours") =>
    t("charts.trendSummary", { title, items: series(key).map((p) => `${p.label} ${p.value === null ? missing : unit === "hours" ? t.markup("values.hours", { value: p.value, unit: (chunks) => chunks }) : t("values.percent", { value: p.value })}`).join("、") });
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <ChartFrame title={t("charts.approvalTrend")} tableLabel={t("charts.showTable")} table={table}>
        <LineChart points={series("approvalRate")} max={100} unit="%" summary={summary(t("charts.approvalTrend"), "approvalRate", "percent")} />
      </ChartFrame>
      <ChartFrame title={t("charts.hoursTrend")} tableLabel={t("charts.showTable")} table={table}>
        <LineChart points={series("trainingHours")} unit={t("hoursUnit")} summary={summary(t("charts.hoursTrend"), "trainingHours", "hours")} />
      </ChartFrame>
    </div>
  );
}

import { createTranslator } from "next-intl";
import { formatFiscalYearJa, formatWareki } from "@/lib/platform/dates/era";
import type { Cell, ExportTable } from "@/lib/platform/exports/csv";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { areaLabel, measureLabel } from "@/lib/policy/measure-label";
import type { AxisRow, CityAxes } from "./city-axes";
import type { CityFigureRow } from "./city-figures";
import type { CityTrends } from "./city-trends";
import { TOTAL_FIGURES } from "./section-figures";

/**
 * The city dashboard's tables (per bureau, per measure, per area, per focus theme, per target
 * image, the trend) as exports, with Japanese headers
 * (the files go to other staff and to Excel). A withheld figure is written as 「－」, exactly as
 * on the page: the numbers behind it never reached this module. Pure, for tests.
 */
const t = createTranslator({ locale: "ja", messages: ja, namespace: "cityDashboard" });

/** The `table=` values of /city/export: one per table on the city page. */
export const CITY_EXPORT_TABLES = ["bureaus", "measures", "areas", "themes", "images", "trends"] as const;
export type CityExportTableName = (typeof CITY_EXPORT_TABLES)[number];

/** The city's bureau table: a bureau's total row, its figures as every table of totals shows them (section-figures.ts). */
export const CITY_FIGURES = TOTAL_FIGURES;

const YOUNG = new Set<string>(["young", "youngWithOjt", "ojtCoverage"]);

/** A figure as shown: 「－」 when withheld, empty when nobody counts (a rate of no one). */
export function cityCell(row: CityFigureRow, key: (typeof CITY_FIGURES)[number]): Cell {
  if (row.withheld || (row.youngWithheld && YOUNG.has(key))) return t("withheld");
  return row.figures[key];
}

export function cityBureausExportTable(fiscalYear: number, bureaus: (CityFigureRow & { name: string })[], total: CityFigureRow): ExportTable {
  const cells = (row: CityFigureRow) => CITY_FIGURES.map((key) => cityCell(row, key));
  return {
    title: t("files.bureaus", { year: formatFiscalYearJa(fiscalYear) }),
    header: [t("columns.bureau"), ...CITY_FIGURES.map((key) => t(`columns.${key}`))],
    rows: [...bureaus.map((row) => [row.name, ...cells(row)]), [t("total"), ...cells(total)]],
  };
}

export function cityMeasuresExportTable(fiscalYear: number, axes: CityAxes | null): ExportTable {
  const header = [t("columns.area"), t("columns.measure"), t("columns.planned"), t("columns.inProgress"), t("columns.done")];
  const title = t("files.measures", { year: formatFiscalYearJa(fiscalYear) });
  if (!axes) return { title, header, rows: [[t("axesWithheld"), null, null, null, null]] };
  return {
    title,
    header,
    rows: axes.measures.map((m) => [areaLabel({ number: m.areaNumber, name: m.areaName }), measureLabel(m), m.planned, m.inProgress, m.done]),
  };
}

/** A row of an axis table as the page labels it; `unset` is the label of the "no theme / image set" row. */
export function axisLabel(row: Pick<AxisRow, "id" | "number" | "name">, unset: string): string {
  return row.id === null ? unset : `${row.number ?? ""}. ${row.name}`;
}

const AXIS = { areas: "area", themes: "theme", images: "image" } as const;

/** The per-area, per-focus-theme or per-target-image table, rows as on the page. */
export function cityAxisExportTable(kind: keyof typeof AXIS, fiscalYear: number, axes: CityAxes | null): ExportTable {
  const header = [t(`columns.${AXIS[kind]}`), t("columns.planned"), t("columns.inProgress"), t("columns.done")];
  const title = t(`files.${kind}`, { year: formatFiscalYearJa(fiscalYear) });
  if (!axes) return { title, header, rows: [[t("axesWithheld"), null, null, null]] };
  const label = (row: AxisRow) => (kind === "areas" && row.number !== null ? areaLabel({ number: row.number, name: row.name }) : axisLabel(row, t("unset")));
  return { title, header, rows: axes[kind].map((row) => [label(row), row.planned, row.inProgress, row.done]) };
}

/** A year of the trend, the unfinished one with the day it is read on. */
function yearLabel(fiscalYear: number, sameDay: CityTrends["sameDay"]): string {
  const year = formatFiscalYearJa(fiscalYear);
  return sameDay?.fiscalYear === fiscalYear ? t("trendSameDay.currentRow", { year, date: formatWareki(sameDay.asOf) }) : year;
}

/** The trend table (one row per fiscal year), a withheld point as 「－」 as on the page. */
export function cityTrendsExportTable(trends: CityTrends): ExportTable {
  const shown = (value: number | null): Cell => value ?? t("withheld");
  return {
    title: t("files.trends", { period: trends.plan ? trends.plan.name : t("filters.planAll") }),
    header: [t("columns.fiscalYear"), t("columns.members"), t("columns.approvalRate"), t("columns.trainingHours")],
    rows: [
      ...trends.points.map((point) => [
        yearLabel(point.fiscalYear, trends.sameDay),
        shown(point.members),
        shown(point.approvalRate),
        shown(point.trainingHours),
      ]),
      // The unfinished year's yardstick: the year before on the same day, not at its end.
      ...(trends.sameDay
        ? [
            [
              t("trendSameDay.previousRow", { year: formatFiscalYearJa(trends.sameDay.previous.fiscalYear), date: formatWareki(trends.sameDay.previous.asOf) }),
              shown(trends.sameDay.previous.members),
              shown(trends.sameDay.previous.approvalRate),
              shown(trends.sameDay.previous.trainingHours),
            ],
          ]
        : []),
    ],
  };
}

import { createTranslator } from "next-intl";
import { formatFiscalYearJa } from "@/lib/dates/era";
import type { Cell, ExportTable } from "@/lib/exports/csv";
import ja from "@/lib/i18n/messages/ja.json";
import type { CityAxes } from "./city-axes";
import type { CityFigureRow } from "./city-figures";
import type { BureauTotalRow } from "./section-figures";

/**
 * The city dashboard's per-bureau and per-measure tables as exports, with Japanese headers
 * (the files go to other staff and to Excel). A withheld figure is written as 「－」, exactly as
 * on the page: the numbers behind it never reached this module. Pure, for tests.
 */
const t = createTranslator({ locale: "ja", messages: ja, namespace: "cityDashboard" });

export const CITY_FIGURES = [
  "members", "plansSubmitted", "submissionRate", "plansApproved", "approvalRate", "young", "youngWithOjt", "ojtCoverage",
  "trainingParticipants", "participationRate", "trainingHours", "interviewed", "interviewRate",
  "commitmentsPlanned", "commitmentsInProgress", "commitmentsDone",
] as const satisfies readonly (keyof BureauTotalRow)[];

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
    rows: axes.measures.map((m) => [`(${m.areaNumber}) ${m.areaName}`, `${m.number}. ${m.name}`, m.planned, m.inProgress, m.done]),
  };
}

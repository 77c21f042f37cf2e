import { getBureauDepartmentFigures } from "@/lib/insight/dashboards/bureau-departments";
import { getBureauSectionFigures, getSectionMemberFigures } from "@/lib/insight/dashboards/bureau-figures";
import { getBureauPreviousYearOnSameDay } from "@/lib/insight/dashboards/bureau-same-day";
import { getBureauMeasureFigures, getBureauOwnCommitments } from "@/lib/insight/dashboards/bureau-measure-figures";
import { chooseBureau, findCoordinatedBureaus, getSectionInScope } from "@/lib/insight/dashboards/bureau-scope";
import { getCityAxes } from "@/lib/insight/dashboards/city-axes";
import { getCityDashboard, getCityFilterOptions, getCityMeasureView, getCityOverview, getCityTrendView } from "@/lib/insight/dashboards/city-dashboard";
import { getCityBureauFigures } from "@/lib/insight/dashboards/city-figures";
import { cityScopePaths } from "@/lib/insight/dashboards/city-sql";
import { getCityTrends } from "@/lib/insight/dashboards/city-trends";
import { exportBureauTable } from "@/lib/insight/dashboards/bureau-export";
import { exportCityTable } from "@/lib/insight/dashboards/city-export";
import { exportHqReport } from "@/lib/insight/hq-report/export-hq-report";
import { assertCityReader, getHqReport } from "@/lib/insight/hq-report/get-hq-report";
import { CITY_READERS, COORDINATOR_OF_BUREAU, type FunctionRow, IN, itself, listed, NF, OUT, row } from "./matrix";
import type { Scene } from "./scenes";

/**
 * The dashboards: per bureau (the coordinator's, for the bureau of their grant) and city-wide
 * (the HR division's and the headquarters'). A bureau dashboard's subject is a 局 or one of its
 * 課: `bureau` is the actor's own 局, `other` is 青葉区.
 */

const cityFilters = (s: Scene) => ({ fiscalYear: s.world.fy, youngOnly: false });
const BUREAU = "lib/insight/dashboards/bureau-scope.ts";

export const dashboardRows: FunctionRow[] = [
  row({
    fn: "findCoordinatedBureaus",
    file: BUREAU,
    kind: "read",
    matrix: { bureau: [NF, NF, IN, NF, NF], other: [NF, NF, OUT, NF, NF] },
    act: (s) => findCoordinatedBureaus(s.actor),
    judge: (bureaus, _a, s) => listed(bureaus.some((bureau) => bureau.id === s.bureau.id)),
  }),
  row({
    fn: "chooseBureau",
    file: BUREAU,
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => chooseBureau(s.actor, s.bureau.id),
    judge: (chosen, _a, s) => itself(chosen.bureau.id === s.bureau.id),
  }),
  row({
    fn: "getSectionInScope",
    file: BUREAU,
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getSectionInScope(s.actor, s.section.id),
    judge: (section, _a, s) => itself(section.id === s.section.id),
  }),
  row({
    fn: "getBureauSectionFigures",
    file: "lib/insight/dashboards/bureau-figures.ts",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getBureauSectionFigures(s.actor, { fiscalYear: s.world.fy, bureauId: s.bureau.id }),
    judge: (figures, _a, s) => itself(figures.bureau.id === s.bureau.id),
  }),
  row({
    fn: "getBureauPreviousYearOnSameDay",
    file: "lib/insight/dashboards/bureau-same-day.ts",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getBureauPreviousYearOnSameDay(s.actor, { fiscalYear: s.world.fy, bureauId: s.bureau.id }),
  }),
  row({
    fn: "getBureauDepartmentFigures",
    file: "lib/insight/dashboards/bureau-departments.ts",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getBureauDepartmentFigures(s.actor, { fiscalYear: s.world.fy, bureauId: s.bureau.id }),
  }),
  row({
    fn: "getSectionMemberFigures",
    file: "lib/insight/dashboards/bureau-figures.ts",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getSectionMemberFigures(s.actor, { fiscalYear: s.world.fy, sectionId: s.section.id }),
    judge: (figures, _a, s) => itself(figures.section.id === s.section.id),
  }),
  row({
    fn: "getBureauMeasureFigures",
    file: "lib/insight/dashboards/bureau-measure-figures.ts",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getBureauMeasureFigures(s.actor, { fiscalYear: s.world.fy, bureauId: s.bureau.id }),
    judge: (figures, _a, s) => itself(figures.bureau.id === s.bureau.id),
  }),
  row({
    fn: "getBureauOwnCommitments",
    file: "lib/insight/dashboards/bureau-measure-figures.ts",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => getBureauOwnCommitments(s.actor, { fiscalYear: s.world.fy, bureauId: s.bureau.id }),
  }),
  ...(["sections", "measures"] as const).map((table) =>
    row({
      fn: "exportBureauTable",
      file: "lib/insight/dashboards/bureau-export.ts",
      variant: table,
      kind: "read",
      matrix: COORDINATOR_OF_BUREAU,
      act: (s) => exportBureauTable(s.actor, { table, fiscalYear: s.world.fy, format: "csv", bureauId: s.bureau.id }),
    }),
  ),
  row({
    fn: "exportBureauTable",
    file: "lib/insight/dashboards/bureau-export.ts",
    variant: "members",
    kind: "read",
    matrix: COORDINATOR_OF_BUREAU,
    act: (s) => exportBureauTable(s.actor, { table: "members", fiscalYear: s.world.fy, format: "csv", sectionId: s.section.id }),
  }),
  row({ fn: "cityScopePaths", file: "lib/insight/dashboards/city-sql.ts", kind: "helper", matrix: CITY_READERS, act: async (s) => cityScopePaths(s.actor) }),
  row({
    fn: "getCityFilterOptions",
    file: "lib/insight/dashboards/city-dashboard.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityFilterOptions(s.actor),
  }),
  row({
    fn: "getCityDashboard",
    file: "lib/insight/dashboards/city-dashboard.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityDashboard(s.actor, cityFilters(s)),
  }),
  row({
    fn: "getCityOverview",
    file: "lib/insight/dashboards/city-dashboard.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityOverview(s.actor, cityFilters(s)),
  }),
  row({
    fn: "getCityTrendView",
    file: "lib/insight/dashboards/city-dashboard.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityTrendView(s.actor, cityFilters(s)),
  }),
  row({
    fn: "getCityMeasureView",
    file: "lib/insight/dashboards/city-dashboard.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityMeasureView(s.actor, cityFilters(s)),
  }),
  row({ fn: "getCityAxes", file: "lib/insight/dashboards/city-axes.ts", kind: "read", matrix: CITY_READERS, act: (s) => getCityAxes(s.actor, cityFilters(s)) }),
  row({
    fn: "getCityBureauFigures",
    file: "lib/insight/dashboards/city-figures.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityBureauFigures(s.actor, cityFilters(s)),
  }),
  row({
    fn: "getCityTrends",
    file: "lib/insight/dashboards/city-trends.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getCityTrends(s.actor, cityFilters(s)),
  }),
  row({
    fn: "exportCityTable",
    file: "lib/insight/dashboards/city-export.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => exportCityTable(s.actor, { table: "bureaus", format: "csv", filters: cityFilters(s) }),
  }),
  row({
    fn: "assertCityReader",
    file: "lib/insight/hq-report/get-hq-report.ts",
    kind: "helper",
    matrix: CITY_READERS,
    act: async (s) => assertCityReader(s.actor),
  }),
  row({
    fn: "exportHqReport",
    file: "lib/insight/hq-report/export-hq-report.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => exportHqReport(s.actor, { fiscalYear: s.world.fy }),
  }),
  row({
    fn: "getHqReport",
    file: "lib/insight/hq-report/get-hq-report.ts",
    kind: "read",
    matrix: CITY_READERS,
    act: (s) => getHqReport(s.actor, { fiscalYear: s.world.fy }),
  }),
];

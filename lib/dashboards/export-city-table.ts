import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { ExportTable } from "@/lib/exports/csv";
import { getCityAxes } from "./city-axes";
import { getCityBureauFigures } from "./city-figures";
import { cityBureausExportTable, cityMeasuresExportTable } from "./city-export-tables";
import { type CityFilters, cityQuery } from "./city-filters";
import { cityScopePaths } from "./city-sql";

export type CityExportRequest = { table: "bureaus" | "measures"; format: "csv" | "xlsx"; filters: CityFilters };

/**
 * A city dashboard table for download, through the same scoped functions and the same
 * small-group rule as the page, and audited with the filters used: an export leaves the portal.
 */
export async function exportCityTable(actor: Actor, { table, format, filters }: CityExportRequest): Promise<{ table: ExportTable; asciiName: string }> {
  cityScopePaths(actor); // refuse early, before any query, when the role is not held
  const figures = await getCityBureauFigures(actor, filters);
  const result =
    table === "bureaus"
      ? cityBureausExportTable(filters.fiscalYear, figures.bureaus, figures.total)
      : cityMeasuresExportTable(filters.fiscalYear, figures.total.withheld ? null : await getCityAxes(actor, filters));
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.employeeId, action: `export.city-${table}`, entity: "city", entityId: null, detail: { format, rows: result.rows.length, query: cityQuery(filters) } }),
  );
  return { table: result, asciiName: `city-${table}-${filters.fiscalYear}` };
}

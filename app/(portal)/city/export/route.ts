import { z } from "zod";
import { getActor } from "@/lib/platform/auth/actor";
import { CITY_EXPORT_TABLES } from "@/lib/insight/dashboards/city-export-layout";
import { parseCityFilters } from "@/lib/insight/dashboards/city-filters";
import { exportCityTable } from "@/lib/insight/dashboards/city-export";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { answerExport, EXPORT_FORMATS, exportNotFound, exportResponse } from "@/lib/platform/exports/export-response";

const query = z.object({ table: z.enum(CITY_EXPORT_TABLES), format: z.enum(EXPORT_FORMATS) });

/** GET /city/export?table=bureaus|measures|areas|themes|images|trends&format=csv|xlsx plus the page's filters (fy, plan, bureau, measure, job, rank, young). */
export async function GET(request: Request): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    if (!actor) return exportNotFound();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = query.safeParse(params);
    if (!parsed.success) return exportNotFound();
    const { table: name, format } = parsed.data;
    const { table, asciiName } = await exportCityTable(actor, { table: name, format, filters: parseCityFilters(params, fiscalYearOf(tokyoDate())) });
    return exportResponse(table, format, asciiName);
  });
}

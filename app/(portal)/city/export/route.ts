import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { CITY_EXPORT_TABLES } from "@/lib/dashboards/city-export-tables";
import { parseCityFilters } from "@/lib/dashboards/city-filters";
import { exportCityTable } from "@/lib/dashboards/export-city-table";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/exports/content-disposition";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";

const query = z.object({ table: z.enum(CITY_EXPORT_TABLES), format: z.enum(["csv", "xlsx"]) });

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Signed out, a malformed query and a caller without the city view all get the same bare 404.
const notFound = () => new Response(null, { status: 404 });

/** GET /city/export?table=bureaus|measures|areas|themes|images|trends&format=csv|xlsx plus the page's filters (fy, plan, bureau, measure, job, rank, young). */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse(params);
  if (!parsed.success) return notFound();
  const { table: name, format } = parsed.data;
  try {
    const { table, asciiName } = await exportCityTable(actor, { table: name, format, filters: parseCityFilters(params, fiscalYearOf(tokyoDate())) });
    const headers = { "Cache-Control": "private, no-store", "Content-Disposition": attachmentDisposition(`${table.title}.${format}`, `${asciiName}.${format}`) };
    if (format === "csv") return new Response(toCsv(table), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
    return new Response(await toXlsx([table]), { headers: { ...headers, "Content-Type": XLSX_TYPE } });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

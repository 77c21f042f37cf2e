import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { fiscalYearParam, idParam } from "@/lib/dates/route-params";
import { exportBureauTable } from "@/lib/dashboards/export-bureau-table";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/exports/content-disposition";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";

const query = z.discriminatedUnion("table", [
  z.object({ table: z.enum(["sections", "measures"]), fy: fiscalYearParam.optional(), format: z.enum(["csv", "xlsx"]), bureau: idParam.optional() }),
  z.object({ table: z.literal("members"), fy: fiscalYearParam.optional(), format: z.enum(["csv", "xlsx"]), sectionId: idParam }),
]);

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Signed out, a malformed query and a table outside the caller's scope all get the same bare
// 404, so that the answer tells nothing about what exists.
const notFound = () => new Response(null, { status: 404 });

/** GET /bureau/export?table=sections|measures|members&format=csv|xlsx&fy=&bureau=&sectionId= */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFound();
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return notFound();
  const params = parsed.data;
  const fiscalYear = params.fy ?? fiscalYearOf(tokyoDate());
  try {
    const { table, asciiName } = await exportBureauTable(
      actor,
      params.table === "members"
        ? { table: "members", fiscalYear, format: params.format, sectionId: params.sectionId }
        : { table: params.table, fiscalYear, format: params.format, bureauId: params.bureau },
    );
    const headers = { "Cache-Control": "private, no-store", "Content-Disposition": attachmentDisposition(`${table.title}.${params.format}`, `${asciiName}.${params.format}`) };
    if (params.format === "csv") return new Response(toCsv(table), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
    return new Response(await toXlsx([table]), { headers: { ...headers, "Content-Type": XLSX_TYPE } });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

import { z } from "zod";
import { getActor } from "@/lib/platform/auth/actor";
import { exportBureauTable } from "@/lib/insight/dashboards/bureau-export";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { fiscalYearParam, idParam } from "@/lib/platform/dates/route-params";
import { answerExport, EXPORT_FORMATS, exportNotFound, exportResponse } from "@/lib/platform/exports/export-response";

const query = z.discriminatedUnion("table", [
  z.object({ table: z.enum(["sections", "measures"]), fy: fiscalYearParam.optional(), format: z.enum(EXPORT_FORMATS), bureau: idParam.optional() }),
  z.object({ table: z.literal("members"), fy: fiscalYearParam.optional(), format: z.enum(EXPORT_FORMATS), sectionId: idParam }),
]);

/** GET /bureau/export?table=sections|measures|members&format=csv|xlsx&fy=&bureau=&sectionId= */
export async function GET(request: Request): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    if (!actor) return exportNotFound();
    const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return exportNotFound();
    const params = parsed.data;
    const fiscalYear = params.fy ?? fiscalYearOf(tokyoDate());
    const { table, asciiName } = await exportBureauTable(
      actor,
      params.table === "members"
        ? { table: "members", fiscalYear, format: params.format, sectionId: params.sectionId }
        : { table: params.table, fiscalYear, format: params.format, bureauId: params.bureau },
    );
    return exportResponse(table, params.format, asciiName);
  });
}

import { parseAuditTrailQuery } from "@/lib/insight/audit-trail/filters";
import { exportAuditTrail } from "@/lib/insight/audit-trail/search";
import { getActor } from "@/lib/platform/auth/actor";
import { answerExport, csvStreamResponse, exportNotFound } from "@/lib/platform/exports/export-response";

/** GET /city/audit/export?actor=&subject=&action=&entity=&from=&to= — the current search as CSV (at most 10,000 rows), written while it is read. */
export async function GET(request: Request): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    if (!actor) return exportNotFound();
    const filters = parseAuditTrailQuery(Object.fromEntries(new URL(request.url).searchParams));
    if (!filters) return exportNotFound();
    // Not HR: exportAuditTrail answers NOT_FOUND, the bare 404.
    const file = await exportAuditTrail(actor, filters);
    return csvStreamResponse(file.csv, file.title, "audit-trail");
  });
}

import { exportAuditTrail } from "@/lib/audit-trail/search";
import { parseAuditTrailQuery } from "@/lib/audit-trail/filters";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/exports/content-disposition";
import { toCsv } from "@/lib/exports/csv";

// Signed out, not HR and a malformed query all get the same bare 404.
const notFound = () => new Response(null, { status: 404 });

/** GET /city/audit/export?actor=&subject=&action=&entity=&from=&to= — the current search as CSV (at most 10,000 rows). */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor || !hasRole(actor, "HR_DIVISION")) return notFound();
  const filters = parseAuditTrailQuery(Object.fromEntries(new URL(request.url).searchParams));
  if (!filters) return notFound();
  try {
    const { table } = await exportAuditTrail(actor, filters);
    return new Response(toCsv(table), {
      headers: {
        "Cache-Control": "private, no-store",
        "Content-Disposition": attachmentDisposition(`${table.title}.csv`, "audit-trail.csv"),
        "Content-Type": "text/csv; charset=utf-8",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}

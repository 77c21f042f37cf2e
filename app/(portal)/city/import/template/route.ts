import { z } from "zod";
import { getActor } from "@/lib/platform/auth/actor";
import { answerExport, exportNotFound, exportResponse } from "@/lib/platform/exports/export-response";
import { IMPORT_SUBJECTS } from "@/lib/people/personnel/import-columns";
import { personnelImportTemplate } from "@/lib/people/personnel/import-template";

const query = z.object({ subject: z.enum(IMPORT_SUBJECTS) });

/** GET /city/import/template?subject=units|staff — the header row the import reads, as CSV (UTF-8 with BOM). */
export async function GET(request: Request): Promise<Response> {
  return answerExport(async () => {
    const actor = await getActor();
    if (!actor) return exportNotFound();
    const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return exportNotFound();
    // Not HR: personnelImportTemplate answers NOT_FOUND, the bare 404.
    const { table, asciiName } = personnelImportTemplate(actor, parsed.data.subject);
    return exportResponse(table, "csv", asciiName);
  });
}

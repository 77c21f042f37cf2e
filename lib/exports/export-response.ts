import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "./content-disposition";
import { type ExportTable, toCsv } from "./csv";
import { toXlsx } from "./xlsx";

/** The formats every table downloads in: CSV (UTF-8 with BOM, for Excel) and an Excel workbook. */
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Signed out, a malformed query and a table outside the caller's scope all get the same bare
 * 404, so that the answer tells nothing about what exists.
 */
export function exportNotFound(): Response {
  return new Response(null, { status: 404 });
}

/**
 * One table as a download: never cached, named in Japanese with an ASCII fallback. A workbook
 * may carry `more` tables as further worksheets (a CSV file holds the first table only).
 */
export async function exportResponse(table: ExportTable, format: ExportFormat, asciiName: string, more: readonly ExportTable[] = []): Promise<Response> {
  const body = format === "csv" ? toCsv(table) : await toXlsx([table, ...more]);
  return new Response(body, {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Disposition": attachmentDisposition(`${table.title}.${format}`, `${asciiName}.${format}`),
      "Content-Type": CONTENT_TYPE[format],
    },
  });
}

/** Runs an export route's work, answering the domain's NOT_FOUND as the bare 404. */
export async function answerExport(produce: () => Promise<Response>): Promise<Response> {
  try {
    return await produce();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return exportNotFound();
    throw error;
  }
}

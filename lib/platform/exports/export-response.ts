import { AppError } from "@/lib/platform/errors";
import { attachmentDisposition } from "./content-disposition";
import { type ExportTable, toCsv } from "./csv";
import type { ExportDocument } from "./export-document";
import { documentToXlsx, toXlsx } from "./xlsx";

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

/** A file as a download: never cached, named in Japanese with an ASCII fallback. */
function fileResponse(body: BodyInit, format: ExportFormat, title: string, asciiName: string): Response {
  return new Response(body, {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Disposition": attachmentDisposition(`${title}.${format}`, `${asciiName}.${format}`),
      "Content-Type": CONTENT_TYPE[format],
    },
  });
}

/**
 * One table as a download, in either format. A workbook may carry `more` tables as further
 * worksheets (a CSV file holds the first table only).
 */
export async function exportResponse(table: ExportTable, format: ExportFormat, asciiName: string, more: readonly ExportTable[] = []): Promise<Response> {
  return fileResponse(format === "csv" ? toCsv(table) : await toXlsx([table, ...more]), format, table.title, asciiName);
}

/** A document of several sheets (the headquarters report) as an Excel workbook. */
export async function documentResponse(document: ExportDocument, asciiName: string): Promise<Response> {
  return fileResponse(await documentToXlsx(document), "xlsx", document.title, asciiName);
}

/**
 * A CSV download written while it is read: `lines` yields the file piece by piece (CSV_START and
 * csvLine), so a large export holds one batch of rows in memory instead of the whole file.
 */
export function csvStreamResponse(lines: AsyncIterable<string>, title: string, asciiName: string): Response {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return fileResponse(body, "csv", title, asciiName);
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

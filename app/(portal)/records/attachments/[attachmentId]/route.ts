import { getActor } from "@/lib/platform/auth/actor";
import { AppError } from "@/lib/platform/errors";
import { attachmentDisposition } from "@/lib/platform/exports/content-disposition";
import { ATTACHMENT_CONTENT_SECURITY_POLICY, ATTACHMENT_EXTENSIONS } from "@/lib/records/attachments/attachment-rules";
import { readRecordAttachment } from "@/lib/records/attachments/read-record-attachment";

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "private, no-store" } });

/**
 * GET /records/attachments/:id — a record's certificate, for those who may read the record
 * (lib/records/attachments/read-record-attachment.ts); anyone else, and signed out, a 404.
 *
 * The file came from a member of staff, so the response is built for a hostile one: its type is
 * the one detected from its bytes, the browser may not guess another (nosniff), it is offered as
 * a download rather than shown in the portal's origin, and should a browser render it anyway, the
 * sandbox policy gives it a unique origin with no script: a crafted PDF or SVG-in-disguise can
 * read nothing of the portal. Never cached: it is personal data.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }): Promise<Response> {
  const actor = await getActor();
  const { attachmentId } = await params;
  if (!actor || !/^\d{1,10}$/.test(attachmentId)) return notFound();
  let file;
  try {
    file = await readRecordAttachment(actor, Number(attachmentId));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName, `certificate-${attachmentId}.${ATTACHMENT_EXTENSIONS[file.contentType]}`),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // proxy.ts sets the same for this path; the pages' policy would otherwise replace it.
      "Content-Security-Policy": ATTACHMENT_CONTENT_SECURITY_POLICY,
    },
  });
}

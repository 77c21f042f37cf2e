import "server-only";
import { fileTypeFromBuffer } from "file-type/core";
import { type AttachmentType, isAttachmentType } from "./attachment-rules";

/**
 * The file's type read from its bytes (its magic numbers), by `file-type`, or null when it is
 * none of the accepted ones. A script renamed to .pdf, or sent with an image/png header, is
 * therefore refused. The core entry point works on a buffer and needs no Node streams.
 */
export async function detectAttachmentType(bytes: Uint8Array): Promise<AttachmentType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected && isAttachmentType(detected.mime) ? detected.mime : null;
}

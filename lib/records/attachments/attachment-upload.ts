import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { invalidInput } from "@/lib/platform/errors";
import { fieldErrorsOf } from "@/lib/platform/validation/form-state";
import { removeAllInvisibleFormatting } from "@/lib/platform/validation/text-characters";
import { ATTACHMENT_EXTENSIONS, type AttachmentType, MAX_ATTACHMENT_BYTES, MAX_FILE_NAME_LENGTH } from "./attachment-rules";
import { detectAttachmentType } from "./detect-attachment-type";

/** A certificate as it arrives from a form (or a test): the name the person gave it and its bytes. */
export interface AttachmentUpload {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * What a write does with a record's certificate: undefined keeps it, null removes it, an upload
 * attaches it (replacing the one before).
 */
export type AttachmentChange = AttachmentUpload | null | undefined;

export interface PreparedAttachment {
  fileName: string;
  contentType: AttachmentType;
  byteSize: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * The name is only ever shown and offered back as the download's name, but it still must not
 * carry a path, control characters or an extension that disagrees with the content: a PDF saved
 * as "x.html" would open in a browser from the download folder. So the detected type's extension
 * is always the one it ends with. Direction controls and zero-width characters go too, so the
 * name reads in the order it is written (after a right-to-left override its end shows first).
 */
export function safeFileName(name: string, type: AttachmentType): string {
  const extension = ATTACHMENT_EXTENSIONS[type];
  const base = removeAllInvisibleFormatting(name.normalize("NFC"))
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .trim()
    .replace(/\.(pdf|png|jpe?g)$/i, "");
  const stem = (base.replace(/^\.+/, "") || "certificate").slice(0, MAX_FILE_NAME_LENGTH - extension.length - 1);
  return `${stem}.${extension}`;
}

const uploadShape = z.object({ fileName: z.string(), bytes: z.instanceof(Uint8Array) });

/** Size first (cheap, and a huge file need not be read further), then the type by content. */
const attachmentSchema = uploadShape.transform(async (value, ctx): Promise<PreparedAttachment> => {
  if (value.bytes.byteLength === 0) {
    ctx.addIssue({ code: "custom", message: "validation.attachmentEmpty" });
    return z.NEVER;
  }
  if (value.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    ctx.addIssue({ code: "custom", message: "validation.attachmentTooLarge" });
    return z.NEVER;
  }
  const contentType = await detectAttachmentType(value.bytes);
  if (!contentType) {
    ctx.addIssue({ code: "custom", message: "validation.attachmentType" });
    return z.NEVER;
  }
  // A copy of its own, so a caller reusing its buffer cannot change what is stored.
  const bytes = new Uint8Array(value.bytes);
  return {
    fileName: safeFileName(value.fileName, contentType),
    contentType,
    byteSize: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes,
  };
});

/** The certificate field of a record form, checked on the server; errors are on "attachment". Async (the type detection), so not exported as a schema: prepareAttachment is the way in. */
const attachmentUploadSchema = z.object({ attachment: attachmentSchema });

/**
 * Checks an upload and gets it ready to store: INVALID_INPUT on the "attachment" field when it
 * is empty, larger than MAX_ATTACHMENT_BYTES, or not a PDF, PNG or JPEG by content. Runs before
 * the record's transaction, so no connection is held while a file is read.
 */
export async function prepareAttachment(upload: AttachmentUpload): Promise<PreparedAttachment> {
  const parsed = await attachmentUploadSchema.safeParseAsync({ attachment: upload });
  if (parsed.success) return parsed.data.attachment;
  const [field, key] = Object.entries(fieldErrorsOf(parsed.error))[0] ?? ["attachment", "invalid"];
  throw invalidInput(field.startsWith("attachment") ? "attachment" : field, key);
}

export type PreparedChange = PreparedAttachment | null | undefined;

export async function prepareAttachmentChange(change: AttachmentChange): Promise<PreparedChange> {
  return change ? prepareAttachment(change) : change;
}

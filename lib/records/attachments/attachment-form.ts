import "server-only";
import { z } from "zod";
import { invalidInput } from "@/lib/platform/errors";
import { checkbox } from "@/lib/platform/validation/fields";
import { fieldErrorsOf } from "@/lib/platform/validation/form-state";
import type { AttachmentChange } from "./attachment-upload";
import { MAX_ATTACHMENT_BYTES } from "./attachment-rules";

// A file input left empty still sends a part: a File with no bytes, whose name arrives empty or, once
// decoded on the server, as a placeholder such as "blob". That is "no file"; an empty file the
// person did choose keeps its own name (cert.pdf) and is refused as empty.
const noFileChosen = (value: unknown) =>
  value === null || value === "" || (value instanceof File && value.size === 0 && !/\.[A-Za-z0-9]{1,8}$/.test(value.name));

/** The certificate fields of a record form; the type by content is checked by the domain (attachment-upload.ts). */
export const attachmentFieldsSchema = z.object({
  attachment: z.preprocess(
    (value) => (noFileChosen(value) ? undefined : value),
    z
      .instanceof(File, { error: "validation.invalid" })
      .refine((file) => file.size > 0, { error: "validation.attachmentEmpty" })
      .refine((file) => file.size <= MAX_ATTACHMENT_BYTES, { error: "validation.attachmentTooLarge" })
      .optional(),
  ),
  removeAttachment: checkbox,
});

/**
 * What the form asks for the record's certificate: a new file, its removal (the box ticked and
 * no file chosen), or nothing. A refused file is INVALID_INPUT on the "attachment" field.
 */
export async function attachmentChangeOf(formData: FormData): Promise<AttachmentChange> {
  const parsed = attachmentFieldsSchema.safeParse(attachmentInput(formData));
  if (!parsed.success) {
    const [field, key] = Object.entries(fieldErrorsOf(parsed.error))[0] ?? ["attachment", "invalid"];
    throw invalidInput(field, key);
  }
  return attachmentChange(parsed.data);
}

/** The certificate's form fields, as attachmentFieldsSchema reads them. */
export function attachmentInput(formData: FormData): Record<string, unknown> {
  return { attachment: formData.get("attachment"), removeAttachment: formData.get("removeAttachment") ?? undefined };
}

/** The parsed certificate fields as a change of the record's attachment (undefined: none). */
export async function attachmentChange({ attachment, removeAttachment }: z.output<typeof attachmentFieldsSchema>): Promise<AttachmentChange> {
  if (attachment) return { fileName: attachment.name, bytes: new Uint8Array(await attachment.arrayBuffer()) };
  return removeAttachment ? null : undefined;
}

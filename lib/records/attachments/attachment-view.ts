import { ATTACHMENT_PATH_PREFIX } from "./attachment-rules";

/** A record's certificate as lists show it: a name and a link, never the bytes. */
export const attachmentSelect = { select: { id: true, fileName: true, contentType: true, byteSize: true } } as const;

export interface AttachmentView {
  id: number;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** Where the certificate is served (app/(portal)/records/attachments/[attachmentId]/route.ts). */
export const attachmentHref = (id: number) => `${ATTACHMENT_PATH_PREFIX}${id}`;

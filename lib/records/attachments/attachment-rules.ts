/**
 * What a certificate attached to a record may be. Plain data, shared by the server (which
 * decides) and the form (which tells the person before they choose a file).
 */

/**
 * 5 MB: a certificate scanned to PDF or photographed with a phone is well under it, while a
 * file this size still travels in one server-action request (lib/platform/server/request-body-limit.ts
 * allows twice that, so a larger one is still answered by the form) and sits in one PostgreSQL
 * row without slowing backups of a city's worth of records.
 */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** As detected from the file's first bytes; what the browser claims is never trusted. */
export const ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_EXTENSIONS: Record<AttachmentType, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" };

/** For the file chooser: a hint to the browser's dialog, not a check. */
export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

/** A file name is only shown and offered back as the download name; longer ones are cut. */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * The policy a served certificate carries instead of the pages' one (proxy.ts keeps it): should
 * a browser render the file, it runs in a unique origin with nothing allowed, so a crafted PDF
 * or image can neither run script as the portal nor load anything.
 */
export const ATTACHMENT_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";
export const ATTACHMENT_PATH_PREFIX = "/records/attachments/";

export const isAttachmentType = (value: string): value is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(value);

import { isDeepStrictEqual } from "node:util";
import type { PreparedChange } from "./attachments/attachment-upload";

/**
 * A confirmation vouches for what the supervisor saw: the record's fields and its certificate.
 * An edit that changes either makes the record wait to be confirmed again, or an employee could
 * have a one-hour course confirmed and then turn it into forty hours. Saving without a change
 * (or removing a certificate that was never there) keeps the confirmation.
 */
export function changesSubstance(before: unknown, after: unknown, attachment: PreparedChange, hadAttachment: boolean): boolean {
  const attachmentChanged = attachment === null ? hadAttachment : attachment !== undefined;
  return attachmentChanged || !isDeepStrictEqual(before, after);
}

/** The columns that take a record back to "declared, not confirmed". */
export const UNVERIFIED = { verifiedAt: null, verifiedById: null } as const;

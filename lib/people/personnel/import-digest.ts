import "server-only";
import { createHash } from "node:crypto";

/**
 * What the HR division confirms in a preview: the file's bytes and, for the staff file, whether
 * it is the complete list. Both go into the digest, so an apply cannot run with other bytes or
 * another option than the ones previewed.
 */
export function digestOf(bytes: Uint8Array, absentLeave = false): string {
  return createHash("sha256")
    .update(bytes)
    .update(absentLeave ? "\0absent-leave" : "")
    .digest("hex");
}

import { z } from "zod";
import { id, isoDate, LIMITS, optionalText, version } from "@/lib/platform/validation/fields";

/** A code or staff number as the personnel system writes them. */
const code = z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(32, { error: "validation.tooLong" });
const optionalCode = z.preprocess((value) => (value === "" || value == null ? undefined : value), code.optional());

/** HR's screen: move a member of staff (by 職員番号) to a unit (by 所属コード) from a date. */
export const transferInputSchema = z.object({
  staffNumber: code,
  unitCode: code,
  supervisorStaffNumber: optionalCode,
  effectiveOn: isoDate,
});
export type TransferInput = z.input<typeof transferInputSchema>;

export const handoverNoteSchema = z.object({
  transferId: id,
  note: optionalText(LIMITS.longText),
  version,
});
export type HandoverNoteInput = z.input<typeof handoverNoteSchema>;

export const cancelTransferSchema = z.object({ transferId: id, version });

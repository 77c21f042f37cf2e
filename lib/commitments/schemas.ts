import { z } from "zod";
import { id, isoDate, LIMITS, optionalDecimal, optionalId, optionalIsoDate, optionalText, percent, requiredText, version } from "@/lib/validation/fields";

/** What a person writes for a commitment at any level. The target is text or a number with a unit. */
export const commitmentInputSchema = z
  .object({
    title: requiredText(LIMITS.title),
    description: optionalText(LIMITS.longText),
    measureId: id,
    focusThemeId: optionalId,
    targetImageId: optionalId,
    targetKind: z.enum(["text", "number"], { error: "validation.invalid" }),
    targetText: optionalText(LIMITS.shortText),
    targetValue: optionalDecimal,
    targetUnit: optionalText(20),
    dueOn: optionalIsoDate,
  })
  .superRefine((value, context) => {
    if (value.targetKind === "text" && value.targetText === "") {
      context.addIssue({ code: "custom", path: ["targetText"], message: "validation.required" });
    }
    if (value.targetKind === "number" && value.targetValue === undefined) {
      context.addIssue({ code: "custom", path: ["targetValue"], message: "validation.required" });
    }
    if (value.targetKind === "number" && value.targetUnit === "") {
      context.addIssue({ code: "custom", path: ["targetUnit"], message: "validation.required" });
    }
  });
export type CommitmentInput = z.infer<typeof commitmentInputSchema>;

export const commitmentUpdateSchema = z.object({ version }).and(commitmentInputSchema);

/** A progress update needs a date and at least one of a note, a percentage or an actual value. */
export const progressInputSchema = z
  .object({
    version,
    recordedOn: isoDate,
    note: optionalText(LIMITS.longText),
    percent: z.preprocess((value) => (value === "" || value == null ? undefined : value), percent.optional()),
    actualValue: optionalDecimal,
  })
  .superRefine((value, context) => {
    if (value.note === "" && value.percent === undefined && value.actualValue === undefined) {
      context.addIssue({ code: "custom", path: ["note"], message: "validation.progressEmpty" });
    }
  });
export type ProgressInput = z.infer<typeof progressInputSchema>;

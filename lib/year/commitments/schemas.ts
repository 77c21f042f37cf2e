import { z } from "zod";
import {
  id,
  isoDate,
  LIMITS,
  optionalDecimal,
  optionalId,
  optionalIsoDate,
  optionalText,
  percent,
  requiredText,
  version,
  whenValid,
} from "@/lib/platform/validation/fields";

const target = {
  targetKind: z.enum(["text", "number"], { error: "validation.invalid" }),
  targetText: optionalText(LIMITS.shortText),
  targetValue: optionalDecimal,
  targetUnit: optionalText(20),
};

/** What a person writes for a commitment at any level. The target is text or a number with a unit. */
export const commitmentInputSchema = z
  .object({
    title: requiredText(LIMITS.title),
    description: optionalText(LIMITS.longText),
    measureId: id,
    focusThemeId: optionalId,
    targetImageId: optionalId,
    ...target,
    dueOn: optionalIsoDate,
  })
  .superRefine(
    (value, context) => {
      if (value.targetKind === "text" && value.targetText === "") {
        context.addIssue({ code: "custom", path: ["targetText"], message: "validation.required" });
      }
      if (value.targetKind === "number" && value.targetValue === undefined) {
        context.addIssue({ code: "custom", path: ["targetValue"], message: "validation.required" });
      }
      if (value.targetKind === "number" && value.targetUnit === "") {
        context.addIssue({ code: "custom", path: ["targetUnit"], message: "validation.required" });
      }
    },
    whenValid(z.object(target)),
  );
export type CommitmentInput = z.infer<typeof commitmentInputSchema>;

export const commitmentUpdateSchema = z.object({ version }).and(commitmentInputSchema);

const progressFigures = {
  note: optionalText(LIMITS.longText),
  percent: z.preprocess((value) => (value === "" || value == null ? undefined : value), percent.optional()),
  actualValue: optionalDecimal,
};

/** A progress update needs a date and at least one of a note, a percentage or an actual value. */
export const progressInputSchema = z
  .object({
    version,
    recordedOn: isoDate,
    ...progressFigures,
  })
  .superRefine(
    (value, context) => {
      if (value.note === "" && value.percent === undefined && value.actualValue === undefined) {
        context.addIssue({ code: "custom", path: ["note"], message: "validation.progressEmpty" });
      }
    },
    whenValid(z.object(progressFigures)),
  );
export type ProgressInput = z.infer<typeof progressInputSchema>;

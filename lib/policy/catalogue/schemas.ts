import { z } from "zod";
import { checkbox, id, LIMITS, optionalId, optionalText, requiredText, whenValid } from "@/lib/platform/validation/fields";

/**
 * The HR division's catalogue forms. Every edit carries the values the editor saw ("before",
 * from hidden fields): the catalogue tables have no version column, so the write only applies
 * while the row still holds them, and otherwise answers CONFLICT.
 */

// What the editor saw, compared verbatim (not trimmed) with the row.
const seen = (max: number) => z.string().max(max, { error: "validation.invalid" }).default("");

const name = requiredText(LIMITS.shortText);
const description = requiredText(LIMITS.longText);

// The policy runs FY2021–2030; the write also checks against the policy row itself.
const fiscalYear = z.coerce
  .number({ error: "validation.number" })
  .int({ error: "validation.number" })
  .min(2000, { error: "validation.invalid" })
  .max(2100, { error: "validation.invalid" });

export const targetImageEditSchema = z.object({ id, name, description, beforeName: seen(LIMITS.shortText), beforeDescription: seen(LIMITS.longText) });
export const areaEditSchema = targetImageEditSchema;
export const focusThemeEditSchema = z.object({ id, name, beforeName: seen(LIMITS.shortText) });
export const focusPointEditSchema = z.object({ id, text: description, beforeText: seen(LIMITS.longText) });
export const focusPointAddSchema = z.object({ themeId: id, text: description });

export const measureEditSchema = z.object({
  id,
  name,
  relatedPlan: optionalText(LIMITS.shortText),
  beforeName: seen(LIMITS.shortText),
  beforeRelatedPlan: seen(LIMITS.shortText),
});
export const measureAddSchema = z.object({ areaId: id, name, relatedPlan: optionalText(LIMITS.shortText) });

export const initiativeEditSchema = z.object({
  id,
  name,
  isMain: checkbox,
  promotionPlanId: optionalId,
  beforeName: seen(LIMITS.shortText),
  beforeIsMain: checkbox,
  beforePromotionPlanId: optionalId,
});
export const initiativeAddSchema = z.object({ measureId: id, name, isMain: checkbox, promotionPlanId: optionalId });

export const promotionPlanEditSchema = z
  .object({
    id,
    name,
    startFiscalYear: fiscalYear,
    endFiscalYear: fiscalYear,
    illustrative: checkbox,
    beforeName: seen(LIMITS.shortText),
    beforeStartFiscalYear: z.coerce.number().int(),
    beforeEndFiscalYear: z.coerce.number().int(),
    beforeIllustrative: checkbox,
  })
  .refine((plan) => plan.startFiscalYear <= plan.endFiscalYear, {
    error: "validation.endBeforeStart",
    path: ["endFiscalYear"],
    ...whenValid(z.object({ startFiscalYear: fiscalYear, endFiscalYear: fiscalYear })),
  });

export const RETIRABLE = ["targetImage", "focusTheme", "area", "measure", "initiative"] as const;
export type RetirableKind = (typeof RETIRABLE)[number];
export const retireSchema = z.object({ kind: z.enum(RETIRABLE), id, retire: checkbox });

export type TargetImageEdit = z.output<typeof targetImageEditSchema>;
export type AreaEdit = z.output<typeof areaEditSchema>;
export type FocusThemeEdit = z.output<typeof focusThemeEditSchema>;
export type FocusPointEdit = z.output<typeof focusPointEditSchema>;
export type FocusPointAdd = z.output<typeof focusPointAddSchema>;
export type MeasureEdit = z.output<typeof measureEditSchema>;
export type MeasureAdd = z.output<typeof measureAddSchema>;
export type InitiativeEdit = z.output<typeof initiativeEditSchema>;
export type InitiativeAdd = z.output<typeof initiativeAddSchema>;
export type PromotionPlanEdit = z.output<typeof promotionPlanEditSchema>;
export type RetireInput = z.output<typeof retireSchema>;

import { z } from "zod";
import { compareDates } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { TrainingKind } from "@/lib/generated/prisma/enums";
import { checkbox, id, isoDate, LIMITS, optionalId, optionalIsoDate, optionalText, requiredText, version, whenValid } from "@/lib/platform/validation/fields";

/**
 * The forms of the records page, validated the same way by the server action and again by the
 * domain function. Messages are `validation.*` keys; the two that only these forms need
 * (`hours`, `expiryBeforeObtained`) live in the `records.validation` catalogue section.
 */

export const TRAINING_KINDS = Object.values(TrainingKind);

/** Hours are kept to one decimal in the database; half-hour steps are how the institute counts. */
export const HOURS = { min: 0.5, max: 999, step: 0.5 } as const;

// A generous window: it only stops a typo such as 20026 from reaching the database.
const fiscalYear = z.coerce
  .number({ error: "validation.invalid" })
  .int({ error: "validation.invalid" })
  .min(2000, { error: "validation.invalid" })
  .max(2100, { error: "validation.invalid" });

const hours = z.coerce
  .number({ error: "validation.hours" })
  .min(HOURS.min, { error: "validation.hours" })
  .max(HOURS.max, { error: "validation.hours" })
  .refine((value) => Number.isInteger(value / HOURS.step), { error: "validation.hours" });

const trainingDates = z.object({ fiscalYear, startOn: isoDate, endOn: isoDate });

export const trainingInputSchema = z
  .object({
    fiscalYear,
    programmeName: requiredText(LIMITS.shortText),
    kind: z.enum(TrainingKind, { error: "validation.invalid" }),
    startOn: isoDate,
    endOn: isoDate,
    hours,
    completed: checkbox,
    measureId: optionalId,
  })
  .superRefine(
    (value, ctx) => {
      const start = parseIsoDate(value.startOn);
      const end = parseIsoDate(value.endOn);
      const startInside = isWithinFiscalYear(start, value.fiscalYear);
      const endInside = isWithinFiscalYear(end, value.fiscalYear);
      if (!startInside) ctx.addIssue({ code: "custom", path: ["startOn"], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
      if (!endInside) ctx.addIssue({ code: "custom", path: ["endOn"], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
      if (startInside && endInside && compareDates(end, start) < 0) ctx.addIssue({ code: "custom", path: ["endOn"], message: "validation.endBeforeStart" });
    },
    // Checked even when another field is wrong, so that one round trip shows every problem.
    whenValid(trainingDates),
  );

export type TrainingInput = z.output<typeof trainingInputSchema>;

const qualificationDates = z.object({ obtainedOn: isoDate, expiresOn: optionalIsoDate });

export const qualificationInputSchema = z
  .object({
    name: requiredText(LIMITS.shortText),
    obtainedOn: isoDate,
    expiresOn: optionalIsoDate,
    /** left out, the record links to ⑤職員の自己啓発支援 */
    measureId: optionalId,
    note: optionalText(LIMITS.longText),
  })
  .superRefine((value, ctx) => {
    if (value.expiresOn && compareDates(parseIsoDate(value.expiresOn), parseIsoDate(value.obtainedOn)) < 0) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "validation.expiryBeforeObtained" });
    }
  }, whenValid(qualificationDates));

export type QualificationInput = z.output<typeof qualificationInputSchema>;

/** Which record an edit or a delete is for, and the version the person last saw. */
export const recordRefSchema = z.object({ id, version });

/** The fiscal year a form returns to after saving; absent or odd values fall back to the record's. */
export const returnFiscalYearSchema = z.object({ fy: fiscalYear.optional().catch(undefined) });

import { z } from "zod";
import { compareDates } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { CycleStep } from "@/lib/generated/prisma/enums";
import { id, isoDate, optionalIsoDate, optionalText, LIMITS, whenValid } from "@/lib/platform/validation/fields";

export const fiscalYearField = z.coerce
  .number({ error: "validation.invalid" })
  .int({ error: "validation.invalid" })
  .min(2000, { error: "validation.invalid" })
  .max(2100, { error: "validation.invalid" });
/** 0 for a calendar not yet saved, else the version the officer loaded. */
const calendarVersion = z.coerce.number({ error: "validation.invalid" }).int().min(0).max(2_147_483_647);

/** Hidden fields of the calendar forms: which year, and the version the officer saw. */
export const calendarTarget = z.object({ fiscalYear: fiscalYearField, version: calendarVersion });

const FIELDS = [
  ["planStartsOn", "planEndsOn"],
  ["midYearStartsOn", "midYearEndsOn"],
  ["reflectionStartsOn", "reflectionEndsOn"],
] as const;

const calendarDates = z.object({
  fiscalYear: fiscalYearField,
  planStartsOn: isoDate,
  planEndsOn: isoDate,
  midYearStartsOn: isoDate,
  midYearEndsOn: isoDate,
  reflectionStartsOn: isoDate,
  reflectionEndsOn: isoDate,
});

/**
 * The city's three windows: every date inside the fiscal year, each window starting no later
 * than it ends, and 期首 → 中間 → 期末 in that order without overlapping (the database keeps
 * the same order with a CHECK). Every problem is reported in one pass.
 */
export const cycleCalendarSchema = calendarDates.superRefine((value, ctx) => {
  let previousEnd: string | null = null;
  for (const [startField, endField] of FIELDS) {
    const start = parseIsoDate(value[startField]);
    const end = parseIsoDate(value[endField]);
    const startInside = isWithinFiscalYear(start, value.fiscalYear);
    const endInside = isWithinFiscalYear(end, value.fiscalYear);
    if (!startInside) ctx.addIssue({ code: "custom", path: [startField], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
    if (!endInside) ctx.addIssue({ code: "custom", path: [endField], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
    if (startInside && endInside && compareDates(end, start) < 0) ctx.addIssue({ code: "custom", path: [endField], message: "validation.endBeforeStart" });
    if (previousEnd !== null && compareDates(start, parseIsoDate(previousEnd)) <= 0)
      ctx.addIssue({ code: "custom", path: [startField], message: "validation.windowOrder" });
    previousEnd = value[endField];
  }
}, whenValid(calendarDates));

export type CycleCalendarInput = z.output<typeof cycleCalendarSchema>;

/** A bureau's own end date for a step; empty clears it (the city's date applies again). */
export const bureauDeadlineSchema = z.object({
  fiscalYear: fiscalYearField,
  bureauId: id,
  step: z.enum(CycleStep, { error: "validation.invalid" }),
  endsOn: optionalIsoDate,
});

export type BureauDeadlineInput = z.output<typeof bureauDeadlineSchema>;

/** A reminder (督促): which step, and for HR which bureau (none: the whole city). */
export const cycleReminderSchema = z.object({
  step: z.enum(CycleStep, { error: "validation.invalid" }),
  bureauId: z.preprocess((value) => (value === "" || value == null ? undefined : value), id.optional()),
});

export type CycleReminderInput = z.output<typeof cycleReminderSchema>;

/** 代決: who stands in (staff number, as long as the personnel import allows), from when to when, and why. */
export const actingReviewerSchema = z
  .object({
    supervisorStaffNumber: z.preprocess((value) => (value == null ? "" : value), z.string().trim().max(32, { error: "validation.tooLong" })),
    actingStaffNumber: z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(32, { error: "validation.tooLong" }),
    startsOn: isoDate,
    endsOn: isoDate,
    reason: optionalText(LIMITS.shortText),
  })
  .superRefine(
    (value, ctx) => {
      if (compareDates(parseIsoDate(value.endsOn), parseIsoDate(value.startsOn)) < 0)
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "validation.endBeforeStart" });
    },
    whenValid(z.object({ startsOn: isoDate, endsOn: isoDate })),
  );

export type ActingReviewerInput = z.output<typeof actingReviewerSchema>;

import { z } from "zod";
import { compareDates } from "@/lib/platform/dates/calendar-date";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { EnrolmentStatus, TrainingKind } from "@/lib/generated/prisma/enums";
import { checkbox, id, isoDate, LIMITS, optionalId, optionalText, requiredText, version, whenValid } from "@/lib/platform/validation/fields";

/** Forms of the training-programme pages; messages are `validation.*` catalogue keys. */

export const PROGRAMME_KINDS = Object.values(TrainingKind);
export const ENROLMENT_STATUSES = Object.values(EnrolmentStatus);
/** The statuses that put a training record in the employee's records. */
export const ATTENDED_STATUSES: readonly EnrolmentStatus[] = ["ATTENDED", "COMPLETED"];

export const HOURS = { min: 0.5, max: 999, step: 0.5 } as const;
/** Names pasted into the enrol form: a generous ceiling for one institute course. */
export const MAX_ENROL_LINES = 2_000;

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

/** 係長, 主任 / 係長、課長 → "係長,主任": trimmed, de-duplicated, comma-separated; empty = everyone. */
const targetList = optionalText(LIMITS.shortText).transform((value) =>
  [
    ...new Set(
      value
        .split(/[,、，\n]/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ].join(","),
);

const programmeFields = {
  title: requiredText(LIMITS.shortText),
  kind: z.enum(TrainingKind, { error: "validation.invalid" }),
  measureId: optionalId,
  targetRanks: targetList,
  targetJobCategories: targetList,
  hours,
};

export const programmeCreateSchema = z.object(programmeFields);
export const programmeUpdateSchema = z.object({ id, version, ...programmeFields });
export const programmeRetireSchema = z.object({ id, version, retire: checkbox });

export type ProgrammeCreateInput = z.input<typeof programmeCreateSchema>;
export type ProgrammeUpdateInput = z.input<typeof programmeUpdateSchema>;
export type ProgrammeRetireInput = z.input<typeof programmeRetireSchema>;

const capacity = z.preprocess(
  (value) => (value === "" || value == null ? undefined : value),
  z.coerce
    .number({ error: "validation.number" })
    .int({ error: "validation.capacity" })
    .min(1, { error: "validation.capacity" })
    .max(100_000, { error: "validation.capacity" })
    .optional(),
);

const sessionDates = z.object({ fiscalYear, startOn: isoDate, endOn: isoDate });

export const sessionCreateSchema = z
  .object({
    programmeId: id,
    fiscalYear,
    startOn: isoDate,
    endOn: isoDate,
    venue: optionalText(LIMITS.shortText),
    online: checkbox,
    capacity,
  })
  .superRefine((value, ctx) => {
    const start = parseIsoDate(value.startOn);
    const end = parseIsoDate(value.endOn);
    const startInside = isWithinFiscalYear(start, value.fiscalYear);
    const endInside = isWithinFiscalYear(end, value.fiscalYear);
    if (!startInside) ctx.addIssue({ code: "custom", path: ["startOn"], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
    if (!endInside) ctx.addIssue({ code: "custom", path: ["endOn"], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
    if (startInside && endInside && compareDates(end, start) < 0) ctx.addIssue({ code: "custom", path: ["endOn"], message: "validation.endBeforeStart" });
  }, whenValid(sessionDates))
  .superRefine(
    (value, ctx) => {
      if (!value.online && value.venue === "") ctx.addIssue({ code: "custom", path: ["venue"], message: "validation.venueOrOnline" });
    },
    whenValid(z.object({ online: checkbox, venue: optionalText(LIMITS.shortText) })),
  );

export type SessionCreateInput = z.input<typeof sessionCreateSchema>;

export const enrolSchema = z.object({
  sessionId: id,
  version,
  staffNumbers: z.string().max(100_000, { error: "validation.tooLong" }).default(""),
});

export type EnrolInput = z.input<typeof enrolSchema>;

export const attendanceSchema = z.object({
  sessionId: id,
  version,
  enrolmentId: id,
  status: z.enum(EnrolmentStatus, { error: "validation.invalid" }),
});

export type AttendanceInput = z.input<typeof attendanceSchema>;

import { z } from "zod";
import { checkbox, id, isoDate, LIMITS, optionalText, requiredText, version, whenValid } from "@/lib/platform/validation/fields";
import { OJT_PERIODS } from "./periods";
import { MAX_DATABASE_ID } from "@/lib/platform/db/ids";

/**
 * The OJT forms, validated the same way by the server action and again by the domain function.
 * Messages are `validation.*` keys; those only these forms need live in `ojt.validation`.
 */

export const OJT_LIMITS = { aim: 2000, goal: 400, topic: LIMITS.shortText, notes: LIMITS.longText } as const;
/** A goal per quarter and one per half is the most a year's plan needs. */
export const OJT_MAX_GOALS = 6;
/** A session shorter than a few minutes is a chat, one longer than a working day is a typo. */
export const OJT_MINUTES = { min: 5, max: 600 } as const;

// Ids and versions come from form fields, so anyone can send any number: the shared fields
// refuse one no int column can hold (lib/platform/db/ids.ts), like any other bad value.
const rowId = id;
const rowVersion = version.max(MAX_DATABASE_ID, { error: "validation.invalid" });

const fiscalYear = z.coerce
  .number({ error: "validation.invalid" })
  .int({ error: "validation.invalid" })
  .min(2000, { error: "validation.invalid" })
  .max(2100, { error: "validation.invalid" });

/** A choice left on its placeholder is "required", a forged value is "invalid". */
const chosen = <S extends z.ZodType>(schema: S) =>
  z
    .unknown()
    .refine((value) => value !== "" && value != null, { error: "validation.required", abort: true })
    .pipe(schema);

const goalFields = {
  period: chosen(z.enum(OJT_PERIODS, { error: "validation.invalid" })),
  measureId: chosen(rowId),
  goal: requiredText(OJT_LIMITS.goal),
};

const goalList = <S extends z.ZodType>(goal: S) =>
  z.array(goal).min(1, { error: "validation.goalsRequired" }).max(OJT_MAX_GOALS, { error: "validation.tooManyGoals" });

export const ojtGoalInputSchema = z.object(goalFields);

/** A goal as the supervisor edits it: existing ones carry their id; new ones start unachieved. */
export const ojtGoalUpdateSchema = z.object({
  ...goalFields,
  id: z.preprocess((value) => (value === "" || value == null ? undefined : value), rowId.optional()),
  achieved: checkbox,
});

export const ojtPlanInputSchema = z
  .object({
    traineeId: rowId,
    trainerId: chosen(rowId),
    fiscalYear,
    aim: optionalText(OJT_LIMITS.aim),
    goals: goalList(ojtGoalInputSchema),
  })
  .superRefine(
    (value, ctx) => {
      if (value.trainerId === value.traineeId) ctx.addIssue({ code: "custom", path: ["trainerId"], message: "validation.trainerIsTrainee" });
    },
    whenValid(z.object({ traineeId: rowId, trainerId: chosen(rowId) })),
  );
export type OjtPlanInput = z.output<typeof ojtPlanInputSchema>;

export const ojtPlanUpdateSchema = z.object({
  version: rowVersion,
  trainerId: chosen(rowId),
  aim: optionalText(OJT_LIMITS.aim),
  completed: checkbox,
  goals: goalList(ojtGoalUpdateSchema),
});
export type OjtPlanUpdateInput = z.output<typeof ojtPlanUpdateSchema>;

export const ojtSessionInputSchema = z.object({
  heldOn: isoDate,
  minutes: z.coerce
    .number({ error: "validation.minutes" })
    .int({ error: "validation.minutes" })
    .min(OJT_MINUTES.min, { error: "validation.minutes" })
    .max(OJT_MINUTES.max, { error: "validation.minutes" }),
  topic: requiredText(OJT_LIMITS.topic),
  learnt: optionalText(OJT_LIMITS.notes),
  nextStep: optionalText(OJT_LIMITS.notes),
});
export type OjtSessionInput = z.output<typeof ojtSessionInputSchema>;

/** Marking one goal achieved (or not), by the supervisor or the trainer. */
export const ojtGoalMarkSchema = z.object({ goalId: rowId, version: rowVersion, achieved: checkbox });

/**
 * Form fields `goals.<n>.period` etc. → the goals array, in the order of n. Rows are numbered
 * by the form as they are shown, so a field error `goals.1.goal` points back at the second row.
 */
export function goalsFromForm(formData: FormData): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of formData.entries()) {
    const match = /^goals\.(\d{1,2})\.(id|period|measureId|goal|achieved)$/.exec(key);
    const [, position, field] = match ?? [];
    if (position === undefined || field === undefined || typeof value !== "string") continue;
    const index = Number(position);
    rows.set(index, { ...rows.get(index), [field]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

import { z } from "zod";
import { InterviewKind } from "@/lib/generated/prisma/enums";
import { id, isoDate, LIMITS, optionalId, optionalText, requiredText, version } from "@/lib/platform/validation/fields";
import { MAX_ACTIONS } from "./limits";

/**
 * The career-interview form, validated the same way by the server action and again by the
 * domain function. What needs the clock or the database (the date against today, the measures)
 * is checked in lib/year/interviews/interview-columns.ts. Messages are `validation.*` keys; the one
 * only this form needs (`tooManyActions`) lives in the `interviews.validation` section.
 */

export const interviewActionSchema = z.object({
  /** an action already proposed, when the interview is edited */
  id: optionalId,
  title: requiredText(LIMITS.title),
  measureId: id,
});

const interviewFieldsSchema = z.object({
  heldOn: isoDate,
  kind: z.enum(InterviewKind, { error: "validation.invalid" }),
  agenda: optionalText(LIMITS.longText),
  sharedNotes: optionalText(LIMITS.longText),
  privateNotes: optionalText(LIMITS.longText),
  /** agreements that are not the employee's commitments, e.g. what the supervisor will do */
  agreedActions: optionalText(LIMITS.longText),
  actions: z.array(interviewActionSchema).max(MAX_ACTIONS, { error: "validation.tooManyActions" }).default([]),
});

/** What record and update have in common, once validated. */
export type InterviewFields = z.output<typeof interviewFieldsSchema>;

export const interviewInputSchema = interviewFieldsSchema.extend({ employeeId: id });
export type InterviewInput = z.input<typeof interviewInputSchema>;

export const interviewUpdateSchema = interviewFieldsSchema.extend({ version });
export type InterviewUpdateInput = z.input<typeof interviewUpdateSchema>;

/**
 * The form has one fixed slot per possible action, so it works without script. Empty slots,
 * and slots whose "remove" box is ticked, are left out; `slots` remembers which slot each
 * remaining action came from, so an error can be shown beside the right one.
 */
export function actionsFromForm(formData: FormData): { actions: unknown[]; slots: number[] } {
  const actions: unknown[] = [];
  const slots: number[] = [];
  for (let slot = 0; slot < MAX_ACTIONS; slot++) {
    const field = (name: string) => {
      const value = formData.get(`actions.${slot}.${name}`);
      return typeof value === "string" ? value.trim() : "";
    };
    if (field("remove") === "on" || (field("title") === "" && field("measureId") === "")) continue;
    actions.push({ id: field("id"), title: field("title"), measureId: field("measureId") });
    slots.push(slot);
  }
  return { actions, slots };
}

/** `actions.1.title` of the compacted list → `actions.<slot>.title` of the form. */
export function fieldOfSlot(field: string, slots: readonly number[]): string {
  return field.replace(/^actions\.(\d+)\./, (whole, index: string) => {
    const slot = slots[Number(index)];
    return slot === undefined ? whole : `actions.${slot}.`;
  });
}

"use server";

import { z } from "zod";
import { actorAction, actorPostAction } from "@/lib/platform/actions/actor-action";
import {
  addIndividualCommitment,
  dropIndividualCommitment,
  moveIndividualCommitment,
  updateIndividualCommitment,
} from "@/lib/year/commitments/individual-commitments";
import { recordIndividualProgress } from "@/lib/year/commitments/record-progress";
import { commitmentInputSchema, progressInputSchema } from "@/lib/year/commitments/schemas";
import { startOwnPlan } from "@/lib/year/plans/start-own-plan";
import { submitPlan, submitPlanChanges, withdrawPlan, withdrawPlanChanges } from "@/lib/year/plans/submit-plan";
import { imagesFromForm, planContentSchema, reflectionSchema } from "@/lib/year/plans/schemas";
import { updatePlanContent, updateReflection } from "@/lib/year/plans/update-plan";
import { id, optionalText, version } from "@/lib/platform/validation/fields";
import { textValues } from "@/lib/platform/validation/form-state";

// The employee's own plan and its commitments; lib/ checks that they are the actor's own.

const fiscalYear = z.coerce.number().int().min(2000).max(2100);
const planRef = z.object({ planId: id, fiscalYear });
const commitmentRef = z.object({ commitmentId: id, fiscalYear });

const planPath = (year: number) => `/me/plans/${year}`;
/** A move of the plan lands on its state, which the banner names (and off an earlier save's "saved"). */
const toState = (_: unknown, { fiscalYear: year }: { fiscalYear: number }) => `${planPath(year)}#state`;
const commitmentPages = ({ fiscalYear: year, commitmentId }: { fiscalYear: number; commitmentId: number }) => [
  planPath(year),
  `${planPath(year)}/edit`,
  `${planPath(year)}/commitments/${commitmentId}`,
];

/** A year that cannot be opened (not this year or next) leaves the page as it was. */
export const startPlanAction = actorPostAction({
  target: z.object({ fiscalYear }),
  handle: (actor, { fiscalYear: year }) => startOwnPlan(actor, year),
  revalidate: ["/me"],
  redirect: (_, { fiscalYear: year }) => planPath(year),
});

/** Back to the plan, whose banner says what state the saved plan is in (still approved, with changes to send…). */
export const savePlanContentAction = actorAction({
  target: planRef,
  schema: planContentSchema,
  input: (formData) => ({ ...textValues(formData), images: imagesFromForm(formData) }),
  handle: (actor, { planId, fiscalYear: _year, ...content }) => updatePlanContent(actor, planId, content),
  revalidate: ({ fiscalYear: year }) => [planPath(year), `${planPath(year)}/edit`, "/me"],
  redirect: (_, { fiscalYear: year }) => `${planPath(year)}?saved=1#state`,
});

export const saveReflectionAction = actorAction({
  target: planRef,
  schema: reflectionSchema,
  handle: (actor, { planId, version: seen, reflection }) => updateReflection(actor, planId, { version: seen, reflection }),
  revalidate: ({ fiscalYear: year }) => [planPath(year)],
});

export const submitPlanAction = actorAction({
  target: planRef.extend({ version }),
  handle: (actor, { planId, version: seen }) => submitPlan(actor, planId, seen),
  revalidate: ({ fiscalYear: year }) => [planPath(year), "/me", "/team"],
  redirect: toState,
});

export const withdrawPlanAction = actorAction({
  target: planRef.extend({ version }),
  handle: (actor, { planId, version: seen }) => withdrawPlan(actor, planId, seen),
  revalidate: ({ fiscalYear: year }) => [planPath(year), "/me", "/team"],
  redirect: toState,
});

/** The changes of an approved plan, to the supervisor; the banner then says the plan stays approved. */
export const submitChangesAction = actorAction({
  target: planRef.extend({ version }),
  handle: (actor, { planId, version: seen }) => submitPlanChanges(actor, planId, seen),
  revalidate: ({ fiscalYear: year }) => [planPath(year), "/me", "/team"],
  redirect: toState,
});

export const withdrawChangesAction = actorAction({
  target: planRef.extend({ version }),
  handle: (actor, { planId, version: seen }) => withdrawPlanChanges(actor, planId, seen),
  revalidate: ({ fiscalYear: year }) => [planPath(year), "/me", "/team"],
  redirect: toState,
});

export const addCommitmentAction = actorAction({
  target: planRef,
  schema: commitmentInputSchema,
  handle: (actor, { planId, fiscalYear: _year, ...input }) => addIndividualCommitment(actor, planId, input),
  revalidate: ({ fiscalYear: year }) => [planPath(year), `${planPath(year)}/edit`],
  redirect: (_, { fiscalYear: year }) => `${planPath(year)}?saved=1#state`,
});

export const updateCommitmentAction = actorAction({
  target: commitmentRef.extend({ version }),
  schema: commitmentInputSchema,
  handle: (actor, { commitmentId, version: seen, fiscalYear: _year, ...input }) => updateIndividualCommitment(actor, commitmentId, seen, input),
  revalidate: commitmentPages,
  redirect: (_, { fiscalYear: year }) => `${planPath(year)}?saved=1#state`,
});

/**
 * The edit page orders the plan in one form, whose pressed button names the line and the way
 * (`move=12:up`): one form instead of one per line (components/plans/commitment-order-list.tsx).
 * Read as the commitment and direction it names.
 */
function moveInput(formData: FormData): Record<string, string> {
  const values = textValues(formData);
  if (values.move === undefined) return values;
  const [commitmentId = "", direction = ""] = values.move.split(":");
  return { ...values, commitmentId, direction };
}

/** A refused move leaves the order as it was. */
export const moveCommitmentAction = actorPostAction({
  target: commitmentRef.extend({ direction: z.enum(["up", "down"]) }),
  input: moveInput,
  handle: (actor, { commitmentId, direction }) => moveIndividualCommitment(actor, commitmentId, direction),
  revalidate: ({ fiscalYear: year }) => [planPath(year), `${planPath(year)}/edit`],
});

export const dropCommitmentAction = actorAction({
  target: commitmentRef.extend({ version }),
  schema: z.object({ reason: optionalText(1000) }),
  handle: (actor, { commitmentId, version: seen, reason }) => dropIndividualCommitment(actor, commitmentId, seen, reason),
  revalidate: commitmentPages,
});

export const recordProgressAction = actorAction({
  target: commitmentRef,
  schema: progressInputSchema,
  handle: (actor, { commitmentId, fiscalYear: _year, ...progress }) => recordIndividualProgress(actor, commitmentId, progress),
  revalidate: (ref) => [...commitmentPages(ref), "/me"],
});

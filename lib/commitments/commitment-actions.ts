"use server";

import { z } from "zod";
import { actorAction } from "@/lib/actions/actor-action";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { dropCommitment } from "@/lib/commitments/drop-commitment";
import { approveCommitment, commentOnCommitment, returnCommitment } from "@/lib/commitments/review-commitment";
import { progressInputSchema } from "@/lib/commitments/schemas";
import { recordCommitmentProgress, recordMetricSnapshot } from "@/lib/commitments/standalone-progress";
import { submitCommitment, withdrawCommitment } from "@/lib/commitments/submit-commitment";
import { newStandaloneCommitmentSchema, teamCommitmentSchema } from "@/lib/commitments/team-schemas";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { reviewDecisionSchema } from "@/lib/plans/schemas";
import { id, optionalText, version } from "@/lib/validation/fields";

// Team, bureau and city commitments: the level is the row's, never the form's, except when
// creating one. lib/commitments authorizes, checks, writes and audits.

const commitment = z.object({ commitmentId: id });
const ref = commitment.extend({ version });

const pagesOf = (commitmentId: number) => [`/commitments/${commitmentId}`, "/team/commitments", "/bureau/commitments", "/city/commitments"];
const refreshed = ({ commitmentId }: { commitmentId: number }) => pagesOf(commitmentId);

export const createCommitmentAction = actorAction({
  schema: newStandaloneCommitmentSchema,
  handle: (actor, { level, ...input }) => createCommitment(actor, level, input),
  revalidate: (_, commitmentId) => (commitmentId === undefined ? [] : pagesOf(commitmentId)),
  redirect: (commitmentId) => `/commitments/${commitmentId}`,
});

export const updateCommitmentAction = actorAction({
  target: ref,
  schema: teamCommitmentSchema,
  handle: (actor, { commitmentId, version: seen, ...input }) => updateCommitment(actor, commitmentId, seen, input),
  revalidate: refreshed,
});

export const submitCommitmentAction = actorAction({
  target: ref,
  handle: (actor, { commitmentId, version: seen }) => submitCommitment(actor, commitmentId, seen),
  revalidate: refreshed,
});

export const withdrawCommitmentAction = actorAction({
  target: ref,
  handle: (actor, { commitmentId, version: seen }) => withdrawCommitment(actor, commitmentId, seen),
  revalidate: refreshed,
});

/** The reviewer's decision: approve, return (a comment is required) or only comment. */
export const reviewCommitmentAction = actorAction({
  target: commitment.extend({ decision: z.enum(["approve", "return", "comment"]) }),
  schema: reviewDecisionSchema,
  handle: (actor, { commitmentId, decision, version: seen, comment }) =>
    decision === "approve" ? approveCommitment(actor, commitmentId, seen, comment) : decision === "return" ? returnCommitment(actor, commitmentId, seen, comment) : commentOnCommitment(actor, commitmentId, comment),
  revalidate: refreshed,
});

export const recordCommitmentProgressAction = actorAction({
  target: commitment,
  schema: progressInputSchema,
  handle: (actor, { commitmentId, ...progress }) => recordCommitmentProgress(actor, commitmentId, progress),
  revalidate: refreshed,
});

export const recordMetricSnapshotAction = actorAction({
  target: ref,
  schema: z.object({ note: optionalText() }),
  handle: (actor, { commitmentId, version: seen, note }) => recordMetricSnapshot(actor, commitmentId, seen, note),
  revalidate: refreshed,
});

export const dropCommitmentAction = actorAction({
  target: ref,
  schema: z.object({ reason: optionalText(1000) }),
  handle: (actor, { commitmentId, version: seen, reason }) => dropCommitment(actor, commitmentId, seen, reason),
  revalidate: refreshed,
});

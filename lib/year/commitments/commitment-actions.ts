"use server";

import { z } from "zod";
import { actorAction } from "@/lib/platform/actions/actor-action";
import { createCommitment } from "@/lib/year/commitments/create-commitment";
import { isStandaloneLevel } from "@/lib/year/commitments/commitment-access";
import { dropCommitment } from "@/lib/year/commitments/drop-commitment";
import { findCommitmentsForReview } from "@/lib/year/commitments/find-commitments-for-review";
import { approveCommitment, commentOnCommitment, returnCommitment } from "@/lib/year/commitments/review-commitment";
import { progressInputSchema } from "@/lib/year/commitments/schemas";
import { recordCommitmentProgress, recordMetricSnapshot } from "@/lib/year/commitments/standalone-progress";
import { submitCommitment, withdrawCommitment } from "@/lib/year/commitments/submit-commitment";
import { newStandaloneCommitmentSchema, teamCommitmentSchema } from "@/lib/year/commitments/team-schemas";
import { updateCommitment } from "@/lib/year/commitments/update-commitment";
import { reviewDecisionSchema } from "@/lib/year/plans/schemas";
import { toldValues } from "@/lib/messaging/notifications/notify";
import { id, optionalText, version } from "@/lib/platform/validation/fields";

// Team, bureau and city commitments: the level is the row's, never the form's, except when
// creating one. lib/year/commitments authorizes, checks, writes and audits.

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
  done: "commitmentUpdated",
});

export const submitCommitmentAction = actorAction({
  target: ref,
  handle: (actor, { commitmentId, version: seen }) => submitCommitment(actor, commitmentId, seen),
  revalidate: refreshed,
  done: (notified) => ({ key: "commitmentSubmitted", values: toldValues(notified) }),
});

export const withdrawCommitmentAction = actorAction({
  target: ref,
  handle: (actor, { commitmentId, version: seen }) => withdrawCommitment(actor, commitmentId, seen),
  revalidate: refreshed,
  done: "commitmentWithdrawn",
});

/** The reviewer's decision: approve, return (a comment is required) or only comment. */
export const reviewCommitmentAction = actorAction({
  target: commitment.extend({ decision: z.enum(["approve", "return", "comment"]) }),
  schema: reviewDecisionSchema,
  handle: async (actor, { commitmentId, decision, version: seen, comment }) => {
    if (decision === "comment") {
      await commentOnCommitment(actor, commitmentId, comment);
      return null;
    }
    const outcome =
      decision === "approve" ? await approveCommitment(actor, commitmentId, seen, comment) : await returnCommitment(actor, commitmentId, seen, comment);
    // The queue this one came from, for the way on to the next waiting (the oldest submission).
    const next = isStandaloneLevel(outcome.level) ? (await findCommitmentsForReview(actor, outcome.level, outcome.fiscalYear)).awaiting[0] : undefined;
    return { notified: outcome.notified, next: next ? { id: next.id, title: next.title } : null };
  },
  revalidate: refreshed,
  // A comment tells nobody; a decision tells the owners, and the reviewer hears who, with the next one waiting.
  done: (result, { decision }) =>
    result === null
      ? { key: "commitmentCommented" }
      : {
          key: decision === "approve" ? "commitmentApproved" : "commitmentReturned",
          values: toldValues(result.notified),
          ...(result.next ? { next: { href: `/commitments/${result.next.id}`, key: "nextCommitment", values: { title: result.next.title } } } : {}),
        },
});

export const recordCommitmentProgressAction = actorAction({
  target: commitment,
  schema: progressInputSchema,
  handle: (actor, { commitmentId, ...progress }) => recordCommitmentProgress(actor, commitmentId, progress),
  revalidate: refreshed,
  done: "progressRecorded",
});

export const recordMetricSnapshotAction = actorAction({
  target: ref,
  schema: z.object({ note: optionalText() }),
  handle: (actor, { commitmentId, version: seen, note }) => recordMetricSnapshot(actor, commitmentId, seen, note),
  revalidate: refreshed,
  done: "metricRecorded",
});

export const dropCommitmentAction = actorAction({
  target: ref,
  schema: z.object({ reason: optionalText(1000) }),
  handle: (actor, { commitmentId, version: seen, reason }) => dropCommitment(actor, commitmentId, seen, reason),
  revalidate: refreshed,
  done: "commitmentDropped",
});

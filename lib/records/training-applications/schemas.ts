import { z } from "zod";
import { id, LIMITS, optionalIsoDate, optionalText, requiredText, version, whenValid } from "@/lib/platform/validation/fields";

/**
 * The forms of training applications. Messages are `validation.<key>`: the shared section's, or
 * `trainingApplications.validation.*` for what only these forms say.
 */

/** 1 (most recommended) to this: more than a supervisor ranks for one session. */
export const MAX_RECOMMENDATION_ORDER = 999;
export const SCORES = [1, 2, 3, 4, 5] as const;

const score = z.coerce
  .number({ error: "validation.score" })
  .int({ error: "validation.score" })
  .min(1, { error: "validation.score" })
  .max(5, { error: "validation.score" });

export const applySchema = z.object({
  sessionId: id,
  reason: requiredText(LIMITS.longText),
});
export type ApplyInput = z.input<typeof applySchema>;

const order = z.preprocess(
  (value) => (value === "" || value == null ? undefined : value),
  z.coerce
    .number({ error: "validation.order" })
    .int({ error: "validation.order" })
    .min(1, { error: "validation.order" })
    .max(MAX_RECOMMENDATION_ORDER, { error: "validation.order" })
    .optional(),
);

const reviewFields = z.object({
  decision: z.enum(["RECOMMEND", "REFUSE"], { error: "validation.decision" }),
  order,
  comment: optionalText(LIMITS.longText),
});

/** 推薦 takes an order; a refusal takes the comment that tells the applicant why. */
export const reviewSchema = z.object({ applicationId: id, version, ...reviewFields.shape }).superRefine((value, ctx) => {
  if (value.decision === "RECOMMEND" && value.order === undefined) ctx.addIssue({ code: "custom", path: ["order"], message: "validation.orderRequired" });
  if (value.decision === "REFUSE" && value.comment === "") ctx.addIssue({ code: "custom", path: ["comment"], message: "validation.commentRequired" });
}, whenValid(reviewFields));
export type ReviewInput = z.input<typeof reviewSchema>;

export const decideSchema = z.object({
  applicationId: id,
  version,
  decision: z.enum(["SELECT", "WAITLIST"], { error: "validation.invalid" }),
});
export type DecideInput = z.input<typeof decideSchema>;

/** HR fills the session from the top of the recommendation order. */
export const fillSchema = z.object({ sessionId: id });
export type FillInput = z.input<typeof fillSchema>;

/** Published until a date, or (empty) closed to applications. */
export const publishSchema = z.object({ sessionId: id, version, applicationsUntil: optionalIsoDate });
export type PublishInput = z.input<typeof publishSchema>;

/** The 受講報告 and the 研修アンケート of one attendance; version 0 is a first submission. */
export const reportSchema = z.object({
  enrolmentId: id,
  version: z.coerce.number().int().min(0).max(2_147_483_647),
  report: requiredText(LIMITS.longText),
  satisfaction: score,
  usefulness: score,
  appliedAtWork: optionalText(LIMITS.longText),
});
export type ReportInput = z.input<typeof reportSchema>;

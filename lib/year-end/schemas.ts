import { z } from "zod";
import { id, LIMITS, requiredText } from "@/lib/validation/fields";

/** A commitment's rating row version the person loaded: 0 while nobody has rated or commented. */
const ratingVersion = z.coerce.number().int().min(0).max(2_147_483_647);

/** What the form acts on: the commitment and the rating's version. */
export const yearEndTargetSchema = z.object({ commitmentId: id, version: ratingVersion });

/** The employee's 達成度: a code of the HR division's scale (checked against it by lib/year-end). */
export const rateInputSchema = z.object({ rating: z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(8, { error: "validation.invalid" }) });

/** The supervisor's comment on the year's outcome of one commitment. */
export const ratingCommentInputSchema = z.object({ comment: requiredText(LIMITS.longText) });

export type RateCommitmentInput = z.input<typeof yearEndTargetSchema> & z.input<typeof rateInputSchema>;
export type CommentOnRatingInput = z.input<typeof yearEndTargetSchema> & z.input<typeof ratingCommentInputSchema>;

import { z } from "zod";
import { id, LIMITS, requiredText } from "@/lib/platform/validation/fields";

/** A commitment's rating row version the person loaded: 0 while nobody has rated or commented. */
const ratingVersion = z.coerce.number().int().min(0).max(2_147_483_647);

/** What the form acts on: the commitment and the rating's version. */
export const yearEndTargetSchema = z.object({ commitmentId: id, version: ratingVersion });

/** The employee's 達成度: a code of the HR division's scale (checked against it by lib/year/year-end). */
// zod's max counts code points; the scale's codes are compared as JavaScript strings, so the
// length is held in UTF-16 units too (a code of astral characters would otherwise pass at 16).
export const rateInputSchema = z.object({ rating: requiredText(8).refine((code) => code.length <= 8, { error: "validation.tooLong" }) });

/** The supervisor's comment on the year's outcome of one commitment. */
export const ratingCommentInputSchema = z.object({ comment: requiredText(LIMITS.longText) });

export type RateCommitmentInput = z.input<typeof yearEndTargetSchema> & z.input<typeof rateInputSchema>;
export type CommentOnRatingInput = z.input<typeof yearEndTargetSchema> & z.input<typeof ratingCommentInputSchema>;

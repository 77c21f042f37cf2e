"use server";

import { actorAction } from "@/lib/platform/actions/actor-action";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";
import { achievementScaleFormSchema, MAX_LEVELS, MIN_LEVELS } from "./achievement-scale";
import { commentOnRating, rateCommitment } from "./rate-commitment";
import { saveAchievementScale } from "./save-achievement-scale";
import { rateInputSchema, ratingCommentInputSchema, yearEndTargetSchema } from "./schemas";

/** The employee's 達成度 for one of their commitments (/me/plans/[fiscalYear]/year-end). */
export const rateCommitmentAction = actorAction({
  wording: { sections: ["yearEnd"] },
  target: yearEndTargetSchema,
  schema: rateInputSchema,
  handle: rateCommitment,
  revalidate: [{ layout: "/me/plans" }, { layout: "/plans" }],
});

/** The supervisor's comment on a rated commitment (/plans/[planId]/year-end). */
export const commentOnRatingAction = actorAction({
  wording: { sections: ["yearEnd"] },
  target: yearEndTargetSchema,
  schema: ratingCommentInputSchema,
  handle: commentOnRating,
  revalidate: [{ layout: "/plans" }, { layout: "/me/plans" }],
});

/** The HR division's 達成度 scale (its settings page). */
export const saveAchievementScaleAction = actorAction({
  wording: { sections: ["yearEnd"], values: { min: MIN_LEVELS, max: MAX_LEVELS } },
  allow: assertSettingsEditor,
  schema: achievementScaleFormSchema,
  handle: saveAchievementScale,
  revalidate: ["/city/settings"],
});

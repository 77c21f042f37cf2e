import { z } from "zod";
import { id, LIMITS, optionalText, requiredText, version, whenValid } from "@/lib/platform/validation/fields";

const selfScore = z.preprocess(
  (value) => (value === "" || value == null ? undefined : value),
  z.coerce.number({ error: "validation.invalid" }).int().min(1, { error: "validation.invalid" }).max(5, { error: "validation.invalid" }).optional(),
);

export const planImageSchema = z.object({
  targetImageId: id,
  aspired: z.boolean(),
  reason: optionalText(1000),
  selfScore,
  selfComment: optionalText(1000),
});

/** The plan's goals: career vision, target images with self-assessment, transfer wishes. */
export const planContentSchema = z.object({
  version,
  visionNow: optionalText(LIMITS.longText),
  vision3Years: optionalText(LIMITS.longText),
  vision10Years: optionalText(LIMITS.longText),
  transferWishFields: optionalText(LIMITS.shortText),
  transferWishComment: optionalText(LIMITS.longText),
  images: z.array(planImageSchema).max(20),
});
export type PlanContentInput = z.infer<typeof planContentSchema>;

/**
 * What a supervisor types in from a member's paper sheet (代理入力): the career vision. The
 * current vision is what a submission needs, so it is required here.
 */
export const proxyContentSchema = z.object({
  version,
  visionNow: requiredText(LIMITS.longText),
  vision3Years: optionalText(LIMITS.longText),
  vision10Years: optionalText(LIMITS.longText),
});
export type ProxyContentInput = z.infer<typeof proxyContentSchema>;

export const reflectionSchema = z.object({ version, reflection: optionalText(LIMITS.longText) });

const decision = z.enum(["approve", "return", "comment"], { error: "validation.invalid" });
const reviewComment = optionalText(2000);

/**
 * Approve, return or only comment (the button pressed). Returning without saying why leaves the
 * employee guessing, and a comment is its text: both need one; approving does not.
 */
export const reviewDecisionSchema = z.object({ decision, version, comment: reviewComment }).superRefine(
  (value, context) => {
    if (value.decision !== "approve" && value.comment === "") context.addIssue({ code: "custom", path: ["comment"], message: "validation.required" });
  },
  whenValid(z.object({ decision, comment: reviewComment })),
);

/** Form fields `image.<id>.aspired` etc. → the images array of the schema. */
export function imagesFromForm(formData: FormData): unknown[] {
  return formData.getAll("imageId").map((value) => {
    const key = String(value);
    return {
      targetImageId: key,
      aspired: formData.get(`image.${key}.aspired`) === "on",
      reason: formData.get(`image.${key}.reason`) ?? "",
      selfScore: formData.get(`image.${key}.selfScore`) ?? "",
      selfComment: formData.get(`image.${key}.selfComment`) ?? "",
    };
  });
}

import { z } from "zod";
import { id, LIMITS, optionalText, requiredText, version } from "@/lib/validation/fields";

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

export const reflectionSchema = z.object({ version, reflection: optionalText(LIMITS.longText) });

export const reviewSchema = z.object({ version, comment: optionalText(2000) });

/** Returning a plan without saying why leaves the employee guessing: the comment is required. */
export const returnSchema = z.object({
  version,
  comment: requiredText(2000),
});

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

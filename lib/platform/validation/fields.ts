import { z } from "zod";
import { hasForbiddenCharacters, removeInvisibleFormatting } from "./text-characters";
import { MAX_DATABASE_ID } from "@/lib/platform/db/ids";

/**
 * Field schemas shared by every form. Messages are catalogue keys ("validation.*"); the limits
 * are generous for what people write and small enough to refuse pasted documents.
 */
export const LIMITS = { title: 120, shortText: 200, longText: 4000 } as const;

const allowedCharacters = (value: string) => !hasForbiddenCharacters(value);

/**
 * Direction controls and zero-width characters are removed before anything else (so a title of
 * nothing but those is empty); control characters are refused (text-characters.ts says why each).
 */
const text = () => z.string().overwrite(removeInvisibleFormatting).trim();

export const requiredText = (max: number = LIMITS.shortText) =>
  text()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" })
    .refine(allowedCharacters, { error: "validation.invalidCharacters" });

export const optionalText = (max: number = LIMITS.longText) =>
  text().max(max, { error: "validation.tooLong" }).refine(allowedCharacters, { error: "validation.invalidCharacters" }).default("");

// int4 columns: a larger id can only be forged, and must answer "not found", not a 500.
export const id = z.coerce
  .number({ error: "validation.invalid" })
  .int()
  .positive({ error: "validation.invalid" })
  .max(MAX_DATABASE_ID, { error: "validation.invalid" });

export const optionalId = z.preprocess((value) => (value === "" || value == null ? undefined : value), id.optional());

export const version = z.coerce.number().int().positive().max(MAX_DATABASE_ID);

/** yyyy-mm-dd from a date input, as a calendar date. */
export const isoDate = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: "validation.date",
  });

export const optionalIsoDate = z.preprocess((value) => (value === "" || value == null ? undefined : value), isoDate.optional());

export const optionalDecimal = z.preprocess(
  (value) => (value === "" || value == null ? undefined : value),
  z.coerce.number({ error: "validation.number" }).finite({ error: "validation.number" }).min(-1e9).max(1e9, { error: "validation.number" }).optional(),
);

export const percent = z.coerce
  .number({ error: "validation.number" })
  .int({ error: "validation.number" })
  .min(0, { error: "validation.percent" })
  .max(100, { error: "validation.percent" });

export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/**
 * For a cross-field refinement: check it whenever the fields it reads are valid, even when
 * another field is not. By default zod skips refinements after a field's type error, so the
 * person would fix one set of problems only to be shown the next.
 */
export const whenValid = (fields: z.ZodType) => ({ when: (payload: { value: unknown }) => fields.safeParse(payload.value).success });

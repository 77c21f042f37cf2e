import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hasForbiddenCharacters, removeInvisibleFormatting } from "@/lib/platform/validation/text-characters";

/** Commitments that were agreed: the year's outcome of a draft, a returned or a dropped one is not rated. */
export const RATEABLE_STATUSES = ["APPROVED", "IN_PROGRESS", "DONE"] as const;
export type RateableStatus = (typeof RATEABLE_STATUSES)[number];
export const isRateable = (status: string): status is RateableStatus => (RATEABLE_STATUSES as readonly string[]).includes(status);

/** One level of the 達成度 scale: the code stored on a rating and the words shown beside it. */
// A type alias rather than an interface: it is stored as JSON (an audit row's before and after).
export type AchievementLevel = {
  code: string;
  label: string;
};

export const MIN_LEVELS = 2;
export const MAX_LEVELS = 7;
const MAX_CODE = 8;
const MAX_LABEL = 40;

const level = z.object({ code: z.string().min(1).max(MAX_CODE), label: z.string().min(1).max(MAX_LABEL) });
export const achievementScaleSchema = z.object({
  levels: z
    .array(level)
    .min(MIN_LEVELS, { error: "validation.scaleSize" })
    .max(MAX_LEVELS, { error: "validation.scaleSize" })
    .refine((levels) => new Set(levels.map((entry) => entry.code)).size === levels.length, { error: "validation.scaleDuplicate" }),
});
const scaleVersion = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** What lib/year/year-end saves: the levels and the version the officer saw. */
export const achievementScaleSaveSchema = achievementScaleSchema.extend({ version: scaleVersion });
export type AchievementScaleSave = z.input<typeof achievementScaleSaveSchema>;

/**
 * The scale the city has long used for 期末 reflections, until the HR division sets its own
 * (some bureaus rate 1–5): best first, so the distribution reads from the top.
 */
export const DEFAULT_ACHIEVEMENT_SCALE: readonly AchievementLevel[] = [
  { code: "S", label: "目標を大きく上回った" },
  { code: "A", label: "目標を上回った" },
  { code: "B", label: "目標どおり達成した" },
  { code: "C", label: "目標をやや下回った" },
  { code: "D", label: "目標を大きく下回った" },
];

export const ACHIEVEMENT_SCALE_KEY = "achievementScale";

/** The scale with its version (the row's last change, 0 while unset), for a form that must not overwrite a colleague's change. */
export async function readAchievementScale(client: Pick<PrismaClient, "setting">): Promise<{ levels: AchievementLevel[]; version: number }> {
  const row = await client.setting.findUnique({ where: { key: ACHIEVEMENT_SCALE_KEY }, select: { value: true, updatedAt: true } });
  const parsed = achievementScaleSchema.safeParse(row?.value);
  return { levels: parsed.success ? parsed.data.levels : [...DEFAULT_ACHIEVEMENT_SCALE], version: row?.updatedAt.getTime() ?? 0 };
}

/**
 * The HR division writes the scale as lines, one level each: its code, a space, its label
 * ("S 目標を大きく上回った", "5 十分に達成"). Every problem is a catalogue key of the field.
 */
export const achievementScaleFormSchema = z.object({
  levels: z
    .string({ error: "validation.required" })
    .overwrite(removeInvisibleFormatting)
    .max(2000, { error: "validation.tooLong" })
    .refine((text) => !hasForbiddenCharacters(text), { error: "validation.invalidCharacters" })
    .transform((text, context) => {
      const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== "");
      const levels = lines.map((line) => {
        const [code = "", ...rest] = line.split(/[\s\u3000]+/);
        return { code, label: rest.join(" ") };
      });
      const problem =
        levels.length < MIN_LEVELS || levels.length > MAX_LEVELS
          ? "validation.scaleSize"
          : levels.some((entry) => entry.code.length > MAX_CODE || entry.label === "" || entry.label.length > MAX_LABEL)
            ? "validation.scaleLine"
            : new Set(levels.map((entry) => entry.code)).size !== levels.length
              ? "validation.scaleDuplicate"
              : null;
      if (problem) {
        context.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return levels;
    }),
  version: scaleVersion,
});

/** The scale as the form shows it: one "code label" line per level. */
export function scaleAsText(levels: readonly AchievementLevel[]): string {
  return levels.map((entry) => `${entry.code} ${entry.label}`).join("\n");
}

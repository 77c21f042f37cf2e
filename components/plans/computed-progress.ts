import { getTranslations } from "next-intl/server";
import type { MetricFigures } from "@/lib/year/commitments/metric-figures";
import type { CommitmentLevel } from "@/lib/generated/prisma/enums";

/** Progress the portal computes: the bar's percentage, the actual it stands for, and what was counted. */
export interface ComputedProgress {
  percent: number | null;
  /** the figure the card prints as 実績 (a share in %, or interviews per member) */
  actualValue: number | null;
  summary: string;
}

/**
 * What a commitment card shows for progress the portal computes: the percentage, the actual and,
 * in words, what was counted (so the figure can be checked, and is read out, not only drawn).
 * The bar and the actual come from these same figures, never one from them and the other from
 * what was last recorded by hand.
 */
export async function computedProgress(figures: MetricFigures | null, level: CommitmentLevel = "TEAM"): Promise<ComputedProgress | undefined> {
  if (!figures) return undefined;
  const t = await getTranslations("teamCommitments.summary");
  if (figures.population === 0) return { percent: null, actualValue: null, summary: t("nobody") };
  const counted = level === "TEAM" ? t : await getTranslations("levelCommitments.summary");
  const summary = counted(figures.metric, {
    population: figures.population,
    reached: figures.reached,
    interviews: figures.interviews ?? 0,
    average: figures.average ?? 0,
    target: figures.target ?? "—",
  });
  return { percent: figures.percent, actualValue: figures.actualValue, summary };
}

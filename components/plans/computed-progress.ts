import { getTranslations } from "next-intl/server";
import type { MetricFigures } from "@/lib/commitments/metric-figures";
import type { CommitmentLevel } from "@/lib/generated/prisma/enums";

/**
 * What a commitment card shows for progress the portal computes: the percentage and, in words,
 * what was counted (so the figure can be checked, and is read out, not only drawn).
 */
export async function computedProgress(figures: MetricFigures | null, level: CommitmentLevel = "TEAM"): Promise<{ percent: number | null; summary: string } | undefined> {
  if (!figures) return undefined;
  const t = await getTranslations("teamCommitments.summary");
  if (figures.population === 0) return { percent: null, summary: t("nobody") };
  const counted = level === "TEAM" ? t : await getTranslations("levelCommitments.summary");
  const summary = counted(figures.metric, {
    population: figures.population,
    reached: figures.reached,
    interviews: figures.interviews ?? 0,
    average: figures.average ?? 0,
    target: figures.target ?? "—",
  });
  return { percent: figures.percent, summary };
}

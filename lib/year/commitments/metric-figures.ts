import type { CommitmentMetric } from "@/lib/generated/prisma/enums";

/**
 * What a computed metric says for a unit in a fiscal year. `population` is who counts (young
 * staff for OJT coverage, every member otherwise), `reached` how many of them meet it; for
 * interviews also the total held and the average per member. `percent` is null when nobody
 * counts: a unit without young staff has no OJT coverage to speak of, not 0 % or 100 %.
 */
export interface MetricFigures {
  metric: Exclude<CommitmentMetric, "MANUAL">;
  population: number;
  reached: number;
  percent: number | null;
  /** the figure to record as the actual: the share in %, or interviews per member */
  actualValue: number | null;
  interviews?: number;
  average?: number | null;
  target?: number | null;
}

export function sharePercent(reached: number, population: number): number | null {
  return population === 0 ? null : Math.round((100 * reached) / population);
}

/**
 * Interviews against a target per member: each member counts up to the target, so a member with
 * one of two counts half, and 100 % means every member had at least the target. It moves with
 * every interview held, which a share of members who reached the target would not.
 */
export function interviewPercent(credited: number, target: number | null, population: number): number | null {
  if (population === 0 || target === null || target <= 0) return null;
  return Math.round((100 * credited) / (target * population));
}

export function average(total: number, population: number): number | null {
  return population === 0 ? null : Math.round((100 * total) / population) / 100;
}

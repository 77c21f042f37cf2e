import { getTranslations } from "next-intl/server";
import type { MetricChoice } from "@/components/plans/commitment-form";
import { COMMITMENT_METRICS } from "@/lib/year/commitments/team-schemas";

/** The metric radios of the commitment form, each with what it counts. */
export async function metricChoice(defaultValue: string): Promise<MetricChoice> {
  const t = await getTranslations("teamCommitments");
  return {
    legend: t("metricLegend"),
    options: COMMITMENT_METRICS.map((metric) => ({ value: metric, label: t(`metric.${metric}`), hint: t(`metricHint.${metric}`) })),
    defaultValue,
  };
}

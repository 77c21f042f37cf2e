import { getTranslations } from "next-intl/server";
import { Figure, Figures } from "@/components/ui/figures";
import type { TrainingHoursSummary as Summary } from "@/lib/records/summarise-training-hours";

/** The year's figures in words as well as numbers, so they read the same aloud and in print. */
export async function TrainingHoursSummary({ summary, fiscalYearLabel }: { summary: Summary; fiscalYearLabel: string }) {
  const [t, v] = await Promise.all([getTranslations("records.summary"), getTranslations("verifiedRecords")]);
  const figures: [string, string][] = [
    [t("thisYear", { fiscalYear: fiscalYearLabel }), t("hours", { hours: summary.thisYear })],
    [t("lastYear"), t("hours", { hours: summary.lastYear })],
    [t("completed"), t("count", { count: summary.completedCount })],
    [v("summaryVerified"), t("hours", { hours: summary.verifiedThisYear })],
  ];
  return (
    <Figures columns={4} className="mb-6 max-w-4xl">
      {figures.map(([term, value]) => (
        <Figure key={term} label={term} value={value} />
      ))}
    </Figures>
  );
}

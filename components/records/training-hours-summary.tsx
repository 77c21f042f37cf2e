import { getTranslations } from "next-intl/server";
import type { TrainingHoursSummary as Summary } from "@/lib/records/summarise-training-hours";

/** The year's figures in words as well as numbers, so they read the same aloud and in print. */
export async function TrainingHoursSummary({ summary, fiscalYearLabel }: { summary: Summary; fiscalYearLabel: string }) {
  const t = await getTranslations("records.summary");
  const figures: [string, string][] = [
    [t("thisYear", { fiscalYear: fiscalYearLabel }), t("hours", { hours: summary.thisYear })],
    [t("lastYear"), t("hours", { hours: summary.lastYear })],
    [t("completed"), t("count", { count: summary.completedCount })],
  ];
  return (
    <dl className="mb-6 grid max-w-3xl gap-4 sm:grid-cols-3">
      {figures.map(([term, value]) => (
        <div key={term} className="rounded-8 border border-solid-gray-420 p-4">
          <dt className="text-std-16N-170 text-solid-gray-700">{term}</dt>
          <dd className="text-std-24B-150 tabular-nums text-solid-gray-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

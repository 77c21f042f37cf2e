import { getTranslations } from "next-intl/server";
import { Figure, Figures } from "@/components/ui/figures";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { OjtOverview } from "@/lib/year/ojt/find-ojt-overview";

/** Coverage at a glance: how many young members have a trainer and a plan, and how many not. */
export async function OjtCoverageCards({ overview }: { overview: OjtOverview }) {
  const t = await getTranslations("ojt.coverage");
  const { coverage, quarter } = overview;
  const rate = coverage.young === 0 ? 0 : (coverage.covered / coverage.young) * 100;
  return (
    <div className="mb-10 flex flex-col gap-4">
      <Figures columns={4}>
        <Figure label={t("young")} value={t("people", { count: coverage.young })} />
        <Figure label={t("covered")} value={t("people", { count: coverage.covered })} note={t("completedNote", { count: coverage.completed })} />
        <Figure label={t("uncovered")} value={t("people", { count: coverage.uncovered })} note={coverage.uncovered > 0 ? t("uncoveredNote") : undefined} />
        <Figure
          label={t("sessionsThisQuarter")}
          value={coverage.sessionsThisQuarter === null ? t("notThisYear") : t("times", { count: coverage.sessionsThisQuarter })}
          note={quarter ? t("quarter", { quarter }) : undefined}
        />
      </Figures>
      {coverage.young > 0 ? (
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-std-16B-170">{t("rate")}</span>
          <ProgressBar value={rate} label={t("rate")} />
        </div>
      ) : null}
    </div>
  );
}

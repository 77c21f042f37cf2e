import { getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { AchievementLevel } from "@/lib/year/year-end/achievement-scale";
import type { RatingCounts } from "@/lib/year/year-end/rating-distribution";

/**
 * How a year ended in one line: agreed commitments per rating, best first, then a code no longer
 * on the scale, then the unrated ones ("S 1・A 2・B 1・未評価 1").
 */
export async function RatingDistribution({ counts, scale, locale }: { counts: RatingCounts | undefined; scale: readonly AchievementLevel[]; locale: Locale }) {
  const t = await getTranslations("yearEnd");
  if (!counts || counts.total === 0) return <>{t("none")}</>;
  const known = new Set(scale.map((level) => level.code));
  const codes = [
    ...scale.map((level) => level.code),
    ...Object.keys(counts.byRating)
      .filter((code) => !known.has(code))
      .sort(),
  ];
  const parts = codes.filter((code) => (counts.byRating[code] ?? 0) > 0).map((code) => `${code} ${formatCount(counts.byRating[code] ?? 0, locale)}`);
  if (counts.unrated > 0) parts.push(`${t("notRated")} ${formatCount(counts.unrated, locale)}`);
  return <>{parts.join("・")}</>;
}

import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { AchievementLevel } from "@/lib/year/year-end/achievement-scale";
import type { findBureauRatingDistribution, RatingCounts } from "@/lib/year/year-end/rating-distribution";

type Distribution = Awaited<ReturnType<typeof findBureauRatingDistribution>>;

/** Agreed individual commitments per rating, one row per 局・区; withheld bureaus show 「－」. */
export async function BureauRatingTable({ distribution, caption, locale }: { distribution: Distribution; caption: string; locale: Locale }) {
  const t = await getTranslations("yearEnd");
  const known = new Set(distribution.scale.map((level: AchievementLevel) => level.code));
  const extra = [...new Set(distribution.bureaus.flatMap((row) => Object.keys(row.counts?.byRating ?? {})))].filter((code) => !known.has(code)).sort();
  const codes = [...distribution.scale.map((level) => level.code), ...extra];
  const cells = (counts: RatingCounts | null) =>
    counts === null
      ? [
          ...codes.map((code) => (
            <Td key={code} numeric>
              －
            </Td>
          )),
          <Td key="unrated" numeric>
            －
          </Td>,
          <Td key="total" numeric>
            －
          </Td>,
        ]
      : [
          ...codes.map((code) => (
            <Td key={code} numeric>
              {formatCount(counts.byRating[code] ?? 0, locale)}
            </Td>
          )),
          <Td key="unrated" numeric>
            {formatCount(counts.unrated, locale)}
          </Td>,
          <Td key="total" numeric>
            {formatCount(counts.total, locale)}
          </Td>,
        ];
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("bureau")}</Th>
          {codes.map((code) => (
            <Th key={code} numeric>
              {code}
            </Th>
          ))}
          <Th numeric>{t("notRated")}</Th>
          <Th numeric>{t("total")}</Th>
        </tr>
      </thead>
      <tbody>
        {distribution.bureaus.map((row) => (
          <tr key={row.id}>
            <Th scope="row">{row.name}</Th>
            {cells(row.counts)}
          </tr>
        ))}
        <tr>
          <Th scope="row">{t("shownTotal")}</Th>
          {cells(distribution.shownTotal)}
        </tr>
      </tbody>
    </Table>
  );
}

import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/dates/format";
import type { CommitmentLevel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { areaLabel } from "@/lib/policy/measure-label";
import type { AreaState } from "@/lib/report/measure-state";

const LEVELS: readonly CommitmentLevel[] = ["INDIVIDUAL", "TEAM", "BUREAU", "CITY"];

/**
 * Section 1: per policy area, the commitments of each measure per level, then the city-wide
 * commitments of the area with their KPIs. Each area keeps its two tables together in print.
 */
export async function MeasureStateSection({ areas, locale }: { areas: AreaState[]; locale: Locale }) {
  const [t, ts] = await Promise.all([getTranslations("hqReport.measures"), getTranslations("commitments.status")]);
  return (
    <section aria-labelledby="report-measures" className="report-section mb-10">
      <h2 id="report-measures" className="mb-2 text-std-24B-150 text-solid-gray-900">
        {t("title")}
      </h2>
      <p className="mb-4">{t("lead")}</p>
      {areas.map((area) => {
        const city = area.measures.flatMap((measure) => measure.cityCommitments.map((commitment) => ({ measure, commitment })));
        return (
          <div key={area.number} className="report-area mb-8">
            <h3 className="mb-2 text-std-20B-150 text-solid-gray-900">{areaLabel(area)}</h3>
            <Table caption={t("caption", { area: area.number, name: area.name })} captionHidden>
              <thead>
                <tr>
                  <Th>{t("measure")}</Th>
                  {LEVELS.map((level) => (
                    <Th key={level} numeric>
                      {t(`levels.${level}`)}
                    </Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {area.measures.map((measure) => (
                  <tr key={measure.id}>
                    <Th scope="row">
                      {measure.label}
                      {measure.retired ? t("retired") : ""}
                    </Th>
                    {LEVELS.map((level) => (
                      <Td key={level} numeric>
                        {t("count", measure.levels[level])}
                      </Td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
            {city.length === 0 ? (
              <p className="mt-3">{t("noCity")}</p>
            ) : (
              <div className="mt-4">
                <Table caption={t("cityCaption", { area: area.number, name: area.name })}>
                  <thead>
                    <tr>
                      <Th>{t("measure")}</Th>
                      <Th>{t("commitment")}</Th>
                      <Th>{t("target")}</Th>
                      <Th>{t("actual")}</Th>
                      <Th numeric>{t("progress")}</Th>
                      <Th>{t("status")}</Th>
                      <Th>{t("dueOn")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {city.map(({ measure, commitment }) => (
                      <tr key={commitment.id}>
                        <Td>{measure.label}</Td>
                        <Th scope="row">{commitment.title}</Th>
                        <Td>{commitment.target || "－"}</Td>
                        <Td>{commitment.actual ?? t("notRecorded")}</Td>
                        <Td numeric>{`${commitment.progressPercent}%`}</Td>
                        <Td>{ts(commitment.status)}</Td>
                        <Td nowrap>{commitment.dueOn ? formatDate(commitment.dueOn, locale) : "－"}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}

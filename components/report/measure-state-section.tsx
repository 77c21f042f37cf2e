import { getTranslations } from "next-intl/server";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { formatDate } from "@/lib/platform/dates/format";
import { formatNumber } from "@/lib/platform/exports/export-document";
import type { Locale } from "@/lib/platform/i18n/locales";
import { areaLabel } from "@/lib/policy/measure-label";
import type { AreaState } from "@/lib/insight/hq-report/measure-state";
import { REPORT_LEVELS } from "@/lib/insight/hq-report/report-document";

/** Every figure (planned and done per level) aligned right. */
const LEVEL_FIGURES = REPORT_LEVELS.flatMap(() => ["num", "num"]);
/** A city commitment's cells: the progress aligned right, the status and the due date kept whole. */
const CITY_CLASSES = [undefined, undefined, undefined, "num", "whitespace-nowrap", "whitespace-nowrap"];

/**
 * Section 1: per policy area, the commitments of each measure per level (planned, and done of
 * them, in columns of their own, as the workbook has them), then the city-wide commitments of
 * the area with their KPIs. Each area keeps its heading and tables together in print.
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
            <div className="report-table">
              <Table caption={t("caption", { area: area.number, name: area.name })} captionHidden>
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2}>
                      {t("measure")}
                    </th>
                    {REPORT_LEVELS.map((level) => (
                      <th key={level} scope="colgroup" colSpan={2} className="text-center">
                        {t(`levels.${level}`)}
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {REPORT_LEVELS.map((level) => [
                      <Th key={`${level}-planned`} numeric>
                        {t("planned")}
                      </Th>,
                      <Th key={`${level}-done`} numeric>
                        {t("done")}
                      </Th>,
                    ])}
                  </tr>
                </thead>
                <TableRows
                  classes={LEVEL_FIGURES}
                  rows={area.measures.map((measure) => ({
                    key: measure.id,
                    head: (
                      <Th scope="row">
                        {measure.label}
                        {measure.retired ? <span className="whitespace-nowrap">{t("retired")}</span> : null}
                      </Th>
                    ),
                    cells: REPORT_LEVELS.flatMap((level) => [
                      formatNumber(measure.levels[level].planned, "count"),
                      formatNumber(measure.levels[level].done, "count"),
                    ]),
                  }))}
                />
              </Table>
            </div>
            {city.length === 0 ? (
              <p className="mt-3">{t("noCity")}</p>
            ) : (
              <div className="report-table mt-4">
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
                  {/* The measure before the commitment's title, which heads the row. */}
                  <TableRows
                    headAt={1}
                    classes={CITY_CLASSES}
                    rows={city.map(({ measure, commitment }) => ({
                      key: commitment.id,
                      head: <Th scope="row">{commitment.title}</Th>,
                      cells: [
                        measure.label,
                        commitment.target || "－",
                        commitment.actual ?? t("notRecorded"),
                        formatNumber(commitment.progressPercent, "percent"),
                        ts(commitment.status),
                        commitment.dueOn ? formatDate(commitment.dueOn, locale) : "－",
                      ],
                    }))}
                  />
                </Table>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}

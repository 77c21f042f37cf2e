import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import type { BureauMeasureRow } from "@/lib/insight/dashboards/bureau-measure-figures";
import { formatFigure } from "@/lib/platform/i18n/format-number";

/** The six figures, individual then team, aligned right. */
const FIGURES = ["num", "num", "num", "num", "num", "num"];

/**
 * Individual and team commitments per measure, the measures grouped under their area in the
 * policy's order. Two header rows: the level, then the status under it.
 */
export async function BureauMeasureTable({ caption, rows }: { caption: string; rows: BureauMeasureRow[] }) {
  const t = await getTranslations("bureauDashboard");
  const areas = [...new Map(rows.map((row) => [row.areaNumber, row.areaLabel])).entries()];
  const groupHeader = "border-b border-solid-gray-420 bg-solid-gray-50 px-4 py-2 text-center text-std-16B-170 whitespace-nowrap";
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className={`${groupHeader} text-left`}>
            {t("columns.measure")}
          </th>
          <th scope="colgroup" colSpan={3} className={groupHeader}>
            {t("page.individual")}
          </th>
          <th scope="colgroup" colSpan={3} className={groupHeader}>
            {t("page.team")}
          </th>
        </tr>
        <tr>
          {["individual", "team"].map((level) => (
            <Fragment key={level}>
              <Th numeric>{t("page.planned")}</Th>
              <Th numeric>{t("page.inProgress")}</Th>
              <Th numeric>{t("page.done")}</Th>
            </Fragment>
          ))}
        </tr>
      </thead>
      {areas.map(([areaNumber, areaLabel]) => (
        // One body per area, its first row the area's name over all seven columns.
        <TableRows
          key={areaNumber}
          classes={FIGURES}
          rows={[
            {
              key: "area",
              head: (
                <th scope="rowgroup" colSpan={7} className="border-b border-solid-gray-420 bg-solid-gray-50 px-4 py-2 text-left text-std-16B-170">
                  {areaLabel}
                </th>
              ),
              cells: [],
            },
            ...rows
              .filter((row) => row.areaNumber === areaNumber)
              .map((row) => ({
                key: row.id,
                head: <Th scope="row">{row.label}</Th>,
                cells: [
                  formatFigure(row.individualPlanned),
                  formatFigure(row.individualInProgress),
                  formatFigure(row.individualDone),
                  formatFigure(row.teamPlanned),
                  formatFigure(row.teamInProgress),
                  formatFigure(row.teamDone),
                ],
              })),
          ]}
        />
      ))}
    </Table>
  );
}

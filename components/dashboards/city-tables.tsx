import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatFigure } from "@/lib/i18n/format-number";
import type { AxisRow } from "@/lib/dashboards/city-axes";
import { axisLabel, CITY_FIGURES, cityCell } from "@/lib/dashboards/city-export-tables";
import type { CityBureauRow, CityFigureRow } from "@/lib/dashboards/city-figures";

/** Rates are printed with their unit; counts with separators; a withheld cell is 「－」 (see the note). */
const RATES = new Set<string>(["submissionRate", "approvalRate", "ojtCoverage", "participationRate", "interviewRate"]);

export async function CityBureauTable({ id, caption, rows, total }: { id?: string; caption: string; rows: CityBureauRow[]; total: CityFigureRow }) {
  const t = await getTranslations("cityDashboard");
  const cells = (row: CityFigureRow) =>
    CITY_FIGURES.map((key) => {
      const value = cityCell(row, key);
      return (
        <Td key={key} numeric>
          {value === null ? t("notApplicable") : typeof value !== "number" ? value : RATES.has(key) ? `${value}%` : formatFigure(value)}
        </Td>
      );
    });
  return (
    <div id={id} className="scroll-mt-6">
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{t("columns.bureau")}</Th>
            {CITY_FIGURES.map((key) => (
              <Th key={key} numeric>
                {t(`columns.${key}`)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Th scope="row">{row.name}</Th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-bold">
            <Th scope="row">{t("total")}</Th>
            {cells(total)}
          </tr>
        </tfoot>
      </Table>
    </div>
  );
}

/**
 * Commitments by status along one of the policy's axes. A row's `group` (the area of a measure)
 * is shown under its name rather than in a column of its own: a column of long area names squeezed
 * the table on a phone into cells one or two characters wide.
 */
export async function CityAxisTable({ id, caption, heading, rows }: { id?: string; caption: string; heading: string; rows: (AxisRow & { group?: string })[] }) {
  const t = await getTranslations("cityDashboard");
  const label = (row: AxisRow) => axisLabel(row, t("unset"));
  return (
    <div id={id} className="scroll-mt-6">
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{heading}</Th>
            <Th numeric>{t("columns.planned")}</Th>
            <Th numeric>{t("columns.inProgress")}</Th>
            <Th numeric>{t("columns.done")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? "unset"}>
              <Th scope="row">
                {label(row)}
                {row.group ? <span className="block text-dns-14N-130 font-normal text-solid-gray-700">{row.group}</span> : null}
              </Th>
              <Td numeric>{formatFigure(row.planned)}</Td>
              <Td numeric>{formatFigure(row.inProgress)}</Td>
              <Td numeric>{formatFigure(row.done)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { AxisRow } from "@/lib/dashboards/city-axes";
import { axisLabel, CITY_FIGURES, cityCell } from "@/lib/dashboards/city-export-tables";
import type { CityBureauRow, CityFigureRow } from "@/lib/dashboards/city-figures";

/** Rates are printed with their unit; counts bare; a withheld cell is 「－」 (see the note). */
const RATES = new Set<string>(["submissionRate", "approvalRate", "ojtCoverage", "participationRate", "interviewRate"]);

export async function CityBureauTable({ id, caption, rows, total }: { id?: string; caption: string; rows: CityBureauRow[]; total: CityFigureRow }) {
  const t = await getTranslations("cityDashboard");
  const cells = (row: CityFigureRow) =>
    CITY_FIGURES.map((key) => {
      const value = cityCell(row, key);
      return (
        <Td key={key} numeric>
          {value === null ? t("notApplicable") : RATES.has(key) && typeof value === "number" ? `${value}%` : value}
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

/** Commitments by status along one of the policy's axes; `group` adds a leading column (the area of a measure). */
export async function CityAxisTable({ id, caption, heading, rows, group }: { id?: string; caption: string; heading: string; rows: (AxisRow & { group?: string })[]; group?: string }) {
  const t = await getTranslations("cityDashboard");
  const label = (row: AxisRow) => axisLabel(row, t("unset"));
  return (
    <div id={id} className="scroll-mt-6">
      <Table caption={caption}>
        <thead>
          <tr>
            {group ? <Th>{group}</Th> : null}
            <Th>{heading}</Th>
            <Th numeric>{t("columns.planned")}</Th>
            <Th numeric>{t("columns.inProgress")}</Th>
            <Th numeric>{t("columns.done")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? "unset"}>
              {group ? <Td>{row.group}</Td> : null}
              <Th scope="row">{label(row)}</Th>
              <Td numeric>{row.planned}</Td>
              <Td numeric>{row.inProgress}</Td>
              <Td numeric>{row.done}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

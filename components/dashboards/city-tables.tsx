import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { Table, Td, Th } from "@/components/ui/table";
import type { AxisRow } from "@/lib/dashboards/city-axes";
import { axisLabel, CITY_FIGURES, cityCell } from "@/lib/dashboards/city-export-tables";
import type { CityBureauRow, CityFigureRow } from "@/lib/dashboards/city-figures";

/** Rates are printed with their unit; counts bare; a withheld cell is 「－」 (see the note). */
const RATES = new Set<string>(["submissionRate", "approvalRate", "ojtCoverage", "participationRate", "interviewRate"]);

/**
 * The figures per bureau in the shared data table (components/data-table): header row and
 * bureau names held in view while the twelve figures scroll, one card per bureau on a phone.
 */
export async function CityBureauTable({ id, caption, rows, total }: { id?: string; caption: string; rows: CityBureauRow[]; total: CityFigureRow }) {
  const t = await getTranslations("cityDashboard");
  const columns: DataColumn<CityFigureRow>[] = CITY_FIGURES.map((key) => ({
    key,
    label: t(`columns.${key}`),
    numeric: true,
    cell: (row) => {
      const value = cityCell(row, key);
      return value === null ? t("notApplicable") : RATES.has(key) && typeof value === "number" ? `${value}%` : value;
    },
  }));
  return (
    <div id={id} className="scroll-mt-6">
      <DataTable<CityFigureRow & { name?: string }>
        caption={caption}
        rowHeader={{ key: "bureau", label: t("columns.bureau"), cell: (row, level) => (level === "total" ? t("total") : row.name) }}
        columns={columns}
        rows={rows}
        total={total}
      />
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

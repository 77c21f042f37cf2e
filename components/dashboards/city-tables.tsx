import type { Route } from "next";
import { getTranslations } from "next-intl/server";
import { ColumnChooser } from "@/components/data-table/column-chooser";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { formatFigure } from "@/lib/platform/i18n/format-number";
import type { AxisRow } from "@/lib/insight/dashboards/city-axes";
import { axisLabel, CITY_FIGURES, cityCell } from "@/lib/insight/dashboards/city-export-layout";
import type { CityBureauRow, CityFigureRow } from "@/lib/insight/dashboards/city-figures";
import { CITY_TABLE_OPTIONS, type CityColumn, type CitySort, sortCityBureaus } from "@/lib/insight/dashboards/city-table-view";
import { nextDirection, type TableView } from "@/lib/platform/paging/table-view";

/**
 * Rates are printed with their unit; counts and amounts per staff with separators (the header
 * names the unit); a withheld cell is 「－」 (see the note).
 */
const RATES = new Set<string>(["submissionRate", "approvalRate", "ojtCoverage", "participationRate", "interviewRate"]);

/**
 * The figures per bureau in the shared data table (components/data-table): header row and
 * bureau names held in view while the figures scroll, sorted and with the columns the reader
 * chose through the URL (`href` writes a view back as an address, the filters kept), one card
 * per bureau on a phone.
 */
export async function CityBureauTable({
  id,
  caption,
  rows,
  total,
  view,
  href,
  keep,
}: {
  id?: string;
  caption: string;
  rows: CityBureauRow[];
  total: CityFigureRow;
  view: TableView<CitySort, CityColumn>;
  href: (view: TableView<CitySort, CityColumn>) => Route;
  /** the page's filters, for the column form */
  keep: Record<string, string>;
}) {
  const t = await getTranslations("cityDashboard");
  const cell = (row: CityFigureRow, key: CityColumn) => {
    const value = cityCell(row, key);
    return value === null ? t("notApplicable") : typeof value !== "number" ? value : RATES.has(key) ? `${value}%` : formatFigure(value);
  };
  const columns: DataColumn<CityFigureRow>[] = view.columns.map((key) => ({ key, label: t(`columns.${key}`), numeric: true, cell: (row) => cell(row, key) }));
  return (
    <div id={id} className="scroll-mt-6">
      <ColumnChooser action="/city" keep={keep} columns={CITY_FIGURES.map((key) => ({ key, label: t(`columns.${key}`) }))} chosen={view.columns} />
      <DataTable<CityFigureRow & { name?: string }>
        caption={caption}
        rowHeader={{ key: "bureau", label: t("columns.bureau"), cell: (row, level) => (level === "total" ? t("total") : row.name) }}
        columns={columns}
        rows={sortCityBureaus(rows, view.sort, view.dir)}
        total={total}
        sort={{
          key: view.sort,
          dir: view.dir,
          href: (key) => href({ ...view, sort: CITY_TABLE_OPTIONS.sortable.find((known) => known === key) ?? null, dir: nextDirection(view, key) }),
        }}
      />
    </div>
  );
}

/** planned, in progress and done, aligned right */
const FIGURES = ["num", "num", "num"];

/**
 * Commitments by status along one of the policy's axes. A row's `group` (the area of a measure)
 * is shown under its name (the area's number is part of the measure's) rather than in a column of its own: a column of long area names squeezed
 * the table on a phone into cells one or two characters wide.
 */
export async function CityAxisTable({
  id,
  caption,
  heading,
  rows,
}: {
  id?: string;
  caption: string;
  heading: string;
  rows: (AxisRow & { group?: string; label?: string })[];
}) {
  const t = await getTranslations("cityDashboard");
  // A measure or an area carries its label in the policy's spelling (lib/policy/measure-label.ts).
  const label = (row: AxisRow & { label?: string }) => row.label ?? axisLabel(row, t("unset"));
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
        <TableRows
          classes={FIGURES}
          rows={rows.map((row) => ({
            key: row.id ?? "unset",
            head: (
              <Th scope="row">
                {label(row)}
                {row.group ? <span className="block text-dns-14N-130 font-normal text-solid-gray-700">{row.group}</span> : null}
              </Th>
            ),
            cells: [formatFigure(row.planned), formatFigure(row.inProgress), formatFigure(row.done)],
          }))}
        />
      </Table>
    </div>
  );
}

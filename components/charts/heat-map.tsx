"use client";

import { Table, Th } from "@/components/ui/table";

/** A cell as it is shown: its shade (0 = none, 1…4), the figure it prints and the count under it. */
type HeatCell = readonly [step: number, figure: string, count: string];

interface HeatRow {
  id: number;
  label: string;
  /** a note under the row's label (the bureau's head-count) */
  note?: string;
  /** one per column, in the columns' order */
  cells: readonly HeatCell[];
}

/**
 * A rows × columns grid of shaded cells (bureau × measure), darker for more. The grid is a table
 * with shaded cells rather than an SVG with a table beside it: the SVG drew every cell as a rect
 * and a text with their attributes, and the same figures again in the table for screen readers,
 * so the city's grid was sent four times (twice each in the HTML and the RSC payload). A table is
 * read by screen readers as it is, and every figure is printed in its cell.
 *
 * A client component given its figures as data: rendered as a server component, the React
 * Server Component payload carried every cell as elements (its tag, class and children) beside
 * the HTML. As data each cell is three short values, and the HTML is rendered from them once, the
 * same markup as before. On the city's 21 × 13 grid that took /city/measures from 142 to 111 KB
 * and from about 82 to 58 ms of the server's CPU per request (tests/bench/RESULTS.md).
 *
 * A column's `short` label is what the eye reads (a measure's number, so that the columns fit the
 * screen); its `label` is what a screen reader hears. The row headers stay in view while the
 * columns scroll on a phone.
 */
export function HeatMap({
  caption,
  rowHeading,
  rows,
  columns,
}: {
  caption: string;
  rowHeading: string;
  rows: readonly HeatRow[];
  columns: readonly { id: number; label: string; short?: string }[];
}) {
  return (
    <div className="heat-map">
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{rowHeading}</Th>
            {columns.map((column) => (
              <Th key={column.id} numeric>
                {column.short ? (
                  <>
                    <span aria-hidden="true">{column.short}</span>
                    <span className="sr-only">{column.label}</span>
                  </>
                ) : (
                  column.label
                )}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Th scope="row">
                {row.label}
                {row.note ? <span className="cell-note">{row.note}</span> : null}
              </Th>
              {row.cells.map(([step, figure, count], index) => (
                <td key={columns[index]?.id ?? index} className={`h${step}`}>
                  {figure}
                  <small>{count}</small>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

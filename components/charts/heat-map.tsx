import type { ReactNode } from "react";
import { Table, Th } from "@/components/ui/table";
import { heatStep } from "./scale";

const STEPS = 4;

/**
 * A rows × columns grid of shaded cells (bureau × measure), darker for more. The grid is a table
 * with shaded cells rather than an SVG with a table beside it: the SVG drew every cell as a rect
 * and a text with their attributes, and the same figures again in the table for screen readers,
 * so the city's grid was sent four times (twice each in the HTML and the RSC payload). A table is
 * read by screen readers as it is, and every figure is printed in its cell.
 *
 * `value` sets a cell's shade, `cell` what it prints. A column's `short` label is what the eye
 * reads (a measure's number, so that the columns fit the screen); its `label` is what a screen
 * reader hears. The row headers stay in view while the columns scroll on a phone.
 */
export function HeatMap({
  caption,
  rowHeading,
  rows,
  columns,
  value,
  cell,
}: {
  caption: string;
  rowHeading: string;
  rows: { id: number; label: ReactNode }[];
  columns: { id: number; label: string; short?: string }[];
  value: (rowId: number, columnId: number) => number;
  cell: (rowId: number, columnId: number) => ReactNode;
}) {
  const max = Math.max(0, ...rows.flatMap((row) => columns.map((column) => value(row.id, column.id))));
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
              <Th scope="row">{row.label}</Th>
              {columns.map((column) => (
                <td key={column.id} className={`h${heatStep(value(row.id, column.id), max, STEPS)}`}>
                  {cell(row.id, column.id)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

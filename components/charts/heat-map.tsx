import { Table, Th } from "@/components/ui/table";
import { heatStep } from "./scale";

const STEPS = 4;

/**
 * A rows × columns grid of counts (measure × bureau), darker for more. The grid is a table with
 * shaded cells rather than an SVG with a table beside it: the SVG drew every cell as a rect and a
 * text with their attributes, and the same counts again in the table for screen readers, so the
 * city's 14 × 20 grid was sent four times (twice each in the HTML and the RSC payload). A table
 * is read by screen readers as it is, and every count is printed in its cell.
 */
export function HeatMap({
  caption,
  rowHeading,
  rows,
  columns,
  value,
}: {
  caption: string;
  rowHeading: string;
  rows: { id: number; label: string }[];
  columns: { id: number; label: string }[];
  value: (rowId: number, columnId: number) => number;
}) {
  const max = Math.max(0, ...rows.flatMap((row) => columns.map((column) => value(row.id, column.id))));
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{rowHeading}</Th>
          {columns.map((column) => (
            <Th key={column.id} numeric>
              {column.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Th scope="row">{row.label}</Th>
            {columns.map((column) => {
              const count = value(row.id, column.id);
              return (
                <td key={column.id} className={`heat-cell heat-${heatStep(count, max, STEPS)}`}>
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

import { CHART_TEXT, chartBox } from "./chart-frame";
import { heatStep } from "./scale";

/** Light to dark blue; the step's count is printed in every cell, so greyscale print still reads. */
const FILLS = ["var(--color-solid-gray-50)", "var(--color-blue-100)", "var(--color-blue-300)", "var(--color-blue-600)", "var(--color-blue-900)"] as const;
const STEPS = FILLS.length - 1;

// Row labels are measure names in Japanese (full-width, ~13 px each at the chart's type size):
// the label column grows with the longest one instead of clipping it.
const CHAR_WIDTH = 13;
const MIN_ROW_LABEL = 120;
const CELL_W = 64;
const CELL_H = 26;
const HEAD = 28;

/** A rows × columns grid of counts (measure × bureau), darker for more. */
export function HeatMap({ rows, columns, value, summary }: { rows: { id: number; label: string }[]; columns: { id: number; label: string }[]; value: (rowId: number, columnId: number) => number; summary: string }) {
  const max = Math.max(0, ...rows.flatMap((row) => columns.map((column) => value(row.id, column.id))));
  const ROW_LABEL = Math.max(MIN_ROW_LABEL, 16 + CHAR_WIDTH * Math.max(0, ...rows.map((row) => [...row.label].length)));
  const width = ROW_LABEL + columns.length * CELL_W;
  const height = HEAD + rows.length * CELL_H;
  return (
    <svg role="img" aria-label={summary} {...chartBox(width, height)}>
      {columns.map((column, c) => (
        <text key={column.id} x={ROW_LABEL + c * CELL_W + CELL_W / 2} y={HEAD - 10} textAnchor="middle" {...CHART_TEXT}>
          {column.label}
        </text>
      ))}
      {rows.map((row, r) => (
        <g key={row.id}>
          <text x={ROW_LABEL - 8} y={HEAD + r * CELL_H + CELL_H / 2 + 4} textAnchor="end" {...CHART_TEXT}>
            {row.label}
          </text>
          {columns.map((column, c) => {
            const count = value(row.id, column.id);
            const step = heatStep(count, max, STEPS);
            return (
              <g key={column.id}>
                <rect x={ROW_LABEL + c * CELL_W} y={HEAD + r * CELL_H} width={CELL_W - 2} height={CELL_H - 2} fill={FILLS[step]} stroke="var(--color-solid-gray-200)" />
                <text x={ROW_LABEL + c * CELL_W + CELL_W / 2} y={HEAD + r * CELL_H + CELL_H / 2 + 3} textAnchor="middle" fontSize={12} fill={step >= 3 ? "var(--color-white, #fff)" : "var(--color-solid-gray-900)"}>
                  {count}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

import { formatFigure } from "@/lib/platform/i18n/format-number";
import { CHART_TEXT, chartBox } from "./chart-frame";
import { linearScale, niceMax, spread, ticks } from "./scale";

export interface LinePoint {
  label: string;
  /** null: withheld or no figure; the line breaks there */
  value: number | null;
}

/** The axis labels' margin: at least this, wider for long labels ("200,000h"). */
const MIN_LEFT = 56;
/** About the width of one character of the chart's text, for that margin. */
const CHARACTER_WIDTH = 7;
const PLOT_W = 480;
const PLOT_H = 160;
const TOP = 16;

/**
 * One series across fiscal years; every point carries its value as text for print. `format`
 * writes a value as the page does (thousands separators: 160,533, not 160533).
 */
export function LineChart({
  points,
  summary,
  unit = "",
  max,
  format = formatFigure,
}: {
  points: LinePoint[];
  summary: string;
  unit?: string;
  max?: number;
  format?: (value: number) => string;
}) {
  const top = max ?? niceMax(Math.max(0, ...points.map((point) => point.value ?? 0)));
  const y = linearScale(top, PLOT_H);
  const left = Math.max(MIN_LEFT, 12 + CHARACTER_WIDTH * Math.max(...ticks(top).map((tick) => `${format(tick)}${unit}`.length)));
  const at = (i: number) => left + 20 + spread(i, points.length, PLOT_W - 40);
  const plotted = points.map((point, i) => ({ ...point, x: at(i), y: point.value === null ? null : TOP + PLOT_H - y(point.value) }));
  // Runs of consecutive known points, so a withheld year shows as a gap and not as a dip.
  const runs: { x: number; y: number }[][] = [[]];
  for (const point of plotted) {
    if (point.y === null) runs.push([]);
    else runs[runs.length - 1]?.push({ x: point.x, y: point.y });
  }
  const width = left + PLOT_W + 16;
  const height = TOP + PLOT_H + 32;
  return (
    <svg role="img" aria-label={summary} {...chartBox(width, height)}>
      {ticks(top).map((tick) => (
        <g key={tick}>
          <line x1={left} x2={left + PLOT_W} y1={TOP + PLOT_H - y(tick)} y2={TOP + PLOT_H - y(tick)} stroke="var(--color-solid-gray-200)" />
          <text x={left - 6} y={TOP + PLOT_H - y(tick) + 4} textAnchor="end" {...CHART_TEXT}>
            {format(tick)}
            {unit}
          </text>
        </g>
      ))}
      {runs.map((run, i) =>
        run.length > 1 ? (
          <polyline key={i} points={run.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke="var(--color-blue-900)" strokeWidth={2.5} />
        ) : null,
      )}
      {plotted.map((point) => (
        <g key={point.label}>
          {point.y === null || point.value === null ? null : (
            <>
              <circle cx={point.x} cy={point.y} r={4} fill="var(--color-blue-900)" />
              <text x={point.x} y={point.y - 8} textAnchor="middle" {...CHART_TEXT}>
                {format(point.value)}
                {unit}
              </text>
            </>
          )}
          <text x={point.x} y={TOP + PLOT_H + 20} textAnchor="middle" {...CHART_TEXT}>
            {point.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

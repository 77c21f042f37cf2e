import { CHART_TEXT, chartBox } from "./chart-frame";
import { linearScale, niceMax, ticks } from "./scale";

export interface Bar {
  label: string;
  /** null: no figure (withheld or nobody counts); drawn as the `missing` mark */
  value: number | null;
}

// Narrow enough that the chart, shrunk to 80 % (chartBox), fits a phone's 358 px column whole:
// at 150 + 420 px the values past 50 % lay outside it, to be scrolled to.
const PLOT_WIDTH = 290;
const VALUE_WIDTH = 48;
const ROW = 28;
const TOP = 24;

/** Room for the longest label at chart size (a kanji about 12 px, a letter or digit about 7). */
function labelWidth(bars: readonly Bar[]): number {
  const widest = Math.max(0, ...bars.map((bar) => [...bar.label].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2000 ? 12 : 7), 0)));
  return Math.min(150, Math.max(60, widest + 12));
}

/** Horizontal bars, one per row, with the value printed at the end so print needs no colour. */
export function BarChart({ bars, summary, unit = "", max, missing }: { bars: Bar[]; summary: string; unit?: string; max?: number; missing: string }) {
  const top = max ?? niceMax(Math.max(0, ...bars.map((bar) => bar.value ?? 0)));
  const x = linearScale(top, PLOT_WIDTH);
  const height = TOP + bars.length * ROW + 8;
  const labelSpace = labelWidth(bars);
  const width = labelSpace + PLOT_WIDTH + VALUE_WIDTH;
  return (
    <svg role="img" aria-label={summary} {...chartBox(width, height)}>
      {ticks(top).map((tick) => (
        <g key={tick}>
          <line x1={labelSpace + x(tick)} x2={labelSpace + x(tick)} y1={TOP - 4} y2={height - 8} stroke="var(--color-solid-gray-200)" />
          <text x={labelSpace + x(tick)} y={TOP - 8} textAnchor="middle" {...CHART_TEXT}>
            {tick}
            {unit}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={labelSpace - 8} y={y + ROW / 2 + 4} textAnchor="end" {...CHART_TEXT}>
              {bar.label}
            </text>
            {bar.value === null ? null : <rect x={labelSpace} y={y + 5} width={x(bar.value)} height={ROW - 10} fill="var(--color-blue-900)" />}
            <text x={labelSpace + (bar.value === null ? 0 : x(bar.value)) + 6} y={y + ROW / 2 + 4} {...CHART_TEXT}>
              {bar.value === null ? missing : `${bar.value}${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

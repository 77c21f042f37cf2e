import { CHART_TEXT, chartBox } from "./chart-frame";
import { linearScale, niceMax, ticks } from "./scale";

export interface Bar {
  label: string;
  /** null: no figure (withheld or nobody counts); drawn as the `missing` mark */
  value: number | null;
}

const LABEL_WIDTH = 150;
const PLOT_WIDTH = 420;
const ROW = 28;
const TOP = 24;

/** Horizontal bars, one per row, with the value printed at the end so print needs no colour. */
export function BarChart({ bars, summary, unit = "", max, missing }: { bars: Bar[]; summary: string; unit?: string; max?: number; missing: string }) {
  const top = max ?? niceMax(Math.max(0, ...bars.map((bar) => bar.value ?? 0)));
  const x = linearScale(top, PLOT_WIDTH);
  const height = TOP + bars.length * ROW + 8;
  const width = LABEL_WIDTH + PLOT_WIDTH + 60;
  return (
    <svg role="img" aria-label={summary} {...chartBox(width, height)}>
      {ticks(top).map((tick) => (
        <g key={tick}>
          <line x1={LABEL_WIDTH + x(tick)} x2={LABEL_WIDTH + x(tick)} y1={TOP - 4} y2={height - 8} stroke="var(--color-solid-gray-200)" />
          <text x={LABEL_WIDTH + x(tick)} y={TOP - 8} textAnchor="middle" {...CHART_TEXT}>
            {tick}
            {unit}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" {...CHART_TEXT}>
              {bar.label}
            </text>
            {bar.value === null ? null : <rect x={LABEL_WIDTH} y={y + 5} width={x(bar.value)} height={ROW - 10} fill="var(--color-blue-900)" />}
            <text x={LABEL_WIDTH + (bar.value === null ? 0 : x(bar.value)) + 6} y={y + ROW / 2 + 4} {...CHART_TEXT}>
              {bar.value === null ? missing : `${bar.value}${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

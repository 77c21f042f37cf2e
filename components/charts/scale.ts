/**
 * Pure helpers for the server-rendered SVG charts: axis maxima on round numbers, a linear
 * scale, and the heat map's colour steps. Kept apart from the components so they can be tested
 * without rendering.
 */

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`, so axis labels read as round numbers. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** Maps 0…max onto 0…length, clamped so an outlier never draws outside the chart. */
export function linearScale(max: number, length: number): (value: number) => number {
  return (value) => (max <= 0 ? 0 : Math.min(Math.max(value, 0), max) * (length / max));
}

/** Evenly spaced tick values from 0 to max inclusive. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Math.round(((max * i) / count) * 100) / 100);
}

/**
 * The colour step (0 = none, 1…steps) of a heat-map cell: zero always reads as empty, and any
 * count above zero gets at least the first step so a single commitment is never invisible.
 */
export function heatStep(value: number, max: number, steps: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(steps, Math.max(1, Math.ceil((value / max) * steps)));
}

/** The x position of the i-th of n points spread across a width, centred when alone. */
export function spread(index: number, count: number, width: number): number {
  return count <= 1 ? width / 2 : (index * width) / (count - 1);
}

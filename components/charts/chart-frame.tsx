import type { ReactNode } from "react";
import { ScrollBox } from "@/components/ui/scroll-box";

/**
 * A chart with its data one click away: the SVG is an image named by its summary, and the same
 * figures sit in a table inside a <details> below, for screen readers, keyboard users and
 * anyone who wants the exact numbers.
 */
export function ChartFrame({ title, tableLabel, table, children }: { title: string; tableLabel: string; table: ReactNode; children: ReactNode }) {
  return (
    // min-w-0: in a grid column the chart's minimum width must not widen the column (and the page).
    <figure className="mb-8 min-w-0 break-inside-avoid">
      <figcaption className="mb-2 text-std-16B-170 text-solid-gray-900">{title}</figcaption>
      <ScrollBox label={title}>{children}</ScrollBox>
      <details className="mt-2 print:hidden">
        <summary className="cursor-pointer text-blue-1000 underline underline-offset-[0.1875rem]">{tableLabel}</summary>
        <div className="mt-3">{table}</div>
      </details>
    </figure>
  );
}

/**
 * The SVG's size: its natural size, shrinking with a narrow column down to 80 % of it (so chart
 * text stays legible, about 10 px at the least); narrower than that, the frame scrolls sideways.
 */
export function chartBox(width: number, height: number) {
  return { viewBox: `0 0 ${width} ${height}`, width, height, className: "h-auto max-w-full", style: { minWidth: Math.round(width * 0.8) } };
}

/** Chart text: the Digital Agency body face at chart size, in the darkest grey for contrast. */
export const CHART_TEXT = { fontSize: 12, fill: "var(--color-solid-gray-800)" } as const;

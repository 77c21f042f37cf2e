import type { ReactNode } from "react";

/**
 * A chart with its data one click away: the SVG is an image named by its summary, and the same
 * figures sit in a table inside a <details> below, for screen readers, keyboard users and
 * anyone who wants the exact numbers.
 */
export function ChartFrame({ title, tableLabel, table, children }: { title: string; tableLabel: string; table: ReactNode; children: ReactNode }) {
  return (
    <figure className="mb-8 break-inside-avoid">
      <figcaption className="mb-2 text-std-16B-170 text-solid-gray-900">{title}</figcaption>
      <div className="overflow-x-auto">{children}</div>
      <details className="mt-2 print:hidden">
        <summary className="cursor-pointer text-blue-1000 underline underline-offset-[0.1875rem]">{tableLabel}</summary>
        <div className="mt-3">{table}</div>
      </details>
    </figure>
  );
}

/** Chart text: the Digital Agency body face at chart size, in the darkest grey for contrast. */
export const CHART_TEXT = { fontSize: 12, fill: "var(--color-solid-gray-800)" } as const;

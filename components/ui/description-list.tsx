import type { ReactNode } from "react";

/**
 * Terms and their values (a person's details, what a plan aims at). Side by side from the small
 * breakpoint; stacked on a phone, where a column as wide as the longest term left the values a
 * few characters wide. `framed` draws the card border used where the list stands on its own.
 */
export function DescriptionList({ rows, framed = false, className = "" }: { rows: [string, ReactNode][]; framed?: boolean; className?: string }) {
  return (
    <dl
      className={`grid gap-y-3 sm:grid-cols-[max-content_1fr] sm:gap-x-6 sm:gap-y-2 ${framed ? "max-w-3xl rounded-8 border border-solid-gray-420 p-4 sm:p-6" : ""} ${className}`}
    >
      {rows.map(([term, value]) => (
        // A block per pair on a phone; from sm the pair's cells join the two-column grid.
        <div key={term} className="sm:contents">
          <dt className="text-std-16B-170 text-solid-gray-800">{term}</dt>
          <dd className="text-std-16N-170 whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

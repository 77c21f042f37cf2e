import type { ReactNode } from "react";
import { formatFigure } from "@/lib/platform/i18n/format-number";
import { PHRASE_WRAP } from "./phrase-wrap";

const COLUMNS = { 3: "sm:grid-cols-3", 4: "lg:grid-cols-4", 5: "lg:grid-cols-5" } as const;

/**
 * Key figures at a glance (a description list of cards). Two to a row even on a phone, where one
 * card per row pushed the figures a person came for below the fold; more on wider screens.
 */
export function Figures({ columns, className = "", children }: { columns: keyof typeof COLUMNS; className?: string; children: ReactNode }) {
  return <dl className={`grid grid-cols-2 gap-3 sm:gap-4 ${COLUMNS[columns]} ${className}`}>{children}</dl>;
}

/** A value given as a number is shown with thousands separators (15,000). */
export function Figure({ label, value, note }: { label: string; value: ReactNode; note?: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-8 border border-solid-gray-420 p-4 break-inside-avoid">
      <dt className={`text-std-16N-170 text-solid-gray-800 ${PHRASE_WRAP}`}>{label}</dt>
      <dd className="text-std-24B-150 text-solid-gray-900 tabular-nums sm:text-std-28B-150">{typeof value === "number" ? formatFigure(value) : value}</dd>
      {note ? <dd className="meta">{note}</dd> : null}
    </div>
  );
}

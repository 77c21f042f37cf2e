import type { ReactNode } from "react";
import { formatFigure } from "@/lib/platform/i18n/format-number";
import { ScrollBox } from "./scroll-box";

/** A data table: always with a caption (shown or visually hidden) so it is named. */
export function Table({ caption, captionHidden = false, children }: { caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <ScrollBox label={caption} className="rounded-8 border border-solid-gray-420">
      {/* .data-table (app/globals.css) also wraps between phrases, as PHRASE_WRAP does. */}
      <table className="data-table">
        <caption className={captionHidden ? "sr-only" : "px-4 py-2 text-left text-std-16B-170 text-solid-gray-900"}>{caption}</caption>
        {children}
      </table>
    </ScrollBox>
  );
}

/** A class only when there is one: an undefined prop is still sent in the RSC payload, per cell. */
export function classOf(className: string | undefined): { className?: string } {
  return className ? { className } : {};
}

/**
 * `sort` marks the column the rows are ordered by (aria-sort belongs on the header cell itself);
 * `nowrap` keeps a short row header (a person's name) on one line.
 */
export function Th({
  children,
  numeric = false,
  scope = "col",
  sort,
  nowrap = false,
}: {
  children: ReactNode;
  numeric?: boolean;
  scope?: "col" | "row";
  sort?: "ascending" | "descending";
  nowrap?: boolean;
}) {
  return (
    <th
      scope={scope}
      // Only when sorted: an absent attribute costs nothing, an undefined one is still sent in the RSC payload.
      {...(sort ? { "aria-sort": sort } : {})}
      // Column headers never wrap (app/globals.css, .data-table): a wide table scrolls sideways
      // instead of stacking 職員数 one character per line. Row headers (a measure, a person) wrap
      // between phrases, so that on a phone the figures beside them stay in view.
      {...classOf(nowrap && numeric ? "num" : nowrap ? "whitespace-nowrap" : numeric ? "text-right" : undefined)}
    >
      {children}
    </th>
  );
}

/**
 * `nowrap` for dates and short labels that read as one unit and should never break. A number
 * given as the cell itself is shown with thousands separators (15,000), whoever renders it.
 */
export function Td({
  children,
  numeric = false,
  nowrap = false,
  lines = false,
}: {
  children: ReactNode;
  numeric?: boolean;
  nowrap?: boolean;
  lines?: boolean;
}) {
  // The cell's look comes from the table (app/globals.css, .data-table): a wide table repeats
  // every class in every cell, once in the HTML and once in the RSC payload. `lines` keeps the
  // line breaks of a text someone typed (a note, what was learnt) on the cell itself, not a span.
  return (
    <td {...classOf(numeric ? "num" : nowrap ? "whitespace-nowrap" : lines ? "whitespace-pre-line" : undefined)}>
      {typeof children === "number" ? formatFigure(children) : children}
    </td>
  );
}

import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import type { SortDirection } from "@/lib/platform/paging/table-view";
import { type TableRow, TableRows } from "@/components/ui/table-rows";
import { columnRules } from "./column-rules";

/**
 * A column after the row header: its header (also each card's label on a phone) and its cell.
 * `nowrap` for dates and short labels that read as one; `sortable: false` for a column whose
 * order would mean nothing (links, actions) when the table sorts.
 */
export interface DataColumn<R> {
  key: string;
  label: string;
  numeric?: boolean;
  nowrap?: boolean;
  sortable?: boolean;
  cell: (row: R) => ReactNode;
}

/** A row that opens onto rows below it (a 部 onto its 課), opened and closed through the URL. */
export interface DataRowGroup<R> {
  key: string | number;
  row: R;
  children: R[];
  open: boolean;
  toggleHref: Route;
}

export interface DataTableSort {
  key: string | null;
  dir: SortDirection;
  /** the link that sorts by the column (the other direction when it already is) */
  href: (key: string) => Route;
}

/** `level`: a group's own row, a row inside a group, a flat row, or the total in the footer. */
export type RowLevel = "group" | "child" | "row" | "total";

/**
 * One table for the long tables (a bureau's sections, a city's bureaus, a team's people): in a frame that
 * scrolls both ways with the header row and the row headers held in view (sticky), headers that
 * sort through the URL (links, so a sorted view is an address to share; aria-sort on the sorted
 * one), rows grouped under a parent that opens and closes through the URL, and on a phone the
 * same markup as one card per row (app/globals.css, .stack), each figure labelled from its
 * column by the table's own rules (column-rules.ts). A server component: it sends only the rows
 * the URL asks for, as data to TableRows (components/ui/table-rows.tsx). `captionHidden` where a heading above already names the table.
 */
export function DataTable<R>({
  caption,
  captionHidden = false,
  rowHeader,
  columns,
  rows = [],
  groups = [],
  total,
  sort,
}: {
  caption: string;
  captionHidden?: boolean;
  rowHeader: { key: string; label: string; sortable?: boolean; cell: (row: R, level: RowLevel) => ReactNode };
  columns: DataColumn<R>[];
  rows?: R[];
  groups?: DataRowGroup<R>[];
  total?: R;
  sort?: DataTableSort;
}) {
  const rules = columnRules(columns);
  // A sort link is named by its column and described by what it does, one hidden sentence per
  // direction for the whole table: the old name per link (「職員数で並べ替え（小さい順）」)
  // was 1 KB of a twelve-column table, sent twice.
  const t = useTranslations("dataTable");
  const hint = useId();
  const sortsAny = sort !== undefined && (rowHeader.sortable !== false || columns.some((column) => column.sortable !== false));
  const header = (key: string, label: string, sortable: boolean, place: number) => {
    const sorted = sort?.key === key ? sort.dir : null;
    const next = sorted === "asc" ? "desc" : "asc";
    const ariaSort: "ascending" | "descending" | null = sorted === null ? null : sorted === "asc" ? "ascending" : "descending";
    return (
      // Only on the sorted column: an absent attribute costs nothing, an undefined one is still sent.
      // Keyed by place, as the cells are.
      // A numeric column's header is aligned right by the table's rules (column-rules.ts).
      <th key={place} scope="col" {...(ariaSort ? { "aria-sort": ariaSort } : {})}>
        {sort && sortable ? (
          // The arrow (⇅, ▲, ▼) is drawn by app/globals.css from aria-sort: one rule, not a span per header.
          <Link href={sort.href(key)} aria-describedby={`${hint}${next}`}>
            {label}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };
  const rowHead = (row: R, level: RowLevel, group?: DataRowGroup<R>) => (
    <th scope="row">
      {group ? (
        <Link href={group.toggleHref} aria-expanded={group.open} className="toggle">
          <span aria-hidden="true">{group.open ? "▾ " : "▸ "}</span>
          {rowHeader.cell(row, level)}
        </Link>
      ) : (
        rowHeader.cell(row, level)
      )}
    </th>
  );
  // Bare cells: their look and their names on a phone come from the table's rules. The body
  // goes to TableRows as data (a text cell is its text alone in the RSC payload); keyed by
  // place, since the columns of one render never move.
  const line = (row: R, level: RowLevel, key: string | number, group?: DataRowGroup<R>): TableRow => ({
    key,
    ...(level === "group" ? { className: "group-row" } : level === "child" ? { className: "child-row" } : {}),
    head: rowHead(row, level, group),
    cells: columns.map((column) => column.cell(row)),
  });
  return (
    <div role="group" aria-label={caption} tabIndex={0} className="table-frame stack">
      <style>{rules.css}</style>
      {sortsAny ? (
        <>
          <span id={`${hint}asc`} hidden>
            {t("sortHint", { dir: t("asc") })}
          </span>
          <span id={`${hint}desc`} hidden>
            {t("sortHint", { dir: t("desc") })}
          </span>
        </>
      ) : null}
      <table className={`data-table ${rules.className}`}>
        <caption className={captionHidden ? "sr-only" : "px-4 py-2 text-left text-std-16B-170 text-solid-gray-900"}>{caption}</caption>
        <thead>
          <tr>
            {header(rowHeader.key, rowHeader.label, rowHeader.sortable !== false, 0)}
            {columns.map((column, index) => header(column.key, column.label, column.sortable !== false, index + 1))}
          </tr>
        </thead>
        <TableRows
          rows={[
            ...rows.map((row, index) => line(row, "row", index)),
            ...groups.flatMap((group) => [
              line(group.row, "group", `g${group.key}`, group),
              ...(group.open ? group.children.map((child, index) => line(child, "child", `${group.key}-${index}`)) : []),
            ]),
          ]}
        />
        {total === undefined ? null : <TableRows part="tfoot" rows={[line(total, "total", "total")]} />}
      </table>
    </div>
  );
}

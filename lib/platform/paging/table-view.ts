/**
 * How a reader has arranged a table, read from and written back to the URL: the column it is
 * sorted by and in which direction, the optional columns shown, and which groups of rows are
 * open. All of it lives in the address, so an arranged table is a link one can share, and the
 * page works without scripts (components/data-table).
 */

export type SortDirection = "asc" | "desc";

export interface TableView<S extends string, C extends string> {
  /** null: the table's own order (for the bureau, sections needing attention first) */
  sort: S | null;
  dir: SortDirection;
  /** the optional columns shown, in the table's order */
  columns: C[];
  /** the ids of the open groups; "all" opens every one */
  open: ReadonlySet<number> | "all";
}

export interface TableViewOptions<S extends string, C extends string> {
  sortable: readonly S[];
  choosable: readonly C[];
  /** shown when the URL does not choose: the ones that fit a desktop column */
  defaultColumns: readonly C[];
  /** open when the URL does not say: every group of a short table, none of a long one */
  defaultOpen: "all" | "none";
}

type Param = string | string[] | undefined;

/** Repeated parameters (a form's checkboxes) and comma-separated ones (a link) read the same. */
const listOf = (value: Param): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((part) => part.split(","));

const single = (value: Param) => (Array.isArray(value) ? value[0] : value);

/** Anything unknown in the URL is no choice at all, never an error: a link may be old. */
export function parseTableView<S extends string, C extends string>(params: Record<string, Param>, options: TableViewOptions<S, C>): TableView<S, C> {
  const sortParam = single(params.sort);
  const sort = options.sortable.find((key) => key === sortParam) ?? null;
  const dir: SortDirection = single(params.dir) === "desc" ? "desc" : "asc";
  // A column form always sends its empty marker, so "none ticked" differs from "never chosen".
  const chosen = params.cols === undefined ? null : new Set(listOf(params.cols));
  const columns = chosen === null ? [...options.defaultColumns] : options.choosable.filter((key) => chosen.has(key));
  const openParam = single(params.open);
  const open =
    openParam === undefined
      ? options.defaultOpen === "all"
        ? "all"
        : new Set<number>()
      : openParam === "all"
        ? "all"
        : new Set(
            listOf(openParam)
              .map(Number)
              .filter((id) => Number.isSafeInteger(id) && id > 0),
          );
  return { sort, dir, columns, open };
}

export const isOpen = (open: TableView<string, string>["open"], id: number) => open === "all" || open.has(id);

/** The view as query parameters, leaving out what the table would do anyway. */
export function tableViewQuery<S extends string, C extends string>(
  view: TableView<S, C>,
  options: Pick<TableViewOptions<S, C>, "defaultColumns" | "defaultOpen">,
): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.sort) {
    query.sort = view.sort;
    query.dir = view.dir;
  }
  const defaults = options.defaultColumns.join(",");
  const columns = view.columns.join(",");
  if (columns !== defaults) query.cols = columns;
  const open = view.open === "all" ? "all" : [...view.open].sort((a, b) => a - b).join(",");
  if (open !== (options.defaultOpen === "all" ? "all" : "")) query.open = open;
  return query;
}

/** The group opened or closed, the rest as it is; every other group open when "all" is closed one. */
export function toggled(open: TableView<string, string>["open"], id: number, every: readonly number[]): ReadonlySet<number> | "all" {
  const current = new Set(open === "all" ? every : open);
  if (current.has(id)) current.delete(id);
  else current.add(id);
  return every.every((each) => current.has(each)) ? "all" : current;
}

/** The direction a header's link asks for: the other one on the sorted column, else ascending. */
export const nextDirection = (view: TableView<string, string>, key: string): SortDirection => (view.sort === key && view.dir === "asc" ? "desc" : "asc");

/**
 * Rows ordered by one value, stable (equal ones keep the order they came in, the table's own);
 * a value nobody counts (null: a share of no one) goes last in either direction, since it is
 * neither high nor low. Text compares as Japanese does (kana order of the readings aside).
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => number | string | null, dir: SortDirection): T[] {
  const collator = new Intl.Collator("ja");
  const sign = dir === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const order = typeof a.key === "number" && typeof b.key === "number" ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

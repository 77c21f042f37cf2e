/** One page of a list, 1-based, with where it sits in the whole. */
export interface Paged<T> {
  rows: T[];
  page: number;
  pageCount: number;
  /** every row, on all pages */
  total: number;
}

/**
 * The given page of a list already read whole (a bureau's sections, sorted by attention in
 * Node; a review list the database returns in one statement). A page past the last (a stale
 * bookmark) answers the last one, anything not a positive number the first.
 */
export function pageOf<T>(rows: readonly T[], page: number, size: number): Paged<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Number.isSafeInteger(page) && page > 0 ? page : 1, pageCount);
  return { rows: rows.slice((shown - 1) * size, shown * size), page: shown, pageCount, total: rows.length };
}

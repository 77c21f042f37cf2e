/**
 * Row ids are PostgreSQL `integer` (int4). An id from a URL or a form that cannot be one is
 * answered as "not found" (or "invalid" in a form) before any query: past this bound the query
 * itself would fail with an error instead. The one home of that bound.
 */
export const MAX_DATABASE_ID = 2_147_483_647;

/** Whether `value` can be a row id at all: a positive whole number within int4. */
export function isDatabaseId(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 && value <= MAX_DATABASE_ID;
}

import { z } from "zod";

/** People per page of results: a page a phone scrolls through, and a common name's namesakes. */
export const STAFF_PAGE_SIZE = 20;

/** Longer than any name, kana or staff number with room to spare; anything longer is no query. */
export const STAFF_QUERY_MAX = 50;

/**
 * The search's query string. `q`: what was typed, trimmed (an empty one asks nothing, and the
 * page shows the form alone); `page`: 1-based, anything not a page number the first. Values
 * that are not one string (a repeated parameter) count as absent.
 */
export const staffSearchSchema = z.object({
  q: z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string().max(STAFF_QUERY_MAX)).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type StaffSearchInput = z.input<typeof staffSearchSchema>;
export type StaffSearch = z.output<typeof staffSearchSchema>;

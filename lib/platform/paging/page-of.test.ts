import { describe, expect, it } from "vitest";
import { pageOf } from "./page-of";

describe("pageOf", () => {
  const rows = Array.from({ length: 45 }, (_, i) => i + 1);

  it("cuts the list into pages in order", () => {
    expect(pageOf(rows, 1, 20)).toEqual({ rows: rows.slice(0, 20), page: 1, pageCount: 3, total: 45 });
    expect(pageOf(rows, 3, 20)).toEqual({ rows: [41, 42, 43, 44, 45], page: 3, pageCount: 3, total: 45 });
  });

  it("answers the last page past the end and the first for nonsense", () => {
    expect(pageOf(rows, 9, 20).page).toBe(3);
    for (const page of [0, -1, Number.NaN, 1.5]) expect(pageOf(rows, page, 20).page).toBe(1);
  });

  it("has one empty page for an empty list", () => {
    expect(pageOf([], 2, 20)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0 });
  });
});

import { describe, expect, it } from "vitest";
import { childRanges, columnRules } from "@/components/data-table/column-rules";

/**
 * The shared table names each figure of a phone's card, and aligns its numeric columns, by one
 * small stylesheet (components/data-table/column-rules.ts) rather than an attribute per cell.
 */
describe("columnRules", () => {
  it("labels each cell after the row header by its column, only on a phone, inside the table's class", () => {
    const { className, css } = columnRules([{ label: "育成計画" }, { label: "期限超過", numeric: true }, { label: "最終面談", nowrap: true }]);
    expect(className).toMatch(/^dt-[0-9a-z]+$/);
    // Every rule is nested in the table's class: none reaches another table's cells.
    expect(css.startsWith(`.${className}{`)).toBe(true);
    expect(css.endsWith("}}")).toBe(true);
    expect(css).toContain(
      '@media (width<40rem){& td:nth-child(2)::before{content:"育成計画"}& td:nth-child(3)::before{content:"期限超過"}& td:nth-child(4)::before{content:"最終面談"}}',
    );
    // A numeric column's figures and header to the right, a date column unbroken.
    expect(css).toContain("& :is(td,th):is(:nth-child(3)){text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}");
    expect(css).toContain("& td:is(:nth-child(4)){white-space:nowrap}");
  });

  it("lists the columns of a kind in one rule", () => {
    const { className, css } = columnRules([{ label: "職員数", numeric: true }, { label: "所属" }, { label: "承認済み", numeric: true }]);
    expect(css.startsWith(`.${className}{& :is(td,th):is(:nth-child(2),:nth-child(4)){text-align:right;`)).toBe(true);
  });

  it("gives tables with other columns other classes, and the same columns the same one", () => {
    expect(columnRules([{ label: "職員数" }]).className).not.toBe(columnRules([{ label: "若手職員数" }]).className);
    expect(columnRules([{ label: "職員数" }]).className).toBe(columnRules([{ label: "職員数" }]).className);
  });

  it("keeps a label inside its CSS string and never closes the style element", () => {
    const { css } = columnRules([{ label: 'a"b\\c</style>' }]);
    expect(css).toContain('content:"a\\"b\\\\c\\3c /style>"');
    expect(css).not.toContain("</");
  });
});

describe("childRanges", () => {
  it("writes a run of three or more columns as one range, shorter runs one by one", () => {
    expect(childRanges([2, 3, 4, 5, 7, 9, 10], 11)).toEqual([":nth-child(n+2):nth-child(-n+5)", ":nth-child(7)", ":nth-child(9)", ":nth-child(10)"]);
  });

  it("leaves a run that reaches the row's last cell open-ended", () => {
    expect(childRanges([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 12)).toEqual([":nth-child(n+2)"]);
    expect(childRanges([4, 5, 6], 6)).toEqual([":nth-child(n+4)"]);
  });

  it("selects exactly the columns given, whatever their order of runs", () => {
    const row = 14;
    for (const columns of [[2], [2, 3], [3, 5, 6, 7, 8, 12, 13, 14], [2, 4, 6, 8], [5, 6, 7, 8, 9, 10]]) {
      const selectors = childRanges(columns, row);
      // Each selector read back: which of the row's cells it takes.
      const taken = new Set<number>();
      for (const selector of selectors) {
        const single = /^:nth-child\((\d+)\)$/.exec(selector);
        const range = /^:nth-child\(n\+(\d+)\)(?::nth-child\(-n\+(\d+)\))?$/.exec(selector);
        if (single) taken.add(Number(single[1]));
        else if (range) for (let cell = Number(range[1]); cell <= Number(range[2] ?? row); cell += 1) taken.add(cell);
        else throw new Error(`unexpected selector ${selector}`);
      }
      expect([...taken].sort((a, b) => a - b)).toEqual(columns);
    }
  });
});

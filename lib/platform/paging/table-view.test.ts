import { describe, expect, it } from "vitest";
import { isOpen, nextDirection, parseTableView, sortRows, tableViewQuery, toggled } from "./table-view";

const options = { sortable: ["name", "a", "b"], choosable: ["a", "b", "c"], defaultColumns: ["a", "b"], defaultOpen: "none" } as const;

describe("a table's view in the URL", () => {
  it("reads sort, direction, columns and open groups, ignoring whatever it does not know", () => {
    expect(parseTableView({}, options)).toEqual({ sort: null, dir: "asc", columns: ["a", "b"], open: new Set() });
    expect(parseTableView({ sort: "b", dir: "desc", cols: "c,a,zz", open: "3,x,-1,7" }, options)).toEqual({
      sort: "b",
      dir: "desc",
      columns: ["a", "c"],
      open: new Set([3, 7]),
    });
    expect(parseTableView({ sort: "zz", dir: "sideways" }, options)).toMatchObject({ sort: null, dir: "asc" });
    // A form's checkboxes come as repeated parameters, with the empty marker that means "chosen".
    expect(parseTableView({ cols: ["", "b", "c"] }, options).columns).toEqual(["b", "c"]);
    expect(parseTableView({ cols: "" }, options).columns).toEqual([]);
    expect(parseTableView({ open: "all" }, options).open).toBe("all");
    expect(parseTableView({}, { ...options, defaultOpen: "all" }).open).toBe("all");
  });

  it("writes back only what differs from the table's defaults, and reads back the same view", () => {
    expect(tableViewQuery(parseTableView({}, options), options)).toEqual({});
    const view = parseTableView({ sort: "a", dir: "desc", cols: "c", open: "9,2" }, options);
    const query = tableViewQuery(view, options);
    expect(query).toEqual({ sort: "a", dir: "desc", cols: "c", open: "2,9" });
    expect(parseTableView(query, options)).toEqual(view);
  });

  it("opens and closes one group, the others as they were", () => {
    const every = [1, 2, 3];
    expect(toggled(new Set([1]), 2, every)).toEqual(new Set([1, 2]));
    expect(toggled(new Set([1, 2]), 3, every)).toBe("all");
    expect(toggled("all", 2, every)).toEqual(new Set([1, 3]));
    expect(isOpen("all", 5)).toBe(true);
    expect(isOpen(new Set([1]), 5)).toBe(false);
  });

  it("asks for the other direction only on the column already sorted", () => {
    const view = parseTableView({ sort: "a" }, options);
    expect(nextDirection(view, "a")).toBe("desc");
    expect(nextDirection({ ...view, dir: "desc" }, "a")).toBe("asc");
    expect(nextDirection(view, "b")).toBe("asc");
  });
});

describe("sorting rows", () => {
  const rows = [
    { id: 1, v: 3 as number | null, name: "総務課" },
    { id: 2, v: null, name: "企画課" },
    { id: 3, v: 1, name: "安全課" },
    { id: 4, v: 3, name: "予防課" },
  ];
  it("puts a share nobody counts last in either direction and keeps equal rows in their order", () => {
    expect(sortRows(rows, (row) => row.v, "asc").map((row) => row.id)).toEqual([3, 1, 4, 2]);
    expect(sortRows(rows, (row) => row.v, "desc").map((row) => row.id)).toEqual([1, 4, 3, 2]);
  });
  it("compares names as text", () => {
    expect(sortRows(rows, (row) => row.name, "asc").map((row) => row.name)).toEqual([...rows.map((row) => row.name)].sort(new Intl.Collator("ja").compare));
  });
});

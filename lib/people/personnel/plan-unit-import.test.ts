import Encoding from "encoding-japanese";
import { assert, describe, expect, it } from "vitest";
import { type CurrentOrgUnit, materialisePaths, type PlannedUnitRow, parseKind, parsePosition, parseRetired, planUnitImport } from "./plan-unit-import";
import { MAX_FILE_BYTES } from "./read-personnel-csv";
import { MAX_UNIT_ROWS, readUnitCsv } from "./read-unit-csv";

const HEADER = "所属コード,所属名,種別,上位所属コード,表示順,廃止";

/*
 * B1 総務局 ─ D1 総務部 ─ S1 人事課 ─ U1 人材育成係
 *          └ S2 職員研修所 (a 課 straight under the 局) ─ U2 研修係
 * B2 青葉区 ─ OLD 旧課 (retired) ─ OLDU 旧係 (retired)
 */
const units: CurrentOrgUnit[] = [
  { id: 1, code: "B1", name: "総務局", kind: "BUREAU", parentId: null, position: 1, retired: false },
  { id: 2, code: "D1", name: "総務部", kind: "DEPARTMENT", parentId: 1, position: 1, retired: false },
  { id: 3, code: "S1", name: "人事課", kind: "SECTION", parentId: 2, position: 1, retired: false },
  { id: 4, code: "U1", name: "人材育成係", kind: "UNIT", parentId: 3, position: 1, retired: false },
  { id: 5, code: "S2", name: "職員研修所", kind: "SECTION", parentId: 1, position: 2, retired: false },
  { id: 6, code: "U2", name: "研修係", kind: "UNIT", parentId: 5, position: 1, retired: false },
  { id: 7, code: "B2", name: "青葉区", kind: "BUREAU", parentId: null, position: 2, retired: false },
  { id: 8, code: "OLD", name: "旧課", kind: "SECTION", parentId: 7, position: 1, retired: true },
  { id: 9, code: "OLDU", name: "旧係", kind: "UNIT", parentId: 8, position: 1, retired: true },
];

function plan(lines: string[], header = HEADER) {
  const csv = readUnitCsv(new TextEncoder().encode([header, ...lines].join("\n")));
  if (!csv.ok) throw new Error(csv.problem);
  return planUnitImport(csv.rows, csv.columns, units);
}

function only(lines: string[], header?: string): PlannedUnitRow {
  const result = plan(lines, header);
  const [row, ...more] = result.rows;
  assert(row && more.length === 0, `expected one row, got ${result.rows.length}`);
  return row;
}

const problemsOf = (row: PlannedUnitRow | undefined) => (row?.kind === "REJECT" ? row.problems : []);
const changesOf = (row: PlannedUnitRow | undefined) => (row && row.kind !== "REJECT" ? row.changes : []);
const kindsOf = (lines: string[], header?: string) => plan(lines, header).rows.map((row) => row.kind);

describe("planUnitImport: classification", () => {
  it("classifies UNCHANGED, CHANGE, MOVE, LEAVE and ADD, with the changed fields", () => {
    const result = plan(["B1,総務局,局,,1,0", "D1,総務企画部,部,B1,1,", "U2,研修係,係,S1,3,0", "U1,人材育成係,係,S1,1,1", "N1,新係,係,S2,4,"]);
    expect(result.rows.map((row) => row.kind)).toEqual(["UNCHANGED", "CHANGE", "MOVE", "LEAVE", "ADD"]);
    expect(result.counts).toEqual({ ADD: 1, CHANGE: 1, MOVE: 1, LEAVE: 1, UNCHANGED: 1, REJECT: 0 });
    expect(changesOf(result.rows[1])).toEqual([{ field: "name", before: "総務部", after: "総務企画部" }]);
    expect(changesOf(result.rows[2])).toEqual([
      { field: "parent", before: "S2", after: "S1" },
      { field: "position", before: "1", after: "3" },
    ]);
    expect(changesOf(result.rows[3])).toEqual([{ field: "retired", before: "0", after: "1" }]);
    expect(result.rows[4]).toMatchObject({
      kind: "ADD",
      line: 6,
      target: { code: "N1", name: "新係", kind: "UNIT", parentCode: "S2", position: 4, retired: false },
      changes: [
        { field: "kind", before: "", after: "係" },
        { field: "parent", before: "", after: "S2" },
        { field: "position", before: "0", after: "4" },
      ],
    });
    expect(result.rows[2]).toMatchObject({ id: 6, line: 4 });
  });

  it("reads 局 and 区 as the same kind and shows kinds in the file's words", () => {
    expect(kindsOf(["B2,青葉区,局,,2,", "B1,総務局,区,,1,"])).toEqual(["UNCHANGED", "UNCHANGED"]);
    expect(changesOf(only(["S2,職員研修所,部,B1,2,"]))).toEqual([{ field: "kind", before: "課", after: "部" }]);
    expect(changesOf(only(["D1,総務部,局,,1,"]))).toEqual([
      { field: "kind", before: "部", after: "局・区" },
      { field: "parent", before: "B1", after: "" },
    ]);
  });

  it("adds a whole 局 → 部 → 課 → 係 chain from one file, children listed before their parents", () => {
    const result = plan(["NU,新係,係,NS,,", "NS,新課,課,ND,,", "ND,新部,部,NB,,", "NB,新局,局,,,"]);
    expect(result.rows.map((row) => row.kind)).toEqual(["ADD", "ADD", "ADD", "ADD"]);
    expect(result.rows.map((row) => (row.kind === "ADD" ? row.target.parentCode : "?"))).toEqual(["NS", "ND", "NB", null]);
  });

  it("leaves the order and retirement as they are when those columns are absent or the order is blank", () => {
    const header = "所属名,上位所属コード,所属コード,種別";
    expect(only(["旧課,B2,OLD,課"], header)).toMatchObject({ kind: "UNCHANGED", target: { retired: true, position: 1 } });
    expect(only(["人事課,D1,S1,課,,0"], `${header},表示順,廃止`)).toMatchObject({ kind: "UNCHANGED", target: { position: 1 } });
    expect(only(["新課,D1,NEW,課"], header)).toMatchObject({ kind: "ADD", target: { position: 0, retired: false } });
  });

  it("re-activates a retired unit (廃止 0 or blank) as a CHANGE", () => {
    const row = only(["OLD,旧課,課,B2,1,0"]);
    expect(row).toMatchObject({ kind: "CHANGE", id: 8, target: { retired: false } });
    expect(changesOf(row)).toEqual([{ field: "retired", before: "1", after: "0" }]);
    expect(only(["OLD,旧課,課,B2,1,"]).kind).toBe("CHANGE");
    // Re-activated and moved at once: the move is what the preview shows it as.
    expect(only(["OLD,旧課,課,B1,1,0"]).kind).toBe("MOVE");
  });

  it("keeps an already retired unit UNCHANGED and counts a change to it as a CHANGE, not a LEAVE", () => {
    expect(only(["OLD,旧課,課,B2,1,廃止"]).kind).toBe("UNCHANGED");
    expect(only(["OLD,旧々課,課,B2,1,1"]).kind).toBe("CHANGE");
  });

  it("applies the rest of a retiring row too, and calls it a LEAVE", () => {
    const row = only(["U2,旧研修係,係,S1,1,1"]);
    expect(row.kind).toBe("LEAVE");
    expect(changesOf(row).map((change) => change.field)).toEqual(["name", "parent", "retired"]);
  });

  it("may add a unit that is already retired", () => {
    expect(only(["GONE,廃止済み課,課,B2,,1"])).toMatchObject({ kind: "ADD", target: { retired: true } });
  });

  it("plans only the rows of the file: units it does not list are not touched", () => {
    const result = plan(["S1,人事課,課,D1,1,"]);
    expect(result.rows).toHaveLength(1);
    expect(result.counts).toEqual({ ADD: 0, CHANGE: 0, MOVE: 0, LEAVE: 0, UNCHANGED: 1, REJECT: 0 });
  });
});

describe("planUnitImport: rejections", () => {
  it("rejects missing required values, per column, with the row's line, code and name", () => {
    expect(only([",人事課,,D1,,"])).toEqual({
      kind: "REJECT",
      line: 2,
      code: "",
      name: "人事課",
      problems: [
        { column: "code", reason: "required" },
        { column: "kind", reason: "required" },
      ],
    });
    expect(problemsOf(only(["S9,,課,D1,,"]))).toEqual([{ column: "name", reason: "required" }]);
  });

  it("rejects oversized values", () => {
    expect(problemsOf(only([`${"C".repeat(33)},課名,課,D1,,`]))).toEqual([{ column: "code", reason: "tooLong" }]);
    expect(problemsOf(only([`S9,${"名".repeat(101)},課,D1,,`]))).toEqual([{ column: "name", reason: "tooLong" }]);
    expect(problemsOf(only([`S9,課名,課,${"P".repeat(33)},,`]))).toEqual([{ column: "parentCode", reason: "tooLong" }]);
    expect(only([`${"C".repeat(32)},${"名".repeat(100)},課,D1,,`]).kind).toBe("ADD");
  });

  it("rejects a malformed 種別, 表示順 and 廃止", () => {
    for (const kind of ["室", "局区", "BUREAU", "constructor", "toString"])
      expect(problemsOf(only([`S9,課名,${kind},D1,,`]))).toEqual([{ column: "kind", reason: "malformedKind" }]);
    for (const position of ["-1", "1.5", "１", "abc", "1234567890"])
      expect(problemsOf(only([`S9,課名,課,D1,${position},`]))).toEqual([{ column: "position", reason: "malformedPosition" }]);
    for (const retired of ["2", "yes", "在職", "true"])
      expect(problemsOf(only([`S9,課名,課,D1,,${retired}`]))).toEqual([{ column: "retired", reason: "malformedRetired" }]);
  });

  it("rejects every occurrence of a code repeated in the file", () => {
    const result = plan(["N1,甲係,係,S1,,", "S1,人事課,課,D1,,", "N1,乙係,係,S2,,"]);
    expect(result.rows.map((row) => row.kind)).toEqual(["REJECT", "UNCHANGED", "REJECT"]);
    expect(problemsOf(result.rows[0])).toEqual([{ column: "code", reason: "duplicateCode" }]);
  });

  it("rejects a parent that is neither in the database nor in the file", () => {
    expect(problemsOf(only(["S9,課名,課,NOPE,,"]))).toEqual([{ column: "parentCode", reason: "unknownParent" }]);
    // Parent codes are matched exactly, as the personnel system writes them.
    expect(problemsOf(only(["S9,課名,課,d1,,"]))).toEqual([{ column: "parentCode", reason: "unknownParent" }]);
  });

  it("rejects a unit kept in use under a retired parent, or under one the file retires", () => {
    expect(problemsOf(only(["U9,係名,係,OLD,,"]))).toEqual([{ column: "parentCode", reason: "retiredParent" }]);
    expect(problemsOf(only(["OLDU,旧係,係,OLD,1,0"]))).toEqual([{ column: "parentCode", reason: "retiredParent" }]);
    const retiring = plan(["S2,職員研修所,課,B1,2,1", "U2,研修係,係,S2,1,", "U9,新係,係,S2,,"]);
    expect(retiring.rows.map((row) => row.kind)).toEqual(["LEAVE", "REJECT", "REJECT"]);
    expect(problemsOf(retiring.rows[1])).toEqual([{ column: "parentCode", reason: "retiredParent" }]);
    // Retired under retired is history, not a mistake; and re-activating the parent lets the child back in.
    expect(kindsOf(["U9,係名,係,OLD,,1"])).toEqual(["ADD"]);
    expect(kindsOf(["OLD,旧課,課,B2,1,0", "OLDU,旧係,係,OLD,1,0"])).toEqual(["CHANGE", "CHANGE"]);
  });

  it("rejects retiring a unit that keeps units in use below it which the file does not list", () => {
    expect(problemsOf(only(["S1,人事課,課,D1,1,1"]))).toEqual([{ column: "retired", reason: "activeChildren" }]);
    // Retiring the 係 with it, or moving it elsewhere, is fine.
    expect(kindsOf(["S1,人事課,課,D1,1,1", "U1,人材育成係,係,S1,1,1"])).toEqual(["LEAVE", "LEAVE"]);
    expect(kindsOf(["S1,人事課,課,D1,1,1", "U1,人材育成係,係,S2,1,0"])).toEqual(["LEAVE", "MOVE"]);
    // Retired units below a retiring one are no obstacle.
    expect(only(["B2,青葉区,区,,2,1"]).kind).toBe("LEAVE");
  });

  it("rejects a unit named as its own parent", () => {
    expect(problemsOf(only(["S1,人事課,課,S1,,"]))).toEqual([{ column: "parentCode", reason: "selfParent" }]);
  });

  it("rejects parent links that would make a loop, in the file or through units it does not list", () => {
    const inFile = plan(["X1,甲,部,X2,,", "X2,乙,部,X1,,"]);
    expect(inFile.rows.map(problemsOf)).toEqual([[{ column: "parentCode", reason: "cycle" }], [{ column: "parentCode", reason: "cycle" }]]);
    // D1 under S1, which stays under D1 in the database.
    expect(problemsOf(only(["D1,総務部,部,S1,1,"]))).toEqual([{ column: "parentCode", reason: "cycle" }]);
    // A row merely hanging below a loop is not part of it.
    const below = plan(["X1,甲,部,X2,,", "X2,乙,部,X1,,", "X3,丙,課,X1,,"]);
    expect(below.rows.map((row) => row.kind)).toEqual(["REJECT", "REJECT", "ADD"]);
  });

  it("rejects kinds out of order: a 局・区 with a parent, anything else without one, a child not below its parent", () => {
    const kindOrder = [{ column: "parentCode", reason: "kindOrder" }];
    expect(problemsOf(only(["B9,新局,局,B1,,"]))).toEqual(kindOrder);
    expect(problemsOf(only(["S9,課名,課,,,"]))).toEqual(kindOrder);
    expect(problemsOf(only(["U9,係名,係,U1,,"]))).toEqual(kindOrder);
    expect(problemsOf(only(["D9,部名,部,D1,,"]))).toEqual(kindOrder);
    expect(problemsOf(only(["D9,部名,部,S1,,"]))).toEqual(kindOrder);
    // A level may be skipped: 課 straight under a 局, 係 straight under a 部.
    expect(kindsOf(["S9,課名,課,B1,,", "U9,係名,係,D1,,"])).toEqual(["ADD", "ADD"]);
  });

  it("rejects a change of kind that unlisted units below no longer rank under", () => {
    expect(problemsOf(only(["S1,人事課,係,D1,1,"]))).toEqual([{ column: "kind", reason: "kindOrder" }]);
    // Fine once the 係 below is listed elsewhere, or when only retired units are below.
    expect(kindsOf(["S1,人事課,係,D1,1,", "U1,人材育成係,係,S2,1,"])).toEqual(["CHANGE", "MOVE"]);
    expect(kindsOf(["OLD,旧課,係,B2,1,1"])).toEqual(["CHANGE"]);
    // Raising a kind is always fine for the units below.
    expect(kindsOf(["S2,職員研修所,部,B1,2,"])).toEqual(["CHANGE"]);
  });

  it("does not repeat one row's mistake on the rows that refer to it", () => {
    const result = plan(["N1,新課,室,D1,,", "N2,新係,係,N1,,", "N3,新係,係,D1,x,", "N4,新係,係,N3,,"]);
    expect(result.rows.map(problemsOf)).toEqual([[{ column: "kind", reason: "malformedKind" }], [], [{ column: "position", reason: "malformedPosition" }], []]);
    expect(result.rows.map((row) => row.kind)).toEqual(["REJECT", "ADD", "REJECT", "ADD"]);
  });

  it("reports every problem of a row", () => {
    expect(problemsOf(only([",,係,,x,y"]))).toEqual([
      { column: "code", reason: "required" },
      { column: "name", reason: "required" },
      { column: "position", reason: "malformedPosition" },
      { column: "retired", reason: "malformedRetired" },
      { column: "parentCode", reason: "kindOrder" },
    ]);
  });
});

describe("unit cell parsers", () => {
  it("parse 種別, 表示順 and 廃止", () => {
    expect(["局", "区", "部", "課", "係", "係 ", "hasOwnProperty"].map(parseKind)).toEqual(["BUREAU", "BUREAU", "DEPARTMENT", "SECTION", "UNIT", null, null]);
    expect(["", "0", "12", "007", "-3", "1e3"].map(parsePosition)).toEqual([null, 0, 12, 7, undefined, undefined]);
    expect(["", "0", "1", "廃止", "01"].map(parseRetired)).toEqual([false, false, true, true, null]);
  });
});

describe("materialisePaths", () => {
  it("builds every unit's path from the root down, whatever the order given", () => {
    const paths = materialisePaths(
      new Map([
        [52, 17],
        [3, null],
        [17, 3],
        [9, null],
        [60, 52],
      ]),
    );
    expect(Object.fromEntries(paths)).toEqual({ 3: "/3/", 17: "/3/17/", 52: "/3/17/52/", 60: "/3/17/52/60/", 9: "/9/" });
  });

  it("refuses a loop and an unknown parent", () => {
    expect(() =>
      materialisePaths(
        new Map([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toThrow(/own ancestor/);
    expect(() => materialisePaths(new Map([[1, 5]]))).toThrow(/no known parent/);
  });
});

describe("readUnitCsv", () => {
  const text = '種別,所属名,所属コード,上位所属コード\r\n課,人事課,S1,D1\r\n係,"人材育成係\n(研修担当)",U1,S1\r\n\r\n局,総務局,B1,\r\n';

  it("detects Shift_JIS and maps headers in any order, with each row's line", () => {
    const sjis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
    const csv = readUnitCsv(sjis);
    expect(csv.ok && csv.encoding).toBe("SJIS");
    expect(csv.ok && csv.columns).toEqual(["kind", "name", "code", "parentCode"]);
    expect(csv.ok && csv.rows).toEqual([
      { line: 2, values: { kind: "課", name: "人事課", code: "S1", parentCode: "D1" } },
      { line: 4, values: { kind: "係", name: "人材育成係\n(研修担当)", code: "U1", parentCode: "S1" } },
      { line: 6, values: { kind: "局", name: "総務局", code: "B1", parentCode: "" } },
    ]);
  });

  it("reads UTF-8 with and without a BOM", () => {
    const utf8 = new TextEncoder().encode(text);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, withBom]) {
      const csv = readUnitCsv(bytes);
      expect(csv.ok && csv.encoding).toBe("UTF8");
      expect(csv.ok && csv.columns[0]).toBe("kind");
    }
  });

  it("refuses a file without the required headers, with one given twice, empty, oversized or too long", () => {
    expect(readUnitCsv(new TextEncoder().encode("所属コード,所属名,表示順\nS1,人事課,1"))).toEqual({
      ok: false,
      problem: "missingColumns",
      missingColumns: ["種別", "上位所属コード"],
    });
    expect(readUnitCsv(new TextEncoder().encode("所属コード,所属名,種別,上位所属コード,所属名\nS1,人事課,課,D1,人事課"))).toEqual({
      ok: false,
      problem: "unreadable",
    });
    expect(readUnitCsv(new TextEncoder().encode(HEADER))).toEqual({ ok: false, problem: "empty" });
    expect(readUnitCsv(new Uint8Array(0))).toEqual({ ok: false, problem: "empty" });
    expect(readUnitCsv(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: "tooLarge" });
    const many = [HEADER, ...Array.from({ length: MAX_UNIT_ROWS + 1 }, (_, i) => `U${i},係,係,S1,,`)].join("\n");
    expect(readUnitCsv(new TextEncoder().encode(many))).toEqual({ ok: false, problem: "tooManyRows" });
    expect(readUnitCsv(new TextEncoder().encode(`${HEADER}\n"S1,人事課`))).toEqual({ ok: false, problem: "unreadable" });
  });

  it("keeps formula-looking cells and unknown columns out of the way", () => {
    const csv = readUnitCsv(new TextEncoder().encode(`${HEADER},備考\nS9,"=HYPERLINK(""x"")",課,D1,,,=1+1`));
    expect(csv.ok && csv.rows[0]?.values).toEqual({ code: "S9", name: '=HYPERLINK("x")', kind: "課", parentCode: "D1", position: "", retired: "" });
  });
});

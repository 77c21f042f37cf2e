import Encoding from "encoding-japanese";
import { assert, describe, expect, it } from "vitest";
import { type CurrentStaff, type CurrentUnit, type PlannedRow, planStaffImport } from "./plan-staff-import";
import { decodeStaffCsv, readStaffCsv } from "./read-staff-csv";

const HEADER = "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,在職";

const units: CurrentUnit[] = [
  { id: 1, code: "U1", retired: false },
  { id: 2, code: "U2", retired: false },
  { id: 3, code: "OLD", retired: true },
];

const staff: CurrentStaff[] = [
  {
    id: 10,
    staffNumber: "S10",
    name: "青葉 一郎",
    nameKana: "アオバ イチロウ",
    jobCategory: "事務",
    rank: "課長",
    joinedOn: "2000-04-01",
    unitId: 1,
    supervisorId: null,
    email: "s10@example.jp",
    active: true,
  },
  {
    id: 11,
    staffNumber: "S11",
    name: "泉 花子",
    nameKana: "イズミ ハナコ",
    jobCategory: "事務",
    rank: "主事",
    joinedOn: "2015-04-01",
    unitId: 1,
    supervisorId: 10,
    email: null,
    active: true,
  },
  {
    id: 12,
    staffNumber: "S12",
    name: "宮城 次郎",
    nameKana: "ミヤギ ジロウ",
    jobCategory: "技術",
    rank: "主任",
    joinedOn: "2010-04-01",
    unitId: 1,
    supervisorId: 10,
    email: null,
    active: true,
  },
  {
    id: 13,
    staffNumber: "S13",
    name: "若林 三郎",
    nameKana: "ワカバヤシ サブロウ",
    jobCategory: "事務",
    rank: "主事",
    joinedOn: "2018-04-01",
    unitId: 2,
    supervisorId: null,
    email: null,
    active: true,
  },
];

function plan(lines: string[], header = HEADER) {
  const csv = readStaffCsv(new TextEncoder().encode([header, ...lines].join("\n")));
  if (!csv.ok) throw new Error(csv.problem);
  return planStaffImport(csv.rows, csv.columns, staff, units);
}

function only(lines: string[], header?: string): PlannedRow {
  const result = plan(lines, header);
  const [row, ...more] = result.rows;
  assert(row && more.length === 0, `expected one row, got ${result.rows.length}`);
  return row;
}

const problemsOf = (row: PlannedRow) => (row.kind === "REJECT" ? row.problems : []);

describe("planStaffImport", () => {
  it("marks active staff missing from a complete file as left, keeping everything else as it was", () => {
    const csv = readStaffCsv(new TextEncoder().encode([HEADER, "S10,青葉 一郎,アオバ イチロウ,事務,課長,2000-04-01,U1,,s10@example.jp,1"].join("\n")));
    if (!csv.ok) throw new Error(csv.problem);
    const retired = [...staff, { ...staff[3]!, id: 14, staffNumber: "S14", active: false }];
    const partial = planStaffImport(csv.rows, csv.columns, retired, units);
    expect(partial.counts.LEAVE).toBe(0);

    const complete = planStaffImport(csv.rows, csv.columns, retired, units, { absentLeave: true, actingEmployeeId: 13 });
    // S11 and S12 leave; S13 is the one importing, S14 has already left.
    expect(
      complete.rows
        .filter((row) => row.kind === "LEAVE")
        .map((row) => row.kind === "LEAVE" && [row.line, row.target.staffNumber, row.target.unitCode, row.target.supervisorStaffNumber]),
    ).toEqual([
      [null, "S11", "U1", "S10"],
      [null, "S12", "U1", "S10"],
    ]);
    expect(complete.counts).toMatchObject({ UNCHANGED: 1, LEAVE: 2 });
  });

  it("classifies UNCHANGED, CHANGE, MOVE, LEAVE and ADD", () => {
    const result = plan([
      "S10,青葉 一郎,アオバ イチロウ,事務,課長,2000-04-01,U1,,s10@example.jp,1",
      "S11,泉 花子,イズミ ハナコ,事務,主任,2015/4/1,U1,S10,,在職",
      "S12,宮城 次郎,ミヤギ ジロウ,技術,係長,2010-04-01,U2,S10,,",
      "S13,若林 三郎,ワカバヤシ サブロウ,事務,主事,2018-04-01,U2,,,退職",
      "N1,新人 四郎,シンジン シロウ,事務,主事,2025-04-01,U2,N2,n1@example.jp,1",
      "N2,新人 五郎,シンジン ゴロウ,事務,主任,2020-04-01,U2,,,1",
    ]);
    expect(result.rows.map((row) => row.kind)).toEqual(["UNCHANGED", "CHANGE", "MOVE", "LEAVE", "ADD", "ADD"]);
    expect(result.counts).toEqual({ ADD: 2, CHANGE: 1, MOVE: 1, LEAVE: 1, UNCHANGED: 1, REJECT: 0 });
    const change = result.rows[1];
    expect(change?.kind === "CHANGE" && change.changes).toEqual([{ field: "rank", before: "主事", after: "主任" }]);
    const move = result.rows[2];
    expect(move?.kind === "MOVE" && move.changes.map((c) => c.field)).toEqual(["rank", "unit"]);
    const leave = result.rows[3];
    expect(leave?.kind === "LEAVE" && leave.changes).toEqual([{ field: "active", before: "1", after: "0" }]);
    const add = result.rows[4];
    expect(add?.kind === "ADD" && add.target).toMatchObject({
      staffNumber: "N1",
      unitId: 2,
      supervisorStaffNumber: "N2",
      email: "n1@example.jp",
      active: true,
      joinedOn: "2025-04-01",
    });
  });

  it("leaves fields of optional columns absent from the header as they are", () => {
    const row = only(["S11,泉 花子,イズミ ハナコ,事務,主事,2015-04-01,U1"], "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード");
    expect(row.kind).toBe("UNCHANGED");
    expect(row.kind === "UNCHANGED" && row.target.supervisorStaffNumber).toBe("S10");
  });

  it("rejects a missing required value, per column", () => {
    const row = only([",泉 花子,,事務,主事,2015-04-01,,,,"]);
    expect(row.kind).toBe("REJECT");
    expect(problemsOf(row)).toEqual([
      { column: "staffNumber", reason: "required" },
      { column: "nameKana", reason: "required" },
      { column: "unitCode", reason: "required" },
    ]);
  });

  it("rejects an unknown or retired unit code", () => {
    expect(problemsOf(only(["S11,泉 花子,イズミ ハナコ,事務,主事,2015-04-01,NOPE,,,"]))).toEqual([{ column: "unitCode", reason: "unknownUnit" }]);
    expect(problemsOf(only(["S11,泉 花子,イズミ ハナコ,事務,主事,2015-04-01,OLD,,,"]))).toEqual([{ column: "unitCode", reason: "retiredUnit" }]);
  });

  it("rejects every occurrence of a staff number repeated in the file", () => {
    const result = plan(["N1,甲,コウ,事務,主事,2020-04-01,U1,,,", "N1,乙,オツ,事務,主事,2020-04-01,U1,,,"]);
    expect(result.counts.REJECT).toBe(2);
    expect(result.rows.flatMap(problemsOf)).toEqual([
      { column: "staffNumber", reason: "duplicateStaffNumber" },
      { column: "staffNumber", reason: "duplicateStaffNumber" },
    ]);
  });

  it("rejects malformed dates, and an era date outside its era as such", () => {
    for (const date of ["2020-02-30", "令和2年4月31日", "2020-4/1", "20200401", "R2"]) {
      expect(problemsOf(only([`N1,甲,コウ,事務,主事,${date},U1,,,`]))).toEqual([{ column: "joinedOn", reason: "malformedDate" }]);
    }
    expect(problemsOf(only(["N1,甲,コウ,事務,主事,平成31年5月1日,U1,,,"]))).toEqual([{ column: "joinedOn", reason: "outsideEra" }]);
  });

  it("reads 和暦 and 西暦 joining dates as the personnel system writes them", () => {
    for (const date of ["令和2年4月1日", "R2.4.1", "R02/04/01", "２０２０／４／１", "2020-04-01"]) {
      const row = only([`N1,甲,コウ,事務,主事,${date},U1,,,`]);
      expect(row.kind === "ADD" ? row.target.joinedOn : row).toBe("2020-04-01");
    }
  });

  it("rejects an unknown supervisor and a person supervising themselves", () => {
    expect(problemsOf(only(["N1,甲,コウ,事務,主事,2020-04-01,U1,ZZZ,,"]))).toEqual([{ column: "supervisorStaffNumber", reason: "unknownSupervisor" }]);
    expect(problemsOf(only(["N1,甲,コウ,事務,主事,2020-04-01,U1,N1,,"]))).toEqual([{ column: "supervisorStaffNumber", reason: "selfSupervisor" }]);
  });

  it("rejects oversized values", () => {
    expect(problemsOf(only([`N1,${"長".repeat(101)},コウ,事務,主事,2020-04-01,U1,,,`]))).toEqual([{ column: "name", reason: "tooLong" }]);
  });

  it("rejects a malformed 在職, a malformed e-mail and one another person keeps", () => {
    expect(problemsOf(only(["N1,甲,コウ,事務,主事,2020-04-01,U1,,,休職"]))).toEqual([{ column: "active", reason: "malformedActive" }]);
    expect(problemsOf(only(["N1,甲,コウ,事務,主事,2020-04-01,U1,,not-an-email,"]))).toEqual([{ column: "email", reason: "malformedEmail" }]);
    expect(problemsOf(only(["N1,甲,コウ,事務,主事,2020-04-01,U1,,S10@example.jp,"]))).toEqual([{ column: "email", reason: "duplicateEmail" }]);
  });

  it("does not retire active staff missing from the file", () => {
    const result = plan(["S10,青葉 一郎,アオバ イチロウ,事務,課長,2000-04-01,U1,,s10@example.jp,1"]);
    expect(result.rows.map((row) => row.kind)).toEqual(["UNCHANGED"]);
  });
});

describe("readStaffCsv", () => {
  const text = `${HEADER}\r\nN1,仙台 太郎,センダイ タロウ,事務,主事,2020/4/1,U1,,,在職\r\n`;

  it("detects Shift_JIS", () => {
    const sjis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
    expect(new TextDecoder().decode(sjis)).not.toContain("仙台");
    const csv = readStaffCsv(sjis);
    expect(csv.ok && csv.encoding).toBe("SJIS");
    expect(csv.ok && csv.rows[0]?.values).toMatchObject({ staffNumber: "N1", name: "仙台 太郎", nameKana: "センダイ タロウ", active: "在職" });
  });

  it("reads UTF-8 with and without a BOM", () => {
    const utf8 = new TextEncoder().encode(text);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeStaffCsv(utf8)).toEqual({ text, encoding: "UTF8" });
    expect(decodeStaffCsv(withBom)).toEqual({ text, encoding: "UTF8" });
    const csv = readStaffCsv(withBom);
    expect(csv.ok && csv.rows[0]).toEqual({ line: 2, values: expect.objectContaining({ staffNumber: "N1", unitCode: "U1" }) });
  });

  it("refuses a file without the required headers, an empty file and an oversized one", () => {
    expect(readStaffCsv(new TextEncoder().encode("職員番号,氏名\nN1,甲\n"))).toMatchObject({
      ok: false,
      problem: "missingColumns",
      missingColumns: ["氏名カナ", "職種", "職位", "入庁日", "所属コード"],
    });
    expect(readStaffCsv(new TextEncoder().encode(`${HEADER}\n`))).toEqual({ ok: false, problem: "empty" });
    expect(readStaffCsv(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({ ok: false, problem: "tooLarge" });
  });

  it("drops direction controls and zero-width characters from names and numbers", () => {
    const csv = readStaffCsv(new TextEncoder().encode(`${HEADER}\nN1\u200B,\u202E仙台\u200D 太郎\u2069,センダイ\uFEFF タロウ,事務,主事,2020-04-01,U1,,,\n`));
    expect(csv.ok && csv.rows[0]?.values).toMatchObject({ staffNumber: "N1", name: "仙台 太郎", nameKana: "センダイ タロウ" });
  });

  it("keeps formula-looking cells as plain text", () => {
    const csv = readStaffCsv(new TextEncoder().encode(`${HEADER}\n"=1+1",甲,コウ,事務,主事,2020-04-01,U1,,,\n`));
    expect(csv.ok && csv.rows[0]?.values.staffNumber).toBe("=1+1");
  });
});

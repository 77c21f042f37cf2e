import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";
import { escapeCsvCell, toCsv } from "./csv";

describe("escapeCsvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(escapeCsvCell("障害企画課")).toBe("障害企画課");
    expect(escapeCsvCell(42)).toBe("42");
    expect(escapeCsvCell(12.5)).toBe("12.5");
    expect(escapeCsvCell(-3)).toBe("-3");
  });

  it("writes null and non-finite numbers as empty fields", () => {
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(escapeCsvCell("青葉,花子")).toBe('"青葉,花子"');
    expect(escapeCsvCell('「"係長"」')).toBe('"「""係長""」"');
    expect(escapeCsvCell("一行目\n二行目")).toBe('"一行目\n二行目"');
    expect(escapeCsvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(escapeCsvCell(" 前後の空白 ")).toBe('" 前後の空白 "');
  });

  it("defuses text that Excel would run as a formula", () => {
    expect(escapeCsvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(escapeCsvCell("+81")).toBe("'+81");
    expect(escapeCsvCell("@here")).toBe("'@here");
    expect(escapeCsvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it("defuses the look-alikes spreadsheets fold to = + - @: full-width, small forms and the minus sign", () => {
    for (const start of ["\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\u2212"]) {
      expect(escapeCsvCell(`${start}SUM(A1)`), `U+${start.codePointAt(0)!.toString(16)}`).toBe(`'${start}SUM(A1)`);
      expect(escapeCsvCell(`${start}1`)).toBe(`'${start}1`);
    }
    // A lone one is the portal's mark for a withheld figure (「－」), or a dash: no formula.
    expect(escapeCsvCell("\uFF0D")).toBe("\uFF0D");
    expect(escapeCsvCell("\u2212")).toBe("\u2212");
  });

  it("defuses a tab or carriage return at the start, and a formula behind blanks or invisible characters", () => {
    expect(escapeCsvCell("\t=1+1")).toBe("'\t=1+1");
    expect(escapeCsvCell("\tplain")).toBe("'\tplain");
    expect(escapeCsvCell("\r=1+1")).toBe('"\'\r=1+1"');
    expect(escapeCsvCell("\u3000=1+1")).toBe("'\u3000=1+1");
    for (const invisible of ["\u200B", "\u200D", "\u200E", "\u202E", "\u2066", "\u2060", "\uFEFF", "\u061C"]) {
      expect(escapeCsvCell(`${invisible}=1+1`), `U+${invisible.codePointAt(0)!.toString(16)}`).toBe(`'${invisible}=1+1`);
      expect(escapeCsvCell(`${invisible}\uFE63SUM(A1)`)).toBe(`'${invisible}\uFE63SUM(A1)`);
    }
    expect(escapeCsvCell("社会課\t=1")).toBe("社会課\t=1");
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every row with CRLF", () => {
    const csv = toCsv({
      header: ["課", "職員数"],
      rows: [
        ["社会課", 3],
        ["計,画", null],
      ],
    });
    expect(csv).toBe('\uFEFF課,職員数\r\n社会課,3\r\n"計,画",\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("keeps a line break inside a quoted field apart from the row ends", () => {
    expect(toCsv({ header: ["備考"], rows: [["a\nb"]] })).toBe('\uFEFF備考\r\n"a\nb"\r\n');
  });
});

describe("attachmentDisposition", () => {
  it("carries the Japanese name as RFC 5987 filename* and an ASCII fallback", () => {
    expect(attachmentDisposition("健康福祉局_課別の状況_令和8年度.csv", "bureau-3-sections-2026.csv")).toBe(
      "attachment; filename=\"bureau-3-sections-2026.csv\"; filename*=UTF-8''%E5%81%A5%E5%BA%B7%E7%A6%8F%E7%A5%89%E5%B1%80_%E8%AA%B2%E5%88%A5%E3%81%AE%E7%8A%B6%E6%B3%81_%E4%BB%A4%E5%92%8C8%E5%B9%B4%E5%BA%A6.csv",
    );
  });

  it("keeps quotes, semicolons and non-ASCII out of the fallback and encodes RFC 5987's excluded characters", () => {
    expect(attachmentDisposition("a'(b)*!.csv", 'x"y;z\\課.csv')).toBe("attachment; filename=\"x_y_z__.csv\"; filename*=UTF-8''a%27%28b%29%2A%21.csv");
  });
});

import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, escapeCsvCell, toCsv } from "@/lib/platform/exports/csv";
import { toXlsx } from "@/lib/platform/exports/xlsx";
import { hostileString } from "@/tests/support/fuzz/hostile";

/**
 * Issue 8: exports must not hand a spreadsheet a cell it would run as a formula (CSV injection).
 * Names, titles and comments in the exports are typed by staff or imported from the personnel
 * system, so any text can reach a cell.
 *
 * fast-check seed 20260802 (fixed, so CI replays the same inputs).
 */
const SEED = 20260802;

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP). */
const TRIGGER = /^[=+\-@\t\r]/;
/** The same, as a person may type them: full-width forms (IME on) and after leading blanks. */
const LOOSE_TRIGGER = /^[\s\u3000\u00a0]*[=+\-@＝＋－＠]/;
const NEUTRALISER = "'";

/**
 * What the export neutralises: a trigger first, or after leading blanks (a tab or CR among them);
 * a full-width one only when something follows (a lone 「－」 marks a withheld figure).
 */
const looksLikeFormula = (text: string) => TRIGGER.test(text) || /^\s*[=+\-@\t\r]/.test(text) || /^\s*[＝＋－＠][\s\S]/.test(text);

/** The cell's text as a spreadsheet reads it: RFC 4180 quotes removed, doubled quotes undone. */
function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replaceAll('""', '"');
  return field;
}

const blanks = fc.constantFrom(" ", "  ", "\u3000", "\u00a0", "\t", "\r", "\n", "\r\n");
const triggers = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠");
/** What follows a trigger in a formula: never nothing. */
const formulaBodies = fc.constantFrom("SUM(A1:A9)", 'HYPERLINK("http://x","y")', "cmd|' /C calc'!A0", "1+1");
const payloads = fc.constantFrom("SUM(A1:A9)", 'HYPERLINK("http://x","y")', "cmd|' /C calc'!A0", "1+1", "81-90-1234-5678", "here", "");

/** Text cells, weighted towards what looks like a formula. */
const textCell: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
  { arbitrary: hostileString.filter((text) => text.length < 10_000), weight: 2 },
  { arbitrary: fc.tuple(triggers, payloads).map((parts) => parts.join("")), weight: 3 },
  {
    arbitrary: fc
      .tuple(fc.array(blanks, { minLength: 1, maxLength: 3 }), triggers, payloads)
      .map(([lead, trigger, payload]) => `${lead.join("")}${trigger}${payload}`),
    weight: 2,
  },
  { arbitrary: fc.tuple(fc.string({ maxLength: 5 }), fc.constantFrom('"', ",", "\r\n", "\n"), triggers, payloads).map((parts) => parts.join("")), weight: 1 },
);

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: textCell, weight: 4 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

describe("escapeCsvCell", () => {
  it(`never lets a text cell start with = + - @ tab or CR unless prefixed by the neutraliser (seed ${SEED})`, () => {
    fc.assert(
      fc.property(textCell, (text) => {
        const read = unquote(escapeCsvCell(text));
        expect(TRIGGER.test(read) && !read.startsWith(NEUTRALISER)).toBe(false);
        // …and changes nothing else: the neutraliser is the only difference a reader sees.
        expect(read).toBe(looksLikeFormula(text) ? `${NEUTRALISER}${text}` : text);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it(`quotes every field that holds a separator, a quote, a line break or edge blanks (seed ${SEED})`, () => {
    fc.assert(
      fc.property(textCell, (text) => {
        const field = escapeCsvCell(text);
        const quoted = field.startsWith('"') && field.endsWith('"') && field.length >= 2;
        if (/[",\r\n]|^\s|\s$/.test(field.replace(/^"|"$/g, ""))) expect(quoted).toBe(true);
        // Inside the quotes every quote is doubled, so the field cannot end early.
        if (quoted) expect(field.slice(1, -1).replaceAll('""', "")).not.toContain('"');
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  // A cell such as " =1+1" or "＝1+1": spreadsheets differ on whether they run it (importers
  // that trim blanks or fold full-width forms do), so it is neutralised too.
  it(`neutralises a formula after leading blanks (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.array(blanks, { minLength: 1, maxLength: 3 }), triggers, formulaBodies)
          .map(([lead, trigger, payload]) => `${lead.join("")}${trigger}${payload}`),
        (text) => {
          expect(unquote(escapeCsvCell(text)).startsWith(NEUTRALISER)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it(`neutralises a formula typed with a full-width ＝ ＋ － ＠ (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom("＝", "＋", "－", "＠"), formulaBodies).map((parts) => parts.join("")),
        (text) => {
          expect(LOOSE_TRIGGER.test(text)).toBe(true);
          expect(unquote(escapeCsvCell(text)).startsWith(NEUTRALISER)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("leaves the withheld mark 「－」 on its own as it is", () => {
    expect(escapeCsvCell("－")).toBe("－");
  });

  it("leaves numbers as numbers (a negative number is not a formula)", () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(escapeCsvCell(n)).toBe(Number.isFinite(n) ? String(n) : "");
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("toCsv", () => {
  it(`reads back, through a real CSV parser, as the same table with text cells neutralised (seed ${SEED})`, () => {
    const table = fc.record({
      header: fc.array(textCell, { minLength: 1, maxLength: 4 }),
      rows: fc.array(fc.array(anyCell, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const width = header.length;
        const padded = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null));
        const csv = toCsv({ header, rows: padded });
        expect(csv.startsWith("\uFEFF") && csv.endsWith("\r\n")).toBe(true);
        const read: string[][] = parse(csv, { bom: true, record_delimiter: "\r\n", relax_column_count: false });
        // The parser reads UTF-8, as the browser receives it: a lone surrogate arrives as U+FFFD.
        const expected = [header, ...padded].map((row) =>
          row.map((cell) =>
            cell === null
              ? ""
              : typeof cell === "number"
                ? Number.isFinite(cell)
                  ? String(cell)
                  : ""
                : (looksLikeFormula(cell) ? `${NEUTRALISER}${cell}` : cell).toWellFormed(),
          ),
        );
        expect(read).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("toXlsx", () => {
  it(`stores every text cell as text, never as a formula (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textCell, { minLength: 1, maxLength: 6 }), async (cells) => {
        const bytes = await toXlsx([{ title: "fuzz", header: ["値"], rows: cells.map((cell) => [cell]) }]);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        expect(sheet).toBeDefined();
        sheet?.eachRow((row) =>
          row.eachCell({ includeEmpty: false }, (cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            expect(typeof cell.value).toBe("string");
          }),
        );
      }),
      { seed: SEED, numRuns: 15 },
    );
  }, 30_000);

  // Sheet names are built from unit names (bureau and section names come from the personnel
  // import, up to 100 characters of any text). ExcelJS refuses a name that starts or, after the
  // cut to 31 characters, ends with an apostrophe.
  it(`builds a workbook whatever the unit name in its sheet title (seed ${SEED})`, async () => {
    const unitName = fc.oneof(
      fc.string({ maxLength: 40 }),
      hostileString.filter((text) => text.length <= 100),
      fc.constantFrom("'", "健康福祉局'", `${"あ".repeat(30)}'局`),
    );
    await fc.assert(
      fc.asyncProperty(unitName, async (name) => {
        await expect(toXlsx([{ title: `${name}_課別の状況_令和8年度`, header: ["課"], rows: [] }])).resolves.toBeInstanceOf(Uint8Array);
      }),
      { seed: SEED, numRuns: 100 },
    );
  }, 30_000);
});

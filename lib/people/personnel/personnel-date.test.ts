import { describe, expect, it } from "vitest";
import { parsePersonnelDate } from "./personnel-date";

const read = (cell: string) => {
  const parsed = parsePersonnelDate(cell);
  return parsed.ok ? parsed.date : parsed.reason;
};

describe("parsePersonnelDate", () => {
  it("reads 和暦 as the personnel system writes it", () => {
    expect(read("令和8年4月1日")).toBe("2026-04-01");
    expect(read("R8.4.1")).toBe("2026-04-01");
    expect(read("R08/04/01")).toBe("2026-04-01");
    expect(read("r8-4-1")).toBe("2026-04-01");
    expect(read("平成31年4月30日")).toBe("2019-04-30");
    expect(read("H31.4.30")).toBe("2019-04-30");
    expect(read("令和元年5月1日")).toBe("2019-05-01");
    expect(read("令和元.5.1")).toBe("2019-05-01");
    expect(read("平成元年1月8日")).toBe("1989-01-08");
    expect(read("昭和63年4月1日")).toBe("1988-04-01");
    expect(read("S63.4.1")).toBe("1988-04-01");
  });

  it("reads 西暦 with slashes, hyphens, dots or 年月日", () => {
    expect(read("2026/4/1")).toBe("2026-04-01");
    expect(read("2026-04-01")).toBe("2026-04-01");
    expect(read("2026.4.1")).toBe("2026-04-01");
    expect(read("2026年4月1日")).toBe("2026-04-01");
    expect(read("2024/2/29")).toBe("2024-02-29");
  });

  it("reads full-width digits, letters and separators, era signs and stray spaces", () => {
    expect(read("令和８年４月１日")).toBe("2026-04-01");
    expect(read("Ｒ８．４．１")).toBe("2026-04-01");
    expect(read("２０２６／０４／０１")).toBe("2026-04-01");
    expect(read("２０２６－０４－０１")).toBe("2026-04-01");
    expect(read("㋿8年4月1日")).toBe("2026-04-01");
    expect(read("㍻31年4月30日")).toBe("2019-04-30");
    expect(read(" 令和 8年 4月 1日 ")).toBe("2026-04-01");
  });

  it("refuses a day outside its era, on both sides of each boundary", () => {
    expect(read("平成31年5月1日")).toBe("outsideEra");
    expect(read("H31.5.1")).toBe("outsideEra");
    expect(read("令和元年4月30日")).toBe("outsideEra");
    expect(read("令和1年4月30日")).toBe("outsideEra");
    expect(read("昭和64年1月8日")).toBe("outsideEra");
    expect(read("昭和64年1月7日")).toBe("1989-01-07");
    expect(read("平成元年1月7日")).toBe("outsideEra");
    expect(read("平成40年4月1日")).toBe("outsideEra");
  });

  it("refuses what is not a real date or not a form it knows", () => {
    for (const cell of [
      "",
      "2026-02-30",
      "2025/2/29",
      "2026-4/1",
      "20260401",
      "26/4/1",
      "令和8年13月1日",
      "令和0年4月1日",
      "R8",
      "令和8年4月1",
      "大正15年1月1日",
      "X8.4.1",
      "2026/4/1/1",
      "明日",
    ]) {
      expect(read(cell), cell).toBe("malformedDate");
    }
  });
});

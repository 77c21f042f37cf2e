import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";
import { fileNameFromDisposition } from "./read-disposition";

describe("fileNameFromDisposition", () => {
  it("reads back the Japanese name the routes write", () => {
    for (const name of ["健康福祉局_課別の状況_令和8年度.csv", "局・区別の状況 (2026)!'*.xlsx", "plain.csv"]) {
      expect(fileNameFromDisposition(attachmentDisposition(name, "fallback.csv"))).toBe(name);
    }
  });

  it("falls back to the ASCII name, and to nothing", () => {
    expect(fileNameFromDisposition('attachment; filename="sections.csv"')).toBe("sections.csv");
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=\"x.csv\"")).toBe("x.csv");
    expect(fileNameFromDisposition("attachment")).toBeUndefined();
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });
});

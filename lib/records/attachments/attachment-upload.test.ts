import { describe, expect, it } from "vitest";
import { safeFileName } from "./attachment-upload";

describe("an uploaded certificate's file name", () => {
  it("loses direction controls and zero-width characters, so it reads in the order it is written", () => {
    // Shown as 修了証fdp.exe…, the override would make it read "修了証" + "exe.pdf" backwards.
    expect(safeFileName("修了証\u202Efdp.exe.pdf", "application/pdf")).toBe("修了証fdp.exe.pdf");
    expect(safeFileName("\u2067修了証\u2069\u200B\u200E.png", "image/png")).toBe("修了証.png");
    expect(safeFileName("合格\u200D証\uFEFF\u2060.jpg", "image/jpeg")).toBe("合格証.jpg");
    expect(safeFileName("\u061C\u200F\u202A\u202B\u202C\u202D\u2066\u2068\u200C", "application/pdf")).toBe("certificate.pdf");
  });

  it("keeps what it did before: no path, no control characters, the detected type's extension", () => {
    expect(safeFileName("C:\\scans\\修了証.PDF", "application/pdf")).toBe("修了証.pdf");
    expect(safeFileName("../x\u0000.html", "image/png")).toBe("x.html.png");
  });
});

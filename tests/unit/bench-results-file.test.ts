import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeResults } from "@/tests/bench/results-file";

const block = (meta: object, body: string) => `<!-- bench:block ${JSON.stringify(meta)} -->\n${body}\n<!-- /bench:block -->`;

// The analysis in RESULTS.md is written by hand between runs: a run must never lose it.
describe("RESULTS.md blocks", () => {
  it("keeps the hand-written analysis and this format's other blocks, drops the older tables", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-results-")), "RESULTS.md");
    writeFileSync(
      file,
      [
        "# old preamble",
        block({ key: "growth", staff: 0 }, "old growth"),
        block({ key: "analysis", staff: 1 }, "## Hand-written\n\nkept | as is"),
        block({ key: "scale:full", staff: 15000 }, "old full table"),
        block({ key: "node", staff: 0, format: 2 }, "node comparison"),
      ].join("\n\n"),
    );
    writeResults(file, [{ key: "scale:full", staff: 15000, body: "new full table" }]);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("## Hand-written\n\nkept | as is");
    expect(text).toContain("node comparison");
    expect(text).toContain("new full table");
    expect(text).not.toContain("old full table");
    expect(text).not.toContain("old growth");
  });
});

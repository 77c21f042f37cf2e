import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, SERVER_SEMI_SPACE_MB, serverNodeOptions } from "./server-heap";

describe("the server processes' NODE_OPTIONS", () => {
  it("adds the heap limit and the nursery's size where the operator names neither", () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_MB} --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`);
    expect(serverNodeOptions("--enable-source-maps")).toBe(
      `--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB} --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
    );
  });

  it("leaves each size the operator gives as given", () => {
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe(`--max-old-space-size=1024 --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`);
    expect(serverNodeOptions("--max-semi-space-size=16")).toBe(`--max-semi-space-size=16 --max-old-space-size=${SERVER_HEAP_MB}`);
    expect(serverNodeOptions("--max-semi-space-size=16 --max-old-space-size=768")).toBe("--max-semi-space-size=16 --max-old-space-size=768");
  });
});

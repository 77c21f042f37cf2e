import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";

/** A computation that counts its runs and answers a plain JSON value. */
function counted(value: unknown, delayMs = 0) {
  const runs = { count: 0 };
  const compute = async () => {
    runs.count += 1;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return value;
  };
  return { runs, compute };
}

describe("shared dashboard figures", () => {
  it("computes once and answers every later call from the shared copy while it is fresh", async () => {
    const name = `test.${randomUUID()}`;
    const { runs, compute } = counted({ members: 12, rate: 41.7, rows: [{ id: 1, name: "健康福祉局" }] });
    expect(await sharedFigures(name, { fy: 2026 }, compute, 60)).toEqual({ members: 12, rate: 41.7, rows: [{ id: 1, name: "健康福祉局" }] });
    expect(await sharedFigures(name, { fy: 2026 }, compute, 60)).toEqual({ members: 12, rate: 41.7, rows: [{ id: 1, name: "健康福祉局" }] });
    expect(runs.count).toBe(1);
  });

  it("keeps other inputs (another scope, other filters) apart", async () => {
    const name = `test.${randomUUID()}`;
    const a = counted("a");
    const b = counted("b");
    expect(await sharedFigures(name, { paths: ["/1/"] }, a.compute, 60)).toBe("a");
    expect(await sharedFigures(name, { paths: ["/2/"] }, b.compute, 60)).toBe("b");
    expect(await sharedFigures(name, { paths: ["/1/"] }, b.compute, 60)).toBe("a");
    expect([a.runs.count, b.runs.count]).toEqual([1, 1]);
  });

  it("lets one of many simultaneous first requests compute, the others wait for its result", async () => {
    const name = `test.${randomUUID()}`;
    const { runs, compute } = counted([1, 2, 3], 300);
    const answers = await Promise.all(Array.from({ length: 5 }, () => sharedFigures(name, {}, compute, 60)));
    expect(answers).toEqual(Array.from({ length: 5 }, () => [1, 2, 3]));
    expect(runs.count).toBe(1);
  });

  it("answers a copy past its limit at once while it is counted again behind it, but not one twice as old", async () => {
    const name = `test.${randomUUID()}`;
    let value = "first";
    const runs = { count: 0 };
    const compute = async () => {
      runs.count += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return value;
    };
    expect(await sharedFigures(name, {}, compute, 1)).toBe("first");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    value = "second";
    // Past the limit: the old copy at once (the recount takes 300 ms), the new one once counted.
    const started = performance.now();
    const readers = await Promise.all([sharedFigures(name, {}, compute, 1), sharedFigures(name, {}, compute, 1)]);
    expect(readers).toEqual(["first", "first"]);
    expect(performance.now() - started).toBeLessThan(250);
    await vi.waitFor(async () => expect(await sharedFigures(name, {}, compute, 1)).toBe("second"), { timeout: 3_000, interval: 50 });
    expect(runs.count).toBe(2);
    // Twice the limit and more: counted before answering.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    value = "third";
    expect(await sharedFigures(name, {}, compute, 1)).toBe("third");
    expect(runs.count).toBe(3);
  });

  it("computes again once the copy is older than twice the limit, and not at all with a limit of 0", async () => {
    const name = `test.${randomUUID()}`;
    const { runs, compute } = counted(7);
    await sharedFigures(name, {}, compute, 1);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await sharedFigures(name, {}, compute, 1);
    expect(runs.count).toBe(2);
    await sharedFigures(name, {}, compute, 0);
    await sharedFigures(name, {}, compute, 0);
    expect(runs.count).toBe(4);
  });
});

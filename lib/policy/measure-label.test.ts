import { describe, expect, it } from "vitest";
import { areaLabel, circledNumber, measureLabel } from "./measure-label";

describe("measure labels", () => {
  it("write a measure as the policy numbers it, with its area", () => {
    expect(measureLabel({ areaNumber: 1, number: 1, name: "キャリア形成の支援" })).toBe("（1）①キャリア形成の支援");
    expect(measureLabel({ areaNumber: 3, number: 3, name: "業務効率化の推進" })).toBe("（3）③業務効率化の推進");
    expect(areaLabel({ number: 2, name: "計画的・効果的な人材マネジメント" })).toBe("（2）計画的・効果的な人材マネジメント");
  });

  it("circles 1 to 20 and writes a number past them in parentheses", () => {
    expect([1, 13, 20].map(circledNumber)).toEqual(["①", "⑬", "⑳"]);
    expect(circledNumber(21)).toBe("(21)");
  });
});

import { describe, expect, it } from "vitest";
import { isRankBand, rankBandOf, ranksOf } from "./rank-bands";

describe("rank bands", () => {
  it("puts each rank of the demo organisation in one band", () => {
    expect(["主事", "技師", "主任"].map(rankBandOf)).toEqual(["STAFF", "STAFF", "STAFF"]);
    expect(["係長", "課長補佐"].map(rankBandOf)).toEqual(["CHIEF", "CHIEF"]);
    expect(["課長", "部長", "次長", "副区長", "局長", "区長"].map(rankBandOf)).toEqual(Array(6).fill("MANAGER"));
  });

  it("leaves an unknown rank out of every band instead of guessing", () => {
    expect(rankBandOf("嘱託")).toBeNull();
    expect(rankBandOf(" 係長 ")).toBe("CHIEF");
  });

  it("no rank sits in two bands", () => {
    const all = [...ranksOf("STAFF"), ...ranksOf("CHIEF"), ...ranksOf("MANAGER")];
    expect(new Set(all).size).toBe(all.length);
  });

  it("accepts only the band keys from a URL", () => {
    expect(isRankBand("CHIEF")).toBe(true);
    expect(isRankBand("toString")).toBe(false);
    expect(isRankBand(undefined)).toBe(false);
  });
});

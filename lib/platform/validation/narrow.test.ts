import { describe, expect, it } from "vitest";
import { isKeyOf, isOneOf, keysOf, recordOf } from "./narrow";

describe("narrowing without a cast", () => {
  it("accepts only the listed literals and the record's own keys", () => {
    expect(["wareki", "gregorian", "WAREKI", null, 1].map((value) => isOneOf(["wareki", "gregorian"], value))).toEqual([true, true, false, false, false]);
    const messages = { OidcDeparted: "departed" };
    expect([isKeyOf(messages, "OidcDeparted"), isKeyOf(messages, "toString"), isKeyOf(messages, "__proto__")]).toEqual([true, false, false]);
  });

  it("lists a record's keys and builds a complete one from a key list", () => {
    expect(keysOf({ a: 1, b: 2 })).toEqual(["a", "b"]);
    expect(recordOf(["ADD", "LEAVE"], (kind) => kind.length)).toEqual({ ADD: 3, LEAVE: 5 });
  });
});

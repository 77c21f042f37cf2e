import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, LEGACY_AUDIT_ACTIONS } from "./audit-actions";

// `area.verb` or `area.thing.verb`: lower-case words joined by hyphens, segments by dots.
const WORD = "[a-z]+(?:-[a-z]+)*";
const NAME = new RegExp(`^${WORD}(?:\\.${WORD}){1,2}$`);

describe("AUDIT_ACTIONS", () => {
  it("lists each name once, in order, so that a new one has one place to go", () => {
    expect([...AUDIT_ACTIONS]).toEqual([...new Set(AUDIT_ACTIONS)].sort());
  });

  it("names every action by the rule, except the legacy names kept as recorded", () => {
    const legacy = new Set<string>(LEGACY_AUDIT_ACTIONS);
    expect(AUDIT_ACTIONS.filter((action) => !legacy.has(action) && !NAME.test(action))).toEqual([]);
  });
});

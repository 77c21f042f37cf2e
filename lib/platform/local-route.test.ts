import { describe, expect, it } from "vitest";
import { localRoute } from "./local-route";

describe("localRoute", () => {
  it("keeps a path within the portal, with its query and fragment", () => {
    expect(localRoute("/plans/12")).toBe("/plans/12");
    expect(localRoute("/team?unit=3&sort=name#members")).toBe("/team?unit=3&sort=name#members");
  });

  it("sends anything that would leave the portal to its start", () => {
    for (const href of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "plans/12", ""]) {
      expect(localRoute(href)).toBe("/");
    }
  });
});

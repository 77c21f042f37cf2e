import { describe, expect, it } from "vitest";
import { pageOf, parseTeamViewParams, teamHref } from "./view-params";

describe("team view params", () => {
  it("reads a unit and a page, dropping what does not parse", () => {
    expect(parseTeamViewParams({ unit: "12", page: "3" })).toEqual({ unitId: 12, page: 3 });
    expect(parseTeamViewParams({ unit: "x", page: "-1" })).toEqual({ unitId: null, page: 1 });
    expect(parseTeamViewParams({ unit: ["1", "2"] })).toEqual({ unitId: null, page: 1 });
    expect(parseTeamViewParams({ unit: "99999999999" })).toEqual({ unitId: null, page: 1 });
  });

  it("pages rows and keeps the page within range", () => {
    const rows = Array.from({ length: 65 }, (_, i) => i);
    expect(pageOf(rows, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(rows, 3).rows).toEqual([60, 61, 62, 63, 64]);
    expect(pageOf(rows, 9).page).toBe(3);
    expect(pageOf([], 2)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("builds links without empty values", () => {
    expect(teamHref("/team", { unit: 5, sort: "name", page: null }, "members")).toBe("/team?unit=5&sort=name#members");
    expect(teamHref("/team/ojt", {})).toBe("/team/ojt");
  });
});

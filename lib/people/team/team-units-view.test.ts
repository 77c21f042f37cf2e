import { describe, expect, it } from "vitest";
import type { TeamUnitFigures } from "./summarise-team-units";
import { parseTeamUnitsView, sortTeamUnits, teamUnitsQuery } from "./team-units-view";

const base: TeamUnitFigures = {
  id: 0,
  name: "",
  trail: ["消防局"],
  direct: false,
  staff: 10,
  young: 2,
  plansApproved: 5,
  plansSubmitted: 2,
  plansReturned: 1,
  plansDraft: 1,
  plansNone: 1,
  commitmentsPlanned: 20,
  commitmentsDone: 5,
  overdue: 0,
  trainingHours: 100,
  interviewed: 5,
  ojtPlans: 1,
  ojtCovered: 1,
  ojtCompleted: 0,
  ojtSessionsThisQuarter: 3,
};
const units: TeamUnitFigures[] = [
  { ...base, id: 1, name: "総務部", trail: ["消防局", "総務部"], staff: 156, interviewed: 78 },
  { ...base, id: 2, name: "警防部", trail: ["消防局", "警防部"], staff: 4, interviewed: 3, overdue: 7 },
  { ...base, id: 3, name: "予防部", trail: ["消防局", "予防部"], staff: 0, interviewed: 0, young: 0, ojtCovered: 0 },
];

describe("the units table's order", () => {
  it("reads its own parameters, usort and udir, beside the people table's sort", () => {
    const view = parseTeamUnitsView({ sort: "name", usort: "overdue", udir: "desc" }, "team");
    expect(view).toMatchObject({ sort: "overdue", dir: "desc" });
    expect(teamUnitsQuery(view)).toEqual({ usort: "overdue", udir: "desc" });
    // A column of another page's table, or none: the organisation's order, nothing in the URL.
    expect(parseTeamUnitsView({ usort: "ojtSessions" }, "interviews").sort).toBeNull();
    expect(teamUnitsQuery(parseTeamUnitsView({}, "team"))).toEqual({});
    expect(teamUnitsQuery(parseTeamUnitsView({ usort: "staff", udir: "asc" }, "team"))).toEqual({ usort: "staff" });
  });

  it("keeps the organisation's order until a column is chosen", () => {
    expect(sortTeamUnits(units, parseTeamUnitsView({}, "team")).map((unit) => unit.id)).toEqual([1, 2, 3]);
  });

  it("sorts a column with a share by the share, so a small unit is not ranked by its size, and a unit of nobody last", () => {
    const interviewed = (dir: string) => sortTeamUnits(units, parseTeamUnitsView({ usort: "interviewed", udir: dir }, "team")).map((unit) => unit.id);
    expect(interviewed("desc")).toEqual([2, 1, 3]);
    expect(interviewed("asc")).toEqual([1, 2, 3]);
  });

  it("sorts counts as counts, most first when asked", () => {
    expect(sortTeamUnits(units, parseTeamUnitsView({ usort: "overdue", udir: "desc" }, "team")).map((unit) => unit.id)).toEqual([2, 1, 3]);
    expect(sortTeamUnits(units, parseTeamUnitsView({ usort: "staff" }, "team")).map((unit) => unit.id)).toEqual([3, 2, 1]);
  });
});

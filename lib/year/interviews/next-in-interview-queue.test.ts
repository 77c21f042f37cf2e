import { describe, expect, it } from "vitest";
import type { TeamInterviewRow } from "./find-team-interviews";
import { nextInInterviewQueue } from "./next-in-interview-queue";

const row = (employeeId: number, count: number, canHold = true): TeamInterviewRow => ({
  employeeId,
  name: `職員 ${employeeId}`,
  nameKana: "ショクイン",
  rank: "主事",
  unitTrail: ["総務局"],
  count,
  lastHeldOn: null,
  kinds: [],
  pendingActions: 0,
  interviews: [],
  canHold,
});
const team = (rows: TeamInterviewRow[]) => ({ rows });

describe("the interview queue after a record", () => {
  it("leads to the first member without an interview this year whom the supervisor holds, never the one just seen", () => {
    expect(nextInInterviewQueue(team([row(1, 0), row(2, 0, false), row(3, 0), row(4, 2)]), 1)).toEqual({
      href: "/team/interviews/new?employee=3",
      key: "nextInterview",
      values: { name: "職員 3" },
    });
  });

  it("is empty when everyone has been seen, or the view lists no members", () => {
    expect(nextInInterviewQueue(team([row(1, 1), row(2, 3)]), 1)).toBeNull();
    expect(nextInInterviewQueue(team([]), 1)).toBeNull();
  });
});

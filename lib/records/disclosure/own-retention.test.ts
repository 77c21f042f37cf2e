import { describe, expect, it } from "vitest";
import { UNSET_RETENTION } from "@/lib/records/retention/retention-settings";
import { describeOwnRetention } from "./own-retention";

const records = {
  plans: [
    { fiscalYear: 2020, transferWishFields: "福祉分野", transferWishComment: "" },
    { fiscalYear: 2021, transferWishFields: "", transferWishComment: "" },
  ],
  interviews: [{ heldOn: new Date(Date.UTC(2024, 2, 15)) }],
  // 2024-03-31 23:30 in Japan is still FY2023 there, though already 1 April nowhere.
  attachments: [{ fileName: "修了証.pdf", createdAt: new Date(Date.UTC(2024, 2, 31, 14, 30)) }],
  oldestAuditAt: new Date(Date.UTC(2022, 3, 1, 0, 0)),
};

describe("what the disclosure says is kept until when", () => {
  it("says nothing is destroyed while no period is set", () => {
    const kept = describeOwnRetention(UNSET_RETENTION, records);
    expect(kept.transferWishes).toEqual([{ fiscalYear: 2020, keptUntil: null }]);
    expect(kept.interviews).toEqual([{ heldOn: "2024-03-15", sharedNotesKeptUntil: null, supervisorNotesKeptUntil: null }]);
  });

  it("counts each record from the end of its own fiscal year, in Japan", () => {
    const kept = describeOwnRetention({ transferWishes: 5, interviewPrivateNotes: 1, interviewSharedNotes: 3, attachments: 2, auditTrail: 10 }, records);
    expect(kept.transferWishes).toEqual([{ fiscalYear: 2020, keptUntil: "2026-03-31" }]);
    expect(kept.interviews).toEqual([{ heldOn: "2024-03-15", sharedNotesKeptUntil: "2027-03-31", supervisorNotesKeptUntil: "2025-03-31" }]);
    expect(kept.attachments).toEqual([{ fileName: "修了証.pdf", uploadedOn: "2024-03-31", keptUntil: "2026-03-31" }]);
    expect(kept.auditTrail).toEqual({ oldestOn: "2022-04-01", keptUntil: "2033-03-31" });
  });
});

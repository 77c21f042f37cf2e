import { describe, expect, it } from "vitest";
import { actionsFromForm, fieldOfSlot, interviewInputSchema } from "./schemas";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe("actionsFromForm", () => {
  it("leaves out empty slots and withdrawn proposals, remembering each action's slot", () => {
    const { actions, slots } = actionsFromForm(
      form({
        "actions.0.title": "",
        "actions.0.measureId": "",
        "actions.1.id": "7",
        "actions.1.title": "残す",
        "actions.1.measureId": "3",
        "actions.2.id": "8",
        "actions.2.title": "取り消す",
        "actions.2.measureId": "3",
        "actions.2.remove": "on",
        "actions.4.title": "  施策なし  ",
      }),
    );
    expect(actions).toEqual([
      { id: "7", title: "残す", measureId: "3" },
      { id: "", title: "施策なし", measureId: "" },
    ]);
    expect(slots).toEqual([1, 4]);
  });

  it("puts an error of the compacted list back on the form's slot", () => {
    expect(fieldOfSlot("actions.1.measureId", [1, 4])).toBe("actions.4.measureId");
    expect(fieldOfSlot("actions", [1, 4])).toBe("actions");
    expect(fieldOfSlot("heldOn", [1, 4])).toBe("heldOn");
  });
});

describe("interviewInputSchema", () => {
  const base = { employeeId: "3", heldOn: "2026-05-15", kind: "MID_YEAR" };

  it("accepts a form with no actions and fills the optional texts", () => {
    expect(interviewInputSchema.parse(base)).toEqual({ ...base, employeeId: 3, agenda: "", sharedNotes: "", privateNotes: "", agreedActions: "", actions: [] });
  });

  it("refuses an action without a measure, and a sixth action", () => {
    const missing = interviewInputSchema.safeParse({ ...base, actions: [{ id: "", title: "取組", measureId: "" }] });
    expect(missing.error?.issues[0]?.path).toEqual(["actions", 0, "measureId"]);
    const six = interviewInputSchema.safeParse({ ...base, actions: Array.from({ length: 6 }, () => ({ title: "取組", measureId: "1" })) });
    expect(six.error?.issues[0]?.message).toBe("validation.tooManyActions");
  });
});

import { describe, expect, it } from "vitest";
import { notificationMessageValues } from "./message-values";

describe("a notification's message values", () => {
  it("keep what was stored and show a stored date in the reader's calendar", () => {
    const stored = { name: "社会福祉士", date: "2027-01-02" };
    expect(notificationMessageValues(stored, undefined, "ja")).toEqual({ name: "社会福祉士", title: "", date: "令和9年1月2日" });
    expect(notificationMessageValues(stored, undefined, "ja-u-ca-gregory").date).toBe("2027年1月2日");
    expect(notificationMessageValues(stored, undefined, "en").date).toBe("2 Jan 2027");
  });

  it("name the actor where nothing was stored, and pass counts through", () => {
    expect(notificationMessageValues({}, "泉 健太", "ja")).toEqual({ name: "泉 健太", title: "" });
    expect(notificationMessageValues({ count: 3 }, undefined, "ja")).toEqual({ count: 3, name: "", title: "" });
    expect(notificationMessageValues(null, undefined, "ja")).toEqual({ name: "", title: "" });
  });
});

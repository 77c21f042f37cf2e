import { describe, expect, it } from "vitest";
import { auditRecordHref } from "./record-links";

describe("auditRecordHref", () => {
  it("links a plan, an OJT plan, an interview and a person to their pages", () => {
    expect(auditRecordHref("development_plan", "66877")).toBe("/plans/66877");
    expect(auditRecordHref("ojt_plan", "12")).toBe("/ojt/12");
    expect(auditRecordHref("career_interview", "3")).toBe("/interviews/3");
    expect(auditRecordHref("employee", "140036")).toBe("/city/staff/140036");
  });

  it("links nothing without a page, or without a plain id", () => {
    expect(auditRecordHref("setting", "countVerifiedOnly")).toBeNull();
    expect(auditRecordHref("commitment", "5")).toBeNull();
    expect(auditRecordHref("employee", null)).toBeNull();
    expect(auditRecordHref("employee", "0")).toBeNull();
    expect(auditRecordHref("employee", "../admin")).toBeNull();
  });
});

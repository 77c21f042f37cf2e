import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditTrailQuery } from "@/lib/insight/audit-trail/filters";
import { REDACTED } from "@/lib/insight/audit-trail/redact";
import { exportAuditTrail, searchAuditTrail } from "@/lib/insight/audit-trail/search";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Rows of our own, with an action prefix no one else uses and timestamps in a far-future day,
 * so that searches return exactly them although other files write audit rows in parallel.
 */
const prefix = `it-audit-${randomUUID().slice(0, 8)}.`;
const actors = {} as Record<"hr" | "employee" | "supervisor", Actor>;
const ids: bigint[] = [];
// 2090-05-10 23:30 and 2090-05-11 00:30 in Tokyo: either side of a Tokyo midnight (14:30 / 15:30 UTC).
const late = new Date("2090-05-10T14:30:00Z");
const early = new Date("2090-05-10T15:30:00Z");

beforeAll(async () => {
  for (const [key, staffNumber] of [
    ["hr", "demo-hr"],
    ["employee", "demo-employee"],
    ["supervisor", "demo-supervisor"],
  ] as const) {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, tokyoDate());
    if (!actor) throw new Error(staffNumber);
    actors[key] = actor;
  }
  const a = await db.auditLog.create({
    data: {
      at: late,
      actorId: actors.supervisor.employeeId,
      action: `${prefix}update`,
      entity: "career_interview",
      entityId: "0",
      detail: { before: { privateNotes: "秘密のメモ", sharedNotes: "共有" }, after: { privateNotes: '=HYPERLINK("x")' } },
    },
  });
  const b = await db.auditLog.create({
    data: {
      at: early,
      actorId: actors.employee.employeeId,
      action: `${prefix}view`,
      entity: "employee",
      entityId: String(actors.employee.employeeId),
      detail: { transferWishComment: "異動したい", fiscalYear: 2090 },
    },
  });
  ids.push(a.id, b.id);
});

afterAll(async () => {
  // The portal offers no delete; the test cleans up its own rows directly.
  await db.auditLog.deleteMany({
    where: {
      OR: [
        { id: { in: ids } },
        {
          action: { in: ["audit.search", "export.audit"] satisfies AuditAction[] },
          actorId: actors.hr?.employeeId,
          detail: { path: ["action"], string_starts_with: prefix },
        },
      ],
    },
  });
});

describe("audit trail", () => {
  it("is the HR division's only: anyone else gets NOT_FOUND", async () => {
    await expect(searchAuditTrail(actors.employee, { action: prefix })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(searchAuditTrail(actors.supervisor, { action: prefix })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportAuditTrail(actors.employee, { action: prefix })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("finds exactly our rows by action prefix, newest first, with private values hidden", async () => {
    const page = await searchAuditTrail(actors.hr, { action: prefix });
    expect(page.rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect(page.nextBefore).toBeNull();
    const [view, update] = page.rows;
    expect(update).toMatchObject({ actorStaffNumber: "demo-supervisor", action: `${prefix}update`, entity: "career_interview", entityId: "0" });
    expect(update?.detail).toEqual({ before: { privateNotes: REDACTED, sharedNotes: "共有" }, after: { privateNotes: REDACTED } });
    expect(view?.detail).toEqual({ transferWishComment: REDACTED, fiscalYear: 2090 });
    expect(JSON.stringify(page.rows.map((r) => r.detail))).not.toContain("秘密");
  });

  it("narrows by actor staff number, by subject and by Tokyo date range", async () => {
    const byActor = await searchAuditTrail(actors.hr, { action: prefix, actorStaffNumber: "demo-supervisor" });
    expect(byActor.rows.map((r) => r.id)).toEqual([ids[0]]);
    expect((await searchAuditTrail(actors.hr, { action: prefix, actorStaffNumber: "no-such-person" })).rows).toEqual([]);

    const bySubject = await searchAuditTrail(actors.hr, { action: prefix, subjectStaffNumber: "demo-employee" });
    expect(bySubject.rows.map((r) => r.id)).toEqual([ids[1]]);

    // 23:30 on the 10th and 00:30 on the 11th, Tokyo time.
    const the10th = await searchAuditTrail(actors.hr, { action: prefix, from: { year: 2090, month: 5, day: 10 }, to: { year: 2090, month: 5, day: 10 } });
    expect(the10th.rows.map((r) => r.id)).toEqual([ids[0]]);
    const the11th = await searchAuditTrail(actors.hr, { action: prefix, from: { year: 2090, month: 5, day: 11 } });
    expect(the11th.rows.map((r) => r.id)).toEqual([ids[1]]);
    const both = await searchAuditTrail(actors.hr, parseAuditTrailQuery({ action: prefix, from: "2090-05-10", to: "2090-05-11" }) ?? {});
    expect(both.rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect((await searchAuditTrail(actors.hr, { action: prefix, to: { year: 2090, month: 5, day: 9 } })).rows).toEqual([]);
  });

  it("pages by id: the cursor returns the older rows", async () => {
    const older = await searchAuditTrail(actors.hr, { action: prefix, before: ids[1] });
    expect(older.rows.map((r) => r.id)).toEqual([ids[0]]);
  });

  it("audits every search with its filters", async () => {
    await searchAuditTrail(actors.hr, { action: prefix, actorStaffNumber: "demo-supervisor", from: { year: 2090, month: 5, day: 1 } });
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "audit.search" satisfies AuditAction, actorId: actors.hr.employeeId },
      orderBy: { id: "desc" },
    });
    expect(row.detail).toEqual({ action: prefix, actor: "demo-supervisor", from: "2090-05-01" });
  });

  it("exports the search as CSV with the private values hidden and formulas neutralised, and audits it", async () => {
    const file = await exportAuditTrail(actors.hr, { action: prefix, before: ids[0] });
    expect(file.truncated).toBe(false);
    expect(file.rowCount).toBe(2); // the page cursor is ignored
    const csv = (await Array.fromAsync(file.csv)).join("");
    expect(csv.startsWith("\uFEFF日時,職員番号,氏名,操作,対象,対象ID,詳細\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4); // header, two rows, the final line ending
    expect(csv).toContain("2090-05-11 00:30:00,demo-employee");
    expect(csv).toContain("2090-05-10 23:30:00,demo-supervisor");
    expect(csv).toContain(REDACTED);
    expect(csv).not.toContain("秘密");
    expect(csv).not.toContain("HYPERLINK");
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "export.audit" satisfies AuditAction, actorId: actors.hr.employeeId },
      orderBy: { id: "desc" },
    });
    expect(row.detail).toEqual({ action: prefix, rows: 2, truncated: false });
  });

  it("writes the export batch by batch, newest first, without the rows written meanwhile", async () => {
    const whole = await exportAuditTrail(actors.hr, { action: prefix });
    const byOne = await exportAuditTrail(actors.hr, { action: prefix }, db, 1);
    // A matching row written after the exports began, before a byte of them was read, stays out.
    await db.auditLog.create({ data: { actorId: actors.hr.employeeId, action: `${prefix}later`, entity: "employee", entityId: "0" } });
    const [a, b] = [(await Array.fromAsync(whole.csv)).join(""), (await Array.fromAsync(byOne.csv)).join("")];
    expect(b).toBe(a);
    expect(whole.rowCount).toBe(2);
    expect(a.split("\r\n").slice(1, -1)).toHaveLength(2);
    expect(a).not.toContain(`${prefix}later`);
  });
});

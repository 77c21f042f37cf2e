import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { collectOwnRecords } from "@/lib/records/disclosure/collect-own-records";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readRetentionSettings, RETENTION_SETTINGS_KEY, type RetentionSettings } from "@/lib/records/retention/retention-settings";
import { runRetention } from "@/lib/records/retention/run-retention";
import { saveRetentionSettings } from "@/lib/records/retention/save-retention-settings";
import { closeOwnDatabase, openOwnDatabase, ownClient } from "@/tests/support/own-database";
import { expectAppError, seededActor } from "@/tests/support/plan-fixtures";

// A database of its own: a retention run blanks every expired record of the city, and the
// settings are the city's, so no other file may see them change.
vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

const today = tokyoDate();
const FY = fiscalYearOf(today);
const EXPIRED_FY = FY - 9; // ended more than five years ago
const KEPT_FY = FY - 3; // ended three years ago at most: kept for five
const MARKER = "保存期間-試験";

let hr: Actor;
let employee: Actor;
let expiredPlan: { id: number; version: number };
let keptPlan: { id: number; version: number };

const periods = (more: Partial<RetentionSettings>): RetentionSettings => ({
  transferWishes: null,
  interviewPrivateNotes: null,
  interviewSharedNotes: null,
  attachments: null,
  auditTrail: null,
  ...more,
});

async function setPeriods(settings: RetentionSettings) {
  const { version } = await readRetentionSettings(db);
  await saveRetentionSettings(hr, { ...settings, version });
}

async function planWithWish(fiscalYear: number) {
  await db.developmentPlan.deleteMany({ where: { employeeId: employee.employeeId, fiscalYear } });
  const plan = await db.developmentPlan.create({
    data: { employeeId: employee.employeeId, fiscalYear, transferWishFields: `${MARKER}-${fiscalYear}`, transferWishComment: "福祉の現場へ" },
    select: { id: true, version: true },
  });
  // The plan's audit rows carry the wishes too (before → after), as a plan update writes them.
  await db.auditLog.create({
    data: {
      actorId: employee.employeeId,
      action: "plan.update" satisfies AuditAction,
      entity: "development_plan",
      entityId: String(plan.id),
      detail: { before: {}, after: { transferWishFields: `${MARKER}-${fiscalYear}`, visionNow: "残る" } },
    },
  });
  return plan;
}

beforeAll(async () => {
  await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_retention");
  hr = await seededActor({ staffNumber: "demo-hr" });
  employee = await seededActor({ staffNumber: "demo-employee" });
  expiredPlan = await planWithWish(EXPIRED_FY);
  keptPlan = await planWithWish(KEPT_FY);
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
}, 60_000);

describe("retention settings", () => {
  it("keep everything until the HR division sets a period: a run then destroys nothing", async () => {
    const counts = await runRetention(ownClient(), today);
    expect(counts).toEqual({ transferWishes: 0, interviewPrivateNotes: 0, interviewSharedNotes: 0, attachments: 0, auditTrail: 0, auditDetailsErased: 0 });
    expect((await db.developmentPlan.findUniqueOrThrow({ where: { id: expiredPlan.id } })).transferWishFields).toBe(`${MARKER}-${EXPIRED_FY}`);
  });

  it("are validated, version-guarded and audited", async () => {
    await expectAppError(saveRetentionSettings(hr, { ...periods({ auditTrail: 2 }), version: 0 }), "INVALID_INPUT", "auditTrail", "auditTrailYears");
    await expectAppError(saveRetentionSettings(hr, { ...periods({ transferWishes: 31 }), version: 0 }), "INVALID_INPUT", "transferWishes", "retentionYears");
    await setPeriods(periods({ transferWishes: 5 }));
    // A colleague's form from before that save is refused rather than undoing it.
    await expectAppError(saveRetentionSettings(hr, { ...periods({ transferWishes: 7 }), version: 0 }), "CONFLICT");
    expect((await readRetentionSettings(db)).settings.transferWishes).toBe(5);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "retention.update" satisfies AuditAction }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: hr.employeeId, detail: { after: { transferWishes: 5 } } });
    await expectAppError(saveRetentionSettings(employee, { ...periods({}), version: 0 }), "NOT_FOUND");
  });

  it("are shown in the employee's disclosure with the date each transfer wish is kept until", async () => {
    const records = await collectOwnRecords(employee, ownClient());
    expect(records.retention.periods.transferWishes).toBe(5);
    expect(records.retention.transferWishes).toContainEqual({ fiscalYear: KEPT_FY, keptUntil: `${KEPT_FY + 6}-03-31` });
  });
});

describe("a retention run", () => {
  it("destroys an expired transfer wish, keeps an unexpired one, and audits the counts", async () => {
    const expiring = await db.developmentPlan.count({
      where: { fiscalYear: { lte: FY - 6 }, OR: [{ transferWishFields: { not: "" } }, { transferWishComment: { not: "" } }] },
    });
    const counts = await runRetention(ownClient(), today);
    const expired = await db.developmentPlan.findUniqueOrThrow({ where: { id: expiredPlan.id } });
    const kept = await db.developmentPlan.findUniqueOrThrow({ where: { id: keptPlan.id } });
    expect([expired.transferWishFields, expired.transferWishComment]).toEqual(["", ""]);
    // The plan stays; a form opened before the run is refused by its version.
    expect(expired.version).toBe(expiredPlan.version + 1);
    expect(kept.transferWishFields).toBe(`${MARKER}-${KEPT_FY}`);
    expect(kept.version).toBe(keptPlan.version);

    expect(expiring).toBeGreaterThanOrEqual(1);
    expect(counts.transferWishes).toBe(expiring);
    const run = await db.auditLog.findFirstOrThrow({ where: { action: "retention.run" satisfies AuditAction }, orderBy: { id: "desc" } });
    expect(run.actorId).toBeNull();
    expect(run.detail).toMatchObject({ counts: { transferWishes: counts.transferWishes, auditTrail: 0 } });

    // The copy in the expired plan's audit row is erased, the kept plan's is not, and the rest of the row stays.
    const rowOf = async (planId: number) =>
      JSON.stringify((await db.auditLog.findFirstOrThrow({ where: { action: "plan.update", entityId: String(planId) } })).detail);
    expect(await rowOf(expiredPlan.id)).not.toContain(MARKER);
    expect(await rowOf(expiredPlan.id)).toContain("残る");
    expect(await rowOf(keptPlan.id)).toContain(`${MARKER}-${KEPT_FY}`);
    expect(counts.auditDetailsErased).toBeGreaterThanOrEqual(1);

    // A second run finds nothing left and writes no row.
    const rows = await db.auditLog.count({ where: { action: "retention.run" } });
    expect(await runRetention(ownClient(), today)).toMatchObject({ transferWishes: 0, auditDetailsErased: 0 });
    expect(await db.auditLog.count({ where: { action: "retention.run" } })).toBe(rows);
  });

  it("purges audit rows past the period through the database's function, and records the purge", async () => {
    const old = await db.auditLog.create({ data: { action: "staff.search", entity: "probe", at: new Date(Date.UTC(FY - 6, 5, 1)) } });
    const young = await db.auditLog.create({ data: { action: "staff.search", entity: "probe", at: new Date(Date.UTC(FY - 2, 5, 1)) } });
    await setPeriods(periods({ transferWishes: 5, auditTrail: 3 }));
    const counts = await runRetention(ownClient(), today);
    expect(counts.auditTrail).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { id: old.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { id: young.id } })).toBe(1);
    const purge = await db.auditLog.findFirstOrThrow({ where: { action: "retention.audit-purge" satisfies AuditAction }, orderBy: { id: "desc" } });
    expect(purge.detail).toMatchObject({ purged: counts.auditTrail, years: 3 });
  });
});

/** Everything inside runs as a role that owns nothing, in a transaction that is rolled back (the role included). */
async function asPortalRole<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const rollback = new Error("rollback");
  // Roles are the whole server's: a name of this run's own, so parallel runs never meet.
  const role = `hagukumi_retention_probe_${process.pid}`;
  const results: T[] = [];
  await ownClient()
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`CREATE ROLE ${role} NOLOGIN`);
      await tx.$executeRawUnsafe(`GRANT ALL ON audit_log, setting TO ${role}`);
      await tx.$executeRawUnsafe(`GRANT ALL ON SEQUENCE audit_log_id_seq TO ${role}`);
      await tx.$executeRawUnsafe(`SET LOCAL ROLE ${role}`);
      results.push(await work(tx));
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  const [result] = results;
  if (result === undefined) throw new Error("the probe did not run");
  return result;
}

describe("the audit trail's purge function", () => {
  it("cannot delete rows younger than three fiscal years, whatever the setting says, and the portal's role still cannot delete rows itself", async () => {
    const outcome = await asPortalRole(async (tx) => {
      // The portal's role can write settings: it sets no period at all…
      await tx.setting.update({ where: { key: RETENTION_SETTINGS_KEY }, data: { value: periods({ auditTrail: 0 }) } });
      const recent = await tx.auditLog.create({ data: { action: "staff.search", entity: "probe", at: new Date(Date.UTC(FY - 1, 5, 1)) } });
      const [purge] = await tx.$queryRaw<{ n: bigint }[]>`SELECT purge_expired_audit_log() AS n`;
      const kept = await tx.auditLog.count({ where: { id: recent.id } });
      // …and may not delete a row directly.
      // (the last statement: a refusal ends the transaction, which is rolled back anyway)
      const refused = await tx.$executeRawUnsafe(`DELETE FROM audit_log WHERE id = ${recent.id}`).then(
        () => "deleted",
        (error: unknown) => String(error),
      );
      return { purged: Number(purge?.n ?? -1), kept, refused };
    });
    expect(outcome.purged).toBe(0);
    expect(outcome.kept).toBe(1);
    expect(outcome.refused).toContain("append-only");
  });
});

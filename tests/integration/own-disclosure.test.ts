import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { collectOwnRecords, collectOwnYear } from "@/lib/records/disclosure/collect-own-records";
import { fiscalYearBounds } from "@/lib/records/disclosure/disclosure-years";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

async function actorOf(staffNumber: string): Promise<Actor> {
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
  const actor = await loadActor(db, id, tokyoDate());
  if (!actor) throw new Error(`no actor for ${staffNumber}`);
  return actor;
}

describe("an employee's own disclosure download", () => {
  it("holds their plans, shared interview notes and who read their records — never private notes or anyone else's data", async () => {
    const employee = await actorOf("demo-employee");
    const records = await collectOwnRecords(employee);
    const text = JSON.stringify(records);

    expect(records.profile.staffNumber).toBe("demo-employee");
    const planYears = (await db.developmentPlan.findMany({ where: { employeeId: employee.employeeId }, select: { fiscalYear: true } }))
      .map((p) => p.fiscalYear)
      .sort();
    expect(records.plans.map((plan) => plan.fiscalYear)).toEqual(planYears);
    expect(records.trainings.length).toBe(await db.trainingRecord.count({ where: { employeeId: employee.employeeId } }));

    const interviews = await db.careerInterview.findMany({ where: { employeeId: employee.employeeId }, select: { sharedNotes: true, privateNotes: true } });
    expect(interviews.length).toBeGreaterThan(0);
    for (const interview of interviews) {
      if (interview.sharedNotes) expect(text).toContain(interview.sharedNotes);
      if (interview.privateNotes) expect(text).not.toContain(interview.privateNotes);
    }
    expect(text).not.toContain("privateNotes");

    // A colleague's plan never appears.
    const colleague = await db.employee.findFirstOrThrow({
      where: { unitId: employee.unitId, id: { not: employee.employeeId }, plans: { some: {} } },
      select: { id: true, staffNumber: true },
    });
    const colleaguePlans = await db.developmentPlan.findMany({ where: { employeeId: colleague.id }, select: { visionNow: true } });
    for (const plan of colleaguePlans) if (plan.visionNow) expect(text).not.toContain(plan.visionNow);
  });

  it("lists the reads of their plan by others and audits the download itself", async () => {
    const employee = await actorOf("demo-employee");
    const plan = await db.developmentPlan.findFirstOrThrow({ where: { employeeId: employee.employeeId }, select: { id: true } });
    const supervisor = await actorOf("demo-supervisor");
    const marker = await db.auditLog.create({
      data: {
        actorId: supervisor.employeeId,
        action: "plan.view" satisfies AuditAction,
        entity: "development_plan",
        entityId: String(plan.id),
        detail: { as: "supervisor" },
      },
    });

    const before = await db.auditLog.count({ where: { action: "disclosure.download" satisfies AuditAction, actorId: employee.employeeId } });
    const records = await collectOwnRecords(employee);
    expect(
      records.viewsOfMe.some(
        (view) => view.action === "plan.view" && view.actor?.staffNumber === "demo-supervisor" && view.at.getTime() === marker.at.getTime(),
      ),
    ).toBe(true);
    expect(await db.auditLog.count({ where: { action: "disclosure.download" satisfies AuditAction, actorId: employee.employeeId } })).toBe(before + 1);
  });

  it("as a document, holds one fiscal year: its plan, the reads made in it, and their own actions counted per day", async () => {
    const employee = await actorOf("demo-employee");
    const current = fiscalYearOf(tokyoDate());
    // A plan of three years ago beside the demo's current one.
    await db.developmentPlan.upsert({
      where: { employeeId_fiscalYear: { employeeId: employee.employeeId, fiscalYear: current - 3 } },
      create: { employeeId: employee.employeeId, fiscalYear: current - 3 },
      update: {},
    });
    const plans = await db.developmentPlan.findMany({
      where: { employeeId: employee.employeeId },
      select: { id: true, fiscalYear: true },
      orderBy: { fiscalYear: "asc" },
    });
    const [older, newer] = [plans[0]!, plans.at(-1)!];
    expect(older.fiscalYear).toBe(current - 3);
    const supervisor = await actorOf("demo-supervisor");
    // The older plan read now: a read of this year, though the plan is of another.
    await db.auditLog.create({
      data: { actorId: supervisor.employeeId, action: "plan.view" satisfies AuditAction, entity: "development_plan", entityId: String(older.id) },
    });

    const year = await collectOwnYear(employee, older.fiscalYear);
    expect(year.fiscalYear).toBe(older.fiscalYear);
    expect(year.plans.map((plan) => plan.id)).toEqual([older.id]);
    expect(year.years[0]).toBe(Math.max(current, newer.fiscalYear));
    expect(year.years).toContain(older.fiscalYear);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "disclosure.download" satisfies AuditAction, actorId: employee.employeeId },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toEqual({ fiscalYear: older.fiscalYear });

    // A year not offered (nothing of theirs before it) shows the newest instead.
    const fallback = await collectOwnYear(employee, 2001);
    expect(fallback.fiscalYear).toBe(fallback.years[0]);

    const now = await collectOwnYear(employee, current);
    const { instants } = fiscalYearBounds(current);
    // Reads counted per reader and kind, over the year only.
    const reads = now.viewsByReader.find((view) => view.action === "plan.view" && view.actor?.staffNumber === "demo-supervisor");
    const planReads = await db.auditLog.count({
      where: {
        action: "plan.view" satisfies AuditAction,
        actorId: supervisor.employeeId,
        entity: "development_plan",
        entityId: { in: plans.map((plan) => String(plan.id)) },
        at: instants,
      },
    });
    expect(reads?.count).toBe(planReads);
    expect(now.viewsByReader.every((view) => view.first !== null && view.first >= instants.gte && view.last !== null && view.last < instants.lt)).toBe(true);
    const today = now.ownActionsByDay.filter((row) => row.action === "disclosure.download").at(-1);
    const downloads = await db.auditLog.count({
      where: { action: "disclosure.download" satisfies AuditAction, actorId: employee.employeeId, at: { gte: new Date(tokyoDayStart()) } },
    });
    expect(today?.count).toBe(downloads);
  });
});

/** The instant today began in Tokyo. */
function tokyoDayStart(): number {
  const today = tokyoDate();
  return Date.UTC(today.year, today.month - 1, today.day) - 9 * 60 * 60 * 1000;
}

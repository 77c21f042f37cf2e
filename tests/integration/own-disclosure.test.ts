import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { db } from "@/lib/db/client";
import { collectOwnRecords } from "@/lib/disclosure/collect-own-records";
import type { AuditAction } from "@/lib/audit/audit-actions";

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
    const planYears = (await db.developmentPlan.findMany({ where: { employeeId: employee.employeeId }, select: { fiscalYear: true } })).map((p) => p.fiscalYear).sort();
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
    const colleague = await db.employee.findFirstOrThrow({ where: { unitId: employee.unitId, id: { not: employee.employeeId }, plans: { some: {} } }, select: { id: true, staffNumber: true } });
    const colleaguePlans = await db.developmentPlan.findMany({ where: { employeeId: colleague.id }, select: { visionNow: true } });
    for (const plan of colleaguePlans) if (plan.visionNow) expect(text).not.toContain(plan.visionNow);
  });

  it("lists the reads of their plan by others and audits the download itself", async () => {
    const employee = await actorOf("demo-employee");
    const plan = await db.developmentPlan.findFirstOrThrow({ where: { employeeId: employee.employeeId }, select: { id: true } });
    const supervisor = await actorOf("demo-supervisor");
    const marker = await db.auditLog.create({ data: { actorId: supervisor.employeeId, action: "plan.view" satisfies AuditAction, entity: "development_plan", entityId: String(plan.id), detail: { as: "supervisor" } } });

    const before = await db.auditLog.count({ where: { action: "disclosure.download" satisfies AuditAction, actorId: employee.employeeId } });
    const records = await collectOwnRecords(employee);
    expect(records.viewsOfMe.some((view) => view.action === "plan.view" && view.actor?.staffNumber === "demo-supervisor" && view.at.getTime() === marker.at.getTime())).toBe(true);
    expect(await db.auditLog.count({ where: { action: "disclosure.download" satisfies AuditAction, actorId: employee.employeeId } })).toBe(before + 1);
  });
});

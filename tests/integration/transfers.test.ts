import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, toDateColumn, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { employeeScope } from "@/lib/people/org/scope";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { approvePlan, commentOnPlan } from "@/lib/year/plans/review-plan";
import { applyDueTransfers } from "@/lib/people/transfers/apply-due-transfers";
import { findTeamTransfers, findTransfers } from "@/lib/people/transfers/find-transfers";
import { getHandover } from "@/lib/people/transfers/get-handover";
import { cancelTransfer, scheduleTransfer } from "@/lib/people/transfers/schedule-transfer";
import { writeHandoverNote } from "@/lib/people/transfers/write-handover-note";
import { createTeam, expectAppError, FY, measureId, planVersion, seededActor, submittedPlan, type Team } from "../support/plan-fixtures";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

// A member of one team moves to another from tomorrow: until then the previous supervisor keeps
// them (and may write the handover note), from that day the new one has them — plan, pending
// review, OJT pairing — and the previous one has nothing left of them.
let from: Team;
let to: Team;
let hr: Actor;
let measure: number;
let unitCodeOf: (unitId: number) => Promise<string>;

const dayAfter = (date: CalendarDate, days = 1) => fromDateColumn(new Date(toDateColumn(date).getTime() + days * 86_400_000));
const staffNumberOf = async (actor: Actor) =>
  (await db.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { staffNumber: true } })).staffNumber;
const inTeamOf = async (supervisor: Actor, employeeId: number) =>
  (await db.employee.count({ where: { AND: [{ id: employeeId }, employeeScope(supervisor, "SUPERVISOR")] } })) > 0;

beforeAll(async () => {
  [from, to] = [await createTeam("xfer-from", 2), await createTeam("xfer-to", 1)];
  hr = await seededActor({ staffNumber: "demo-hr" });
  measure = await measureId(1, 5);
  unitCodeOf = async (unitId) => (await db.orgUnit.findUniqueOrThrow({ where: { id: unitId }, select: { code: true } })).code;
});

afterAll(async () => {
  const people = [from, to].flatMap((team) => [team.supervisor, ...team.members].map((actor) => actor.employeeId));
  await db.ojtPlan.deleteMany({ where: { traineeId: { in: people } } });
  await db.staffTransfer.deleteMany({ where: { employeeId: { in: people } } });
  await from.remove();
  await to.remove();
});

describe("a transfer dated tomorrow", () => {
  let transferId: number;
  let planId: number;

  it("is entered by the HR division only, and waits for its date", async () => {
    const [mover] = from.members;
    const input = {
      staffNumber: await staffNumberOf(mover!),
      unitCode: await unitCodeOf(to.unitId),
      supervisorStaffNumber: await staffNumberOf(to.supervisor),
      effectiveOn: toIsoDate(dayAfter(tokyoDate())),
    };
    await expectAppError(scheduleTransfer(from.supervisor, input), "NOT_FOUND");
    await expectAppError(scheduleTransfer(hr, { ...input, unitCode: "no-such-unit" }), "INVALID_INPUT", "unitCode", "unknownUnit");
    await expectAppError(scheduleTransfer(hr, { ...input, staffNumber: "no-such-person" }), "INVALID_INPUT", "staffNumber", "unknownStaff");

    ({ planId } = await submittedPlan(mover!, measure));
    await db.ojtPlan.create({
      data: { traineeId: mover!.employeeId, trainerId: from.members[1]!.employeeId, supervisorId: from.supervisor.employeeId, fiscalYear: FY },
    });

    const result = await scheduleTransfer(hr, input);
    expect(result.applied).toBe(false);
    transferId = result.transferId;
    expect(await inTeamOf(from.supervisor, mover!.employeeId)).toBe(true);
    expect(await inTeamOf(to.supervisor, mover!.employeeId)).toBe(false);
    expect((await findTransfers(hr)).scheduled.map((row) => row.id)).toContain(transferId);
    expect((await findTeamTransfers(from.supervisor)).leaving.map((row) => row.id)).toEqual([transferId]);
    const told = await findNotifications(from.supervisor, { unreadOnly: true });
    expect(told.filter((n) => n.kind === "TRANSFER_SCHEDULED" && n.href === `/handovers/${transferId}`)).toHaveLength(1);
  });

  it("lets the previous supervisor write the handover note before the date, guarded by its version", async () => {
    const before = await getHandover(from.supervisor, transferId);
    expect(before).toMatchObject({ reader: "SUPERVISOR", canWriteNote: true, pending: true });
    await expectAppError(getHandover(to.supervisor, transferId), "NOT_FOUND");
    await expectAppError(writeHandoverNote(to.supervisor, { transferId, note: "x", version: before.transfer.version }), "NOT_FOUND");
    await writeHandoverNote(from.supervisor, { transferId, note: "資格取得の計画は順調。面談は6月に実施済み。", version: before.transfer.version });
    await expectAppError(writeHandoverNote(from.supervisor, { transferId, note: "古い画面から", version: before.transfer.version }), "CONFLICT");
    const own = await getHandover(from.members[0]!, transferId);
    expect(own).toMatchObject({ reader: "EMPLOYEE", canWriteNote: false });
    expect(own.transfer.handoverNote).toBe("資格取得の計画は順調。面談は6月に実施済み。");
    expect(await db.auditLog.count({ where: { action: "transfer.note" satisfies AuditAction, entityId: String(transferId) } })).toBe(1);
  });

  it("takes effect on its date by itself, once, moving the plan, the pending review and the OJT pairing", async () => {
    const [mover] = from.members;
    await commentOnPlan(from.supervisor, planId, "期待しています");
    // The previous supervisor was told of the submitted plan: that notification must go with the move.
    expect((await findNotifications(from.supervisor)).filter((n) => n.kind === "PLAN_SUBMITTED" && n.actor?.name === "試験 職員1")).toHaveLength(1);
    expect(await applyDueTransfers(db, tokyoDate())).not.toContain(transferId);
    expect(await applyDueTransfers(db, dayAfter(tokyoDate()))).toContain(transferId);
    expect(await applyDueTransfers(db, dayAfter(tokyoDate()))).not.toContain(transferId);

    const moved = await db.employee.findUniqueOrThrow({ where: { id: mover!.employeeId }, select: { unitId: true, supervisorId: true } });
    expect(moved).toEqual({ unitId: to.unitId, supervisorId: to.supervisor.employeeId });
    const transfer = await db.staffTransfer.findUniqueOrThrow({ where: { id: transferId } });
    expect(transfer).toMatchObject({ status: "APPLIED", fromUnitId: from.unitId, fromSupervisorId: from.supervisor.employeeId, toUnitId: to.unitId });
    expect(await db.auditLog.count({ where: { action: "transfer.apply" satisfies AuditAction, entityId: String(transferId) } })).toBe(1);

    // The previous supervisor keeps nothing: not the person, the plan, the handover or their notifications.
    expect(await inTeamOf(from.supervisor, mover!.employeeId)).toBe(false);
    await expectAppError(getPlanDetail(from.supervisor, planId), "NOT_FOUND");
    await expectAppError(getHandover(from.supervisor, transferId), "NOT_FOUND");
    await expectAppError(writeHandoverNote(from.supervisor, { transferId, note: "遅すぎ", version: transfer.version }), "NOT_FOUND");
    expect((await findNotifications(from.supervisor)).filter((n) => n.actor?.name === "試験 職員1")).toEqual([]);
    expect((await findTeamTransfers(from.supervisor)).leaving).toEqual([]);

    // The new supervisor has the handover, the plan waiting for review, and the OJT flag.
    const handover = await getHandover(to.supervisor, transferId);
    expect(handover).toMatchObject({ reader: "SUPERVISOR", canWriteNote: false, pending: false });
    expect(handover.transfer.handoverNote).toContain("資格取得");
    expect(handover.plan?.status).toBe("SUBMITTED");
    expect(handover.plan?.events.map((event) => event.comment)).toContain("期待しています");
    expect(handover.ojtPlans).toHaveLength(1);
    expect(handover.ojtPlans[0]!.reassignSince).not.toBeNull();
    expect(handover.history.map((row) => [row.fromUnit.name, row.toUnit.name])).toEqual([["試験係", "試験係"]]);
    expect((await findTeamTransfers(to.supervisor)).arrived.map((row) => row.id)).toEqual([transferId]);
    for (const reader of [to.supervisor, mover!]) {
      expect((await findNotifications(reader)).filter((n) => n.kind === "TRANSFER_HANDOVER" && n.href === `/handovers/${transferId}`)).toHaveLength(1);
    }
    expect(
      await db.auditLog.count({ where: { action: "transfer.view" satisfies AuditAction, entityId: String(transferId), actorId: to.supervisor.employeeId } }),
    ).toBeGreaterThan(0);

    await approvePlan(to.supervisor, planId, await planVersion(planId), "引き継ぎました");
    const reviewed = await db.developmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, reviewerId: true } });
    expect(reviewed).toEqual({ status: "APPROVED", reviewerId: to.supervisor.employeeId });
  });

  it("can be cancelled by the HR division before its date, and then never takes effect", async () => {
    const [, stayer] = from.members;
    const { transferId: cancelled } = await scheduleTransfer(hr, {
      staffNumber: await staffNumberOf(stayer!),
      unitCode: await unitCodeOf(to.unitId),
      effectiveOn: toIsoDate(dayAfter(tokyoDate(), 3)),
    });
    const row = await db.staffTransfer.findUniqueOrThrow({ where: { id: cancelled }, select: { version: true } });
    await expectAppError(cancelTransfer(from.supervisor, { transferId: cancelled, version: row.version }), "NOT_FOUND");
    await expectAppError(cancelTransfer(hr, { transferId: cancelled, version: row.version + 1 }), "CONFLICT");
    await cancelTransfer(hr, { transferId: cancelled, version: row.version });
    expect(await applyDueTransfers(db, dayAfter(tokyoDate(), 5))).not.toContain(cancelled);
    expect((await db.employee.findUniqueOrThrow({ where: { id: stayer!.employeeId }, select: { unitId: true } })).unitId).toBe(from.unitId);
    await expectAppError(getHandover(stayer!, cancelled), "NOT_FOUND");
    await expectAppError(cancelTransfer(hr, { transferId: cancelled, version: row.version + 1 }), "NOT_ALLOWED");
  });

  it("dated today or earlier takes effect at once", async () => {
    const [, stayer] = from.members;
    const { applied, transferId: now } = await scheduleTransfer(hr, {
      staffNumber: await staffNumberOf(stayer!),
      unitCode: await unitCodeOf(to.unitId),
      effectiveOn: toIsoDate(tokyoDate()),
    });
    expect(applied).toBe(true);
    expect((await db.employee.findUniqueOrThrow({ where: { id: stayer!.employeeId }, select: { unitId: true, supervisorId: true } })).unitId).toBe(to.unitId);
    expect((await db.staffTransfer.findUniqueOrThrow({ where: { id: now } })).status).toBe("APPLIED");
  });
});

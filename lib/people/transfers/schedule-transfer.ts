import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, requireRole } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { assertUpdated, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { enterTransfers } from "./enter-transfers";
import { cancelTransferSchema, type TransferInput, transferInputSchema } from "./schemas";

/** Transfers are entered and cancelled by the HR division only; to anyone else they do not exist. */
export function assertTransferAdmin(actor: Actor): void {
  requireRole(actor, "HR_DIVISION", "transfer");
}

/**
 * The HR division enters one transfer on screen (the personnel import enters many). Dated today
 * or earlier, it takes effect at once; later, on its date, by itself.
 */
export async function scheduleTransfer(actor: Actor, input: TransferInput): Promise<{ transferId: number; applied: boolean }> {
  assertTransferAdmin(actor);
  const data = parseInput(transferInputSchema, input);
  return db.$transaction(async (tx) => {
    const employee = await tx.employee.findFirst({
      where: { staffNumber: data.staffNumber, active: true },
      select: { id: true, unitId: true, supervisorId: true },
    });
    if (!employee) throw invalidInput("staffNumber", "unknownStaff");
    const unit = await tx.orgUnit.findFirst({ where: { code: data.unitCode, retiredAt: null }, select: { id: true } });
    if (!unit) throw invalidInput("unitCode", "unknownUnit");
    let supervisorId: number | null = null;
    if (data.supervisorStaffNumber !== undefined) {
      const supervisor = await tx.employee.findFirst({ where: { staffNumber: data.supervisorStaffNumber, active: true }, select: { id: true } });
      if (!supervisor || supervisor.id === employee.id) throw invalidInput("supervisorStaffNumber", "unknownSupervisor");
      supervisorId = supervisor.id;
    }
    if (unit.id === employee.unitId && supervisorId === employee.supervisorId) throw invalidInput("unitCode", "sameAssignment");
    const { ids, applied } = await enterTransfers(
      tx,
      [{ employeeId: employee.id, toUnitId: unit.id, toSupervisorId: supervisorId, effectiveOn: data.effectiveOn }],
      "SCREEN",
      actor.employeeId,
      tokyoDate(),
    );
    const transferId = ids[0];
    if (transferId === undefined) throw notFound("employee");
    return { transferId, applied: applied.includes(transferId) };
  });
}

/** A transfer still waiting for its date can be called off; one that has taken effect cannot. */
export async function cancelTransfer(actor: Actor, input: { transferId: number; version: number }): Promise<void> {
  assertTransferAdmin(actor);
  const data = parseInput(cancelTransferSchema, input);
  await db.$transaction(async (tx) => {
    const transfer = await tx.staffTransfer.findUnique({ where: { id: data.transferId }, select: { status: true, employeeId: true } });
    if (!transfer) throw notFound("transfer");
    if (transfer.status !== "SCHEDULED") throw notAllowed("only a scheduled transfer can be cancelled");
    assertUpdated(
      await tx.staffTransfer.updateMany({
        where: { id: data.transferId, version: data.version, status: "SCHEDULED" },
        data: { status: "CANCELLED", version: { increment: 1 } },
      }),
      "transfer",
    );
    // The previous supervisors' invitations to write a handover note lead nowhere now.
    await tx.notification.deleteMany({ where: { kind: "TRANSFER_SCHEDULED", href: `/handovers/${data.transferId}` } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "transfer.cancel",
      entity: "staff_transfer",
      entityId: data.transferId,
      detail: { employeeId: transfer.employeeId },
    });
  });
}

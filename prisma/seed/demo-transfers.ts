import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * One transfer waiting for next 1 April, as the personnel import leaves them in March: the other
 * member of demo-supervisor's 企画係 moves to the 事業係 beside it. demo-supervisor sees them in
 * 「異動・引き継ぎ」 with the handover note still to write.
 */
export async function seedDemoTransfers(tx: Prisma.TransactionClient, fiscalYear: number): Promise<void> {
  const supervisor = await tx.employee.findUniqueOrThrow({
    where: { staffNumber: "demo-supervisor" },
    select: { unitId: true, unit: { select: { parentId: true } } },
  });
  const hr = await tx.employee.findUniqueOrThrow({ where: { staffNumber: "demo-hr" }, select: { id: true } });
  const mover = await tx.employee.findFirstOrThrow({
    where: { unitId: supervisor.unitId, staffNumber: { notIn: ["demo-supervisor", "demo-employee"] } },
    orderBy: { id: "asc" },
    select: { id: true, supervisorId: true },
  });
  const target = await tx.orgUnit.findFirstOrThrow({ where: { parentId: supervisor.unit.parentId, name: "事業係" }, select: { id: true } });
  const targetHead = await tx.roleAssignment.findFirst({ where: { unitId: target.id, role: "SUPERVISOR" }, select: { employeeId: true } });
  await tx.staffTransfer.create({
    data: {
      employeeId: mover.id,
      effectiveOn: toDateColumn(fiscalYearStart(fiscalYear + 1)),
      source: "IMPORT",
      fromUnitId: supervisor.unitId,
      toUnitId: target.id,
      fromSupervisorId: mover.supervisorId,
      toSupervisorId: targetHead?.employeeId ?? null,
      createdById: hr.id,
    },
  });
}

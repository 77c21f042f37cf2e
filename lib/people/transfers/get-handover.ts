import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { resolveHandoverAccess } from "./handover-access";

const personName = { select: { name: true } } as const;
const unitName = { select: { name: true, trail: true } } as const;

/**
 * A transfer's handover, as the new supervisor (and the person moved) read it: what was agreed
 * (the plan and its commitments for the year of the move), what is in progress, the comments
 * shared on them, the interviews' shared notes and agreed actions — never the private notes —
 * the OJT pairings, the previous supervisor's note, and the person's history of transfers.
 * Reading another person's handover leaves a "transfer.view" audit row.
 */
export async function getHandover(actor: Actor, transferId: number) {
  const access = await resolveHandoverAccess(actor, transferId);
  const transfer = await db.staffTransfer.findUniqueOrThrow({
    where: { id: transferId },
    select: {
      id: true,
      status: true,
      effectiveOn: true,
      handoverNote: true,
      handoverNoteAt: true,
      version: true,
      employee: { select: { id: true, name: true, staffNumber: true, rank: true } },
      fromUnit: unitName,
      toUnit: unitName,
      fromSupervisor: personName,
      toSupervisor: personName,
      handoverNoteBy: personName,
    },
  });
  // The year the move ends: a 1 April move hands over the plan of the year just closed.
  const fiscalYear = fiscalYearOf(fromDateColumn(new Date(transfer.effectiveOn.getTime() - 86_400_000)));
  const employeeId = access.employeeId;
  const [plan, interviews, ojtPlans, history] = await Promise.all([
    db.developmentPlan.findUnique({
      where: { employeeId_fiscalYear: { employeeId, fiscalYear } },
      select: {
        id: true,
        status: true,
        submittedAt: true,
        reviewedAt: true,
        reviewer: personName,
        commitments: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true, title: true, status: true, progressPercent: true, dueOn: true, measure: { select: { name: true } } },
        },
        events: {
          where: { comment: { not: "" } },
          orderBy: [{ at: "asc" }, { id: "asc" }],
          select: { id: true, action: true, comment: true, at: true, actor: personName },
        },
      },
    }),
    db.careerInterview.findMany({
      where: { employeeId, heldOn: { gte: toDateColumn(fiscalYearStart(fiscalYear)) } },
      orderBy: [{ heldOn: "asc" }, { id: "asc" }],
      select: { id: true, heldOn: true, kind: true, sharedNotes: true, agreedActions: true, supervisor: personName },
    }),
    db.ojtPlan.findMany({
      where: { traineeId: employeeId, completed: false },
      orderBy: { fiscalYear: "desc" },
      select: { id: true, fiscalYear: true, reassignSince: true, trainer: personName },
    }),
    db.staffTransfer.findMany({
      where: { employeeId, status: "APPLIED" },
      orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      select: { id: true, effectiveOn: true, fromUnit: unitName, toUnit: unitName, fromSupervisor: personName, toSupervisor: personName },
    }),
  ]);
  if (access.reader !== "EMPLOYEE") {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: actor.employeeId, action: "transfer.view", entity: "staff_transfer", entityId: transferId, detail: { as: access.reader } }),
    );
  }
  const pending = transfer.status === "SCHEDULED";
  return {
    reader: access.reader,
    // The note is the previous supervisor's to write, until the move takes effect.
    canWriteNote: pending && access.reader === "SUPERVISOR",
    pending,
    fiscalYear,
    transfer,
    plan,
    interviews,
    ojtPlans,
    history,
  };
}

export type Handover = Awaited<ReturnType<typeof getHandover>>;

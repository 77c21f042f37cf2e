import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/people/org/scope";

const transferSelect = {
  id: true,
  status: true,
  source: true,
  effectiveOn: true,
  version: true,
  handoverNote: true,
  employee: { select: { id: true, name: true, staffNumber: true } },
  fromUnit: { select: { name: true, trail: true } },
  toUnit: { select: { name: true, trail: true } },
  fromSupervisor: { select: { name: true } },
  toSupervisor: { select: { name: true } },
} satisfies Prisma.StaffTransferSelect;

export type TransferRow = Prisma.StaffTransferGetPayload<{ select: typeof transferSelect }>;

/** How far back the lists reach: a handover matters for the first weeks after a move. */
const RECENT_DAYS = 90;

function recentSince(): Date {
  const today = toDateColumn(tokyoDate());
  return new Date(today.getTime() - RECENT_DAYS * 86_400_000);
}

/** The HR division's list: every transfer waiting for its date, and those applied recently. */
export async function findTransfers(actor: Actor): Promise<{ scheduled: TransferRow[]; applied: TransferRow[] }> {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("transfers");
  const [scheduled, applied] = await Promise.all([
    db.staffTransfer.findMany({ where: { status: "SCHEDULED" }, orderBy: [{ effectiveOn: "asc" }, { id: "asc" }], take: 500, select: transferSelect }),
    db.staffTransfer.findMany({
      where: { status: "APPLIED", effectiveOn: { gte: recentSince() } },
      orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      take: 200,
      select: transferSelect,
    }),
  ]);
  return { scheduled, applied };
}

/**
 * A supervisor's two lists: members of their team moving out (before the date, with the note to
 * write) and members who moved in recently (the handovers to read). Both follow from who is in
 * the team today, so the previous supervisor's list empties on the day of the move.
 */
export async function findTeamTransfers(actor: Actor): Promise<{ leaving: TransferRow[]; arrived: TransferRow[] }> {
  const team = employeeScope(actor, "SUPERVISOR");
  const [leaving, arrived] = await Promise.all([
    db.staffTransfer.findMany({ where: { status: "SCHEDULED", employee: team }, orderBy: [{ effectiveOn: "asc" }, { id: "asc" }], select: transferSelect }),
    db.staffTransfer.findMany({
      where: { status: "APPLIED", employee: team, effectiveOn: { gte: recentSince() } },
      orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      select: transferSelect,
    }),
  ]);
  return { leaving, arrived };
}

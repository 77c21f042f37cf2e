import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { supervisedFromAbove } from "@/lib/people/org/scope";

/**
 * The member a supervisor is about to record an interview with; NOT_FOUND unless the supervisor
 * stands above them (a co-supervisor of the unit the member leads writes no private notes
 * about them, see supervisedFromAbove).
 */
export async function findInterviewee(actor: Actor, employeeId: number) {
  const employee = await db.employee.findFirst({
    where: { AND: [{ id: employeeId }, supervisedFromAbove(actor)] },
    select: { id: true, name: true, rank: true, unit: { select: { trail: true } } },
  });
  if (!employee) throw notFound("employee");
  return { id: employee.id, name: employee.name, rank: employee.rank, unitTrail: employee.unit.trail };
}

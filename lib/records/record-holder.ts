import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { employeeScope } from "@/lib/people/org/scope";

// The roles that may read a member's records. The headquarters reads only city-wide figures.
export const READER_ROLES = ["SUPERVISOR", "BUREAU_COORDINATOR", "HR_DIVISION"] as const;

/**
 * Whose records a read is for: the actor's own unless another employee is named. Another
 * person must be within the scope of a role the actor holds — otherwise NOT_FOUND, as if they
 * did not exist — and reading them leaves a "records.view" audit row before anything is read.
 */
export async function resolveRecordHolder(actor: Actor, employeeId: number | undefined, detail: { records: string; fiscalYear: number }): Promise<number> {
  if (employeeId === undefined || employeeId === actor.employeeId) return actor.employeeId;
  if (!Number.isSafeInteger(employeeId) || employeeId <= 0) throw notFound("employee");
  const scopes = READER_ROLES.filter((role) => hasRole(actor, role)).map((role) => employeeScope(actor, role));
  if (scopes.length === 0) throw notFound("employee");
  const found = await db.employee.findFirst({ where: { AND: [{ id: employeeId }, { OR: scopes }] }, select: { id: true } });
  if (!found) throw notFound("employee");
  await db.$transaction((tx) => recordAudit(tx, { actorId: actor.employeeId, action: "records.view", entity: "employee", entityId: employeeId, detail }));
  return employeeId;
}

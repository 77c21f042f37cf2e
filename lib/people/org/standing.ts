import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { supervisedFromAbove } from "./scope";

/**
 * Where the actor stands towards another person, for what is confidential about them:
 * - `above`: a supervisor above them in the organisation today (supervisedFromAbove) — who holds
 *   their career interviews and reads their private notes;
 * - `readsConfidential`: may read their interviews' private notes and their transfer wishes
 *   (異動希望): a supervisor above them, or the HR division. Never the person themselves (the
 *   owner's own wishes are their plan's business, see plan-access), never a co-supervisor of
 *   their own unit, a subordinate, or the bureau coordinator.
 * Who may open the record at all is the caller's question (employeeScope): this only narrows it.
 */
export interface Standing {
  above: boolean;
  readsConfidential: boolean;
}

export async function standingOver(actor: Actor, employeeId: number): Promise<Standing> {
  if (employeeId === actor.employeeId) return { above: false, readsConfidential: false };
  const above = hasRole(actor, "SUPERVISOR") && (await db.employee.count({ where: { AND: [{ id: employeeId }, supervisedFromAbove(actor)] } })) > 0;
  return { above, readsConfidential: above || hasRole(actor, "HR_DIVISION") };
}

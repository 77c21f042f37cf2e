import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Confirmation } from "@/lib/validation/form-state";
import { findOjtOverview } from "./find-ojt-overview";

/**
 * The team's OJT queue after a save, one click on: a young member still without a plan, or a
 * plan whose trainer moved — never the plan just saved. Null when nothing is waiting.
 */
export async function nextInOjtQueue(actor: Actor, fiscalYear: number, savedPlanId: number): Promise<Confirmation["next"] | null> {
  const waiting = (await findOjtOverview(actor, fiscalYear)).members.find((row) => row.plan === null || (row.plan.trainerMoved && row.plan.id !== savedPlanId));
  if (!waiting) return null;
  const href = waiting.plan ? `/ojt/${waiting.plan.id}` : `/team/ojt/new?trainee=${waiting.employeeId}&fy=${fiscalYear}`;
  return { href, key: "nextOjtPlan", values: { trainee: waiting.name } };
}

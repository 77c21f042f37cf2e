import type { Confirmation } from "@/lib/platform/validation/form-state";
import type { OjtOverview } from "./find-ojt-overview";

/**
 * The team's OJT queue after a save, one click on: a young member still without a plan, or a
 * plan whose trainer moved — never the plan just saved. Null when nothing is waiting. Read from
 * the overview the actor may see (findOjtOverview), so it names only their own team.
 */
export function nextInOjtQueue(overview: OjtOverview, savedPlanId: number): Confirmation["next"] | null {
  const waiting = overview.members.find((row) => row.plan === null || (row.plan.trainerMoved && row.plan.id !== savedPlanId));
  if (!waiting) return null;
  // A moved trainer is named again on the plan's edit page.
  const href = waiting.plan ? `/ojt/${waiting.plan.id}/edit` : `/team/ojt/new?trainee=${waiting.employeeId}&fy=${overview.fiscalYear}`;
  return { href, key: "nextOjtPlan", values: { trainee: waiting.name } };
}

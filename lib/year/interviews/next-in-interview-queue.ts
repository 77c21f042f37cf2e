import type { Confirmation } from "@/lib/platform/validation/form-state";
import type { TeamInterviews } from "./find-team-interviews";

/**
 * The supervisor's interview queue after a record, one click on: the first member they hold
 * interviews with who has had none this year (the list puts them first), never the one just
 * seen. Null when nobody is waiting, or when the view is too large to list its members.
 */
export function nextInInterviewQueue(team: Pick<TeamInterviews, "rows">, seenId: number): Confirmation["next"] | null {
  const waiting = team.rows.find((row) => row.count === 0 && row.canHold && row.employeeId !== seenId);
  return waiting ? { href: `/team/interviews/new?employee=${waiting.employeeId}`, key: "nextInterview", values: { name: waiting.name } } : null;
}

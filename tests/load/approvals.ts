import type { ApprovalRound } from "./cast";
import type { RoundResult } from "./consistency";
import { callFormAction } from "./server-actions";

/**
 * Two supervisors approve the same submitted plan at the same moment, round after round: the
 * plan's version guards the transition, so exactly one approval is done and the other is told
 * the plan changed (formError "conflict"), never both.
 */
export async function runApprovalRounds(baseUrl: string, rounds: ApprovalRound[], cookies: Map<number, string>, reviewPlan: string): Promise<RoundResult[]> {
  const results: RoundResult[] = [];
  for (const round of rounds) {
    const approve = async (employeeId: number) => {
      const fields = { planId: String(round.planId), version: String(round.version), decision: "approve", comment: "" };
      try {
        const answer = await callFormAction(baseUrl, cookies.get(employeeId) ?? "", `/plans/${round.planId}`, reviewPlan, fields, {
          signal: AbortSignal.timeout(30_000),
        });
        const state = answer.result as { ok?: boolean; formError?: string } | undefined;
        return answer.status === 200 && state?.ok === true ? "done" : state?.formError === "conflict" ? "refused" : "other";
      } catch {
        return "other";
      }
    };
    const answers = await Promise.all([approve(round.first.employeeId), approve(round.second.employeeId)]);
    results.push({
      planId: round.planId,
      acknowledged: answers.filter((answer) => answer === "done").length,
      refused: answers.filter((answer) => answer === "refused").length,
      other: answers.filter((answer) => answer === "other").length,
    });
  }
  return results;
}

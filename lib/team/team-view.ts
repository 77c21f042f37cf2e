import type { TeamMemberOverview } from "./find-team-overview";

// One collator for every sort: localeCompare with a locale builds a new one on each comparison.
const KANA_ORDER = new Intl.Collator("ja");

export type AttentionReason = "returned" | "noPlan" | "draft" | "overdue" | "noTrainer" | "noInterview" | "awaitingReview";

/**
 * Why a member needs the supervisor's attention, most pressing first. A plan (or the changes of
 * an approved plan) waiting for the supervisor is their own move; a returned or missing plan and overdue items are the member's,
 * but the supervisor follows them up; young staff without a trainer break the policy's OJT rule.
 */
export function attentionReasons(member: TeamMemberOverview, fiscalYearStart: Date): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (member.planStatus === "SUBMITTED" || member.planChangesSubmitted) reasons.push("awaitingReview");
  if (member.planStatus === "RETURNED") reasons.push("returned");
  if (member.planStatus === null) reasons.push("noPlan");
  if (member.planStatus === "DRAFT") reasons.push("draft");
  if (member.overdue > 0) reasons.push("overdue");
  if (member.youngStaff && !member.hasOjtTrainer) reasons.push("noTrainer");
  if (!member.lastInterviewOn || member.lastInterviewOn < fiscalYearStart) reasons.push("noInterview");
  return reasons;
}

const WEIGHT: Record<AttentionReason, number> = { awaitingReview: 40, returned: 30, noPlan: 25, overdue: 20, noTrainer: 20, draft: 10, noInterview: 5 };

export function attentionScore(reasons: readonly AttentionReason[]): number {
  return reasons.reduce((score, reason) => score + WEIGHT[reason], 0);
}


export const TEAM_SORTS = ["attention", "name", "progress", "hours", "interview"] as const;
export const TEAM_FILTERS = ["all", "attention", "young", "noPlan", "noTrainer"] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];
export type TeamFilter = (typeof TEAM_FILTERS)[number];

export interface TeamRow extends TeamMemberOverview {
  reasons: AttentionReason[];
  score: number;
}

/** Filters and orders the team's rows as the URL asks; pure, so it is unit-tested. */
export function arrangeTeam(members: readonly TeamMemberOverview[], fiscalYearStart: Date, sort: TeamSort, filter: TeamFilter): TeamRow[] {
  const rows = members.map((member) => {
    const reasons = attentionReasons(member, fiscalYearStart);
    return { ...member, reasons, score: attentionScore(reasons) };
  });
  const kept = rows.filter((row) => {
    switch (filter) {
      case "all":
        return true;
      case "attention":
        return row.score > 0;
      case "young":
        return row.youngStaff;
      case "noPlan":
        return row.planStatus === null || row.planStatus === "DRAFT";
      case "noTrainer":
        return row.youngStaff && !row.hasOjtTrainer;
    }
  });
  const byName = (a: TeamRow, b: TeamRow) => KANA_ORDER.compare(a.nameKana, b.nameKana);
  const compare: Record<TeamSort, (a: TeamRow, b: TeamRow) => number> = {
    attention: (a, b) => b.score - a.score || byName(a, b),
    name: byName,
    progress: (a, b) => a.averageProgress - b.averageProgress || byName(a, b),
    hours: (a, b) => a.trainingHours - b.trainingHours || byName(a, b),
    interview: (a, b) => (a.lastInterviewOn?.getTime() ?? 0) - (b.lastInterviewOn?.getTime() ?? 0) || byName(a, b),
  };
  return kept.sort(compare[sort]);
}

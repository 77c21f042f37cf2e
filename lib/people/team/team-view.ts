import { type SortDirection, sortRows, type TableViewOptions } from "@/lib/platform/paging/table-view";
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

/** The columns the people table sorts by (through the URL); none chosen is the attention order. */
export const TEAM_SORTS = ["name", "plan", "progress", "overdue", "hours", "interview", "ojt"] as const;
export const TEAM_FILTERS = ["all", "attention", "young", "noPlan", "noTrainer"] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];
export type TeamFilter = (typeof TEAM_FILTERS)[number];

/** The people table as the URL arranges it (lib/platform/paging/table-view.ts): no columns to choose. */
export const TEAM_TABLE_OPTIONS: TableViewOptions<TeamSort, never> = { sortable: TEAM_SORTS, choosable: [], defaultColumns: [], defaultOpen: "all" };

export interface TeamRow extends TeamMemberOverview {
  reasons: AttentionReason[];
  score: number;
}

// A plan's state in the order of the year's steps: none yet first, approved last.
const PLAN_STEP: Record<string, number> = { NONE: 0, DRAFT: 1, RETURNED: 2, SUBMITTED: 3, APPROVED: 4 };

/**
 * What each column sorts by. Never interviewed counts as the oldest interview; a member who is
 * not young staff has no OJT to sort (last either way), a young one without a trainer first.
 */
const SORT_VALUE: Record<TeamSort, (row: TeamRow) => number | string | null> = {
  name: (row) => row.nameKana,
  plan: (row) => PLAN_STEP[row.planStatus ?? "NONE"]! + (row.planChangesSubmitted ? 0.5 : 0),
  progress: (row) => row.averageProgress,
  overdue: (row) => row.overdue,
  hours: (row) => row.trainingHours,
  interview: (row) => row.lastInterviewOn?.getTime() ?? 0,
  ojt: (row) => (row.youngStaff ? (row.hasOjtTrainer ? 1 : 0) : null),
};

/**
 * Filters and orders the team's rows as the URL asks; pure, so it is unit-tested. The table's own
 * order is who needs attention first (then by kana); a sorted column keeps that order among equals.
 */
export function arrangeTeam(
  members: readonly TeamMemberOverview[],
  fiscalYearStart: Date,
  filter: TeamFilter,
  sort: TeamSort | null = null,
  dir: SortDirection = "asc",
): TeamRow[] {
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
  const byAttention = kept.sort((a, b) => b.score - a.score || KANA_ORDER.compare(a.nameKana, b.nameKana));
  return sort === null ? byAttention : sortRows(byAttention, SORT_VALUE[sort], dir);
}

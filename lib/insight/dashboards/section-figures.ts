import { sharePercent } from "@/lib/year/commitments/metric-figures";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { type AttentionRule, firedRules } from "./attention-rules";
import { perHundredStaff, perMember } from "./per-staff";
import { recordOf } from "@/lib/platform/validation/narrow";

/** The counts the database returns per section (or summed for the bureau). */
export interface SectionCounts {
  members: number;
  plansSubmitted: number;
  plansApproved: number;
  young: number;
  youngWithOjt: number;
  trainingParticipants: number;
  trainingHours: number;
  interviewed: number;
  commitmentsPlanned: number;
  commitmentsInProgress: number;
  commitmentsDone: number;
}

/** Shares in whole per cent; null when nobody counts (no members, no young staff). */
export interface SectionShares {
  submissionRate: number | null;
  approvalRate: number | null;
  ojtCoverage: number | null;
  participationRate: number | null;
  interviewRate: number | null;
}

/**
 * The shares, and amounts per member of staff where a count is not of people (hours,
 * commitments): rows of different sizes are compared side by side, and a raw count only says
 * which section or bureau is large. Null when nobody counts.
 */
export interface SectionRates extends SectionShares {
  /** hours per member of staff, to 0.1 */
  trainingHoursPerMember: number | null;
  /** individual commitments per 100 staff, to 0.1 */
  commitmentsPlannedPer100: number | null;
  commitmentsInProgressPer100: number | null;
  commitmentsDonePer100: number | null;
}

/** `attention`: the HR division's rules that fire for the section (none: no flag). */
export type SectionFigureRow = SectionCounts &
  SectionRates & { id: number; name: string; departmentName: string | null; needsAttention: boolean; attention: AttentionRule[] };
export type BureauTotalRow = SectionCounts & SectionRates;

/**
 * A total row's figures, in the order the city's bureau table, the bureau's section table and
 * their downloads show them. Every count of people sits beside its share of the staff, and every
 * other count (hours, commitments) beside its amount per member or per 100 staff: the units
 * differ tenfold in size, and a raw count compared across them only says which is large.
 */
export const TOTAL_FIGURES = [
  "members",
  "plansSubmitted",
  "submissionRate",
  "plansApproved",
  "approvalRate",
  "young",
  "youngWithOjt",
  "ojtCoverage",
  "trainingParticipants",
  "participationRate",
  "trainingHours",
  "trainingHoursPerMember",
  "interviewed",
  "interviewRate",
  "commitmentsPlanned",
  "commitmentsPlannedPer100",
  "commitmentsInProgress",
  "commitmentsInProgressPer100",
  "commitmentsDone",
  "commitmentsDonePer100",
] as const satisfies readonly (keyof BureauTotalRow)[];

export const COUNT_KEYS = [
  "members",
  "plansSubmitted",
  "plansApproved",
  "young",
  "youngWithOjt",
  "trainingParticipants",
  "trainingHours",
  "interviewed",
  "commitmentsPlanned",
  "commitmentsInProgress",
  "commitmentsDone",
] as const satisfies readonly (keyof SectionCounts)[];

export function ratesOf(counts: SectionCounts): SectionRates {
  return {
    submissionRate: sharePercent(counts.plansSubmitted, counts.members),
    approvalRate: sharePercent(counts.plansApproved, counts.members),
    ojtCoverage: sharePercent(counts.youngWithOjt, counts.young),
    participationRate: sharePercent(counts.trainingParticipants, counts.members),
    interviewRate: sharePercent(counts.interviewed, counts.members),
    trainingHoursPerMember: perMember(counts.trainingHours, counts.members),
    commitmentsPlannedPer100: perHundredStaff(counts.commitmentsPlanned, counts.members),
    commitmentsInProgressPer100: perHundredStaff(counts.commitmentsInProgress, counts.members),
    commitmentsDonePer100: perHundredStaff(counts.commitmentsDone, counts.members),
  };
}

/**
 * The bureau total is the sum of its sections, so that the table adds up; staff who sit above
 * the sections (the 局長, a 部 office) are not in it, as the total row's label says.
 */
export function totalOf(rows: readonly SectionCounts[]): BureauTotalRow {
  const total: SectionCounts = recordOf(COUNT_KEYS, (key) => rows.reduce((sum, row) => sum + row[key], 0));
  // Hours are decimals (to 0.1 h): the sum is rounded back so float noise never shows.
  total.trainingHours = Math.round(total.trainingHours * 10) / 10;
  return { ...total, ...ratesOf(total) };
}

/** The weaker of plan approval and OJT coverage; a share nobody counts for is no concern. */
const concern = (row: SectionShares) => Math.min(row.approvalRate ?? 101, row.ojtCoverage ?? 101);

/**
 * Sections needing attention first: those the HR division's rules flag, then the others; within
 * each, the lowest approval rate or OJT coverage, whichever is lower, then the lower approval rate; equal ones keep the org chart's order (the sort is stable). A section is
 * flagged by the rules alone (attention-rules.ts), never by where it stands against the bureau:
 * below the average is where half of any bureau always is.
 */
export function byAttention<T extends SectionShares>(
  rows: readonly T[],
  rules: readonly AttentionRule[],
  fiscalYear: number,
  today: CalendarDate,
): (T & { needsAttention: boolean; attention: AttentionRule[] })[] {
  return rows
    .map((row) => {
      const attention = firedRules(rules, row, fiscalYear, today);
      return { ...row, needsAttention: attention.length > 0, attention };
    })
    .sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention) || concern(a) - concern(b) || (a.approvalRate ?? 101) - (b.approvalRate ?? 101));
}

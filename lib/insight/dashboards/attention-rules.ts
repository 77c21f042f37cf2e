import { type CalendarDate, compareDates } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import type { AttentionComparison, AttentionFigure } from "@/lib/generated/prisma/enums";
import type { SectionShares } from "./section-figures";

/** A rule as the HR division set it (the `attention_rule` row without its bookkeeping). */
export interface AttentionRule {
  id: number;
  figure: AttentionFigure;
  comparison: AttentionComparison;
  /** per cent, 0–100 */
  threshold: number;
  /** the day of the fiscal year from which the rule applies (April–March) */
  fromMonth: number;
  fromDay: number;
}

/** The figures in the order the settings page offers them, and the share each one reads. */
export const ATTENTION_FIGURES = [
  "PLAN_SUBMISSION",
  "PLAN_APPROVAL",
  "OJT_COVERAGE",
  "TRAINING_PARTICIPATION",
  "INTERVIEW",
] as const satisfies readonly AttentionFigure[];
export const ATTENTION_COMPARISONS = ["BELOW", "AT_MOST"] as const satisfies readonly AttentionComparison[];

const RATE_OF: Record<AttentionFigure, keyof SectionShares> = {
  PLAN_SUBMISSION: "submissionRate",
  PLAN_APPROVAL: "approvalRate",
  OJT_COVERAGE: "ojtCoverage",
  TRAINING_PARTICIPATION: "participationRate",
  INTERVIEW: "interviewRate",
};

/** The months of a fiscal year in its own order, April first. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;

/** The last day a rule may start on in each month: 28 in February, which most years end on. */
export function lastDayOf(month: number): number {
  return month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day a rule starts on in a fiscal year: April–December in its first year, January–March in the next. */
export function ruleStart(rule: Pick<AttentionRule, "fromMonth" | "fromDay">, fiscalYear: number): CalendarDate {
  return { year: rule.fromMonth >= 4 ? fiscalYear : fiscalYear + 1, month: rule.fromMonth, day: rule.fromDay };
}

/**
 * The day a fiscal year's figures are read as of: today for the current year, its last day for a
 * year that has ended (every rule applies to a finished year), and for a year not yet begun its
 * eve, so no rule applies.
 */
export function readingDay(fiscalYear: number, today: CalendarDate): CalendarDate {
  const current = fiscalYearOf(today);
  if (fiscalYear < current) return fiscalYearEnd(fiscalYear);
  if (fiscalYear > current) return fiscalYearEnd(fiscalYear - 1);
  return today;
}

/**
 * Whether a rule fires for a row: it applies from its day on, and a share nobody counts for (no
 * members, no young staff) fires nothing, since 0 of 0 is no shortfall.
 */
export function fires(rule: AttentionRule, rates: SectionShares, fiscalYear: number, today: CalendarDate): boolean {
  if (compareDates(readingDay(fiscalYear, today), ruleStart(rule, fiscalYear)) < 0) return false;
  const value = rates[RATE_OF[rule.figure]];
  if (value === null) return false;
  return rule.comparison === "BELOW" ? value < rule.threshold : value <= rule.threshold;
}

/** The rules that fire for a row, in the order the rules are listed. */
export function firedRules(rules: readonly AttentionRule[], rates: SectionShares, fiscalYear: number, today: CalendarDate): AttentionRule[] {
  return rules.filter((rule) => fires(rule, rates, fiscalYear, today));
}

/**
 * A translator of the `attentionRules` namespace: the pages' (any key) or one made over the
 * catalogue for an export (its keys), as long as it knows these.
 */
export type AttentionRuleTranslator = (
  key: "rule" | "flag" | `figures.${AttentionFigure}` | `short.${AttentionFigure}`,
  values?: Record<string, string | number>,
) => string;

/** A rule in words, as the flag, the export and the settings page say it: 「計画の承認率が80%未満（7月1日から）」. */
export function describeAttentionRule(
  rule: Pick<AttentionRule, "figure" | "comparison" | "threshold" | "fromMonth" | "fromDay">,
  t: AttentionRuleTranslator,
): string {
  return t("rule", { figure: t(`figures.${rule.figure}`), threshold: rule.threshold, comparison: rule.comparison, month: rule.fromMonth, day: rule.fromDay });
}

/**
 * A fired rule as the flag beside a section says it, short enough for a table's first column:
 * 「承認率80%未満」. The page states each rule in full (with its day) above the table.
 */
export function flagOfAttentionRule(rule: Pick<AttentionRule, "figure" | "comparison" | "threshold">, t: AttentionRuleTranslator): string {
  return t("flag", { figure: t(`short.${rule.figure}`), threshold: rule.threshold, comparison: rule.comparison });
}

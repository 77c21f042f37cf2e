import { type CalendarDate, compareDates } from "@/lib/platform/dates/calendar-date";
import type { CommitmentLevel, CommitmentStatus } from "@/lib/generated/prisma/enums";
import { sharePercent } from "@/lib/year/commitments/metric-figures";

/**
 * The headquarters report's pure rules: small-group suppression and the highlight / lagging
 * findings. Kept free of the database so each rule is tested with literals.
 */

/** A figure about fewer people than this is not printed: in a 2-person group it is a person's. */
export const MIN_GROUP = 3;

/** A share in whole per cent, or null (printed 「－」) for a group too small to show or empty. */
export function shareOrSuppressed(reached: number, population: number): number | null {
  return population < MIN_GROUP ? null : sharePercent(reached, population);
}

/** An amount per member to 0.1, or null for a group too small to show. */
export function perMemberOrSuppressed(total: number, members: number): number | null {
  return members < MIN_GROUP ? null : Math.round((10 * total) / members) / 10;
}

/** How far a bureau's share must sit from the city's before it is named: 10 percentage points. */
export const GAP_POINTS = 10;

export const COMPARED_FIGURES = ["approvalRate", "ojtCoverage"] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

export type LevelCounts = Record<CommitmentLevel, { planned: number; done: number }>;

export interface MeasureForRules {
  label: string;
  levels: LevelCounts;
}

export interface BureauForRules {
  name: string;
  approvalRate: number | null;
  ojtCoverage: number | null;
}

export interface CityCommitmentForRules {
  title: string;
  status: CommitmentStatus;
  dueOn: CalendarDate | null;
}

export type Finding =
  | { kind: "measureWithoutCommitment" | "measureAtEveryLevel"; measure: string }
  | { kind: "bureauBelowCity" | "bureauAboveCity"; bureau: string; figure: ComparedFigure; value: number; city: number }
  | { kind: "cityCommitmentOverdue"; title: string; dueOn: CalendarDate }
  | { kind: "cityCommitmentDone"; title: string };

export interface Findings {
  highlights: Finding[];
  lagging: Finding[];
}

const LEVELS: readonly CommitmentLevel[] = ["INDIVIDUAL", "TEAM", "BUREAU", "CITY"];

/** Lagging: a measure nobody has committed to this year at any level. */
export function measuresWithoutCommitment(measures: readonly MeasureForRules[]): Finding[] {
  return measures.filter((m) => LEVELS.every((level) => m.levels[level].planned === 0)).map((m) => ({ kind: "measureWithoutCommitment", measure: m.label }));
}

/** Highlight: a measure carried at all four levels, as the policy's "one idea at four levels" hopes. */
export function measuresAtEveryLevel(measures: readonly MeasureForRules[]): Finding[] {
  return measures.filter((m) => LEVELS.every((level) => m.levels[level].planned > 0)).map((m) => ({ kind: "measureAtEveryLevel", measure: m.label }));
}

/**
 * Bureaus at least GAP_POINTS below (lagging) or above (highlight) the city's share of approved
 * plans or OJT coverage. Suppressed cells (null) are never compared, so a finding can never
 * reveal a figure the table hides.
 */
export function bureausAgainstCity(bureaus: readonly BureauForRules[], city: Pick<BureauForRules, ComparedFigure>, direction: "below" | "above"): Finding[] {
  const findings: Finding[] = [];
  for (const bureau of bureaus) {
    for (const figure of COMPARED_FIGURES) {
      const value = bureau[figure];
      const cityValue = city[figure];
      if (value === null || cityValue === null) continue;
      const gap = direction === "below" ? cityValue - value : value - cityValue;
      if (gap >= GAP_POINTS)
        findings.push({ kind: direction === "below" ? "bureauBelowCity" : "bureauAboveCity", bureau: bureau.name, figure, value, city: cityValue });
    }
  }
  return findings;
}

/** Lagging: a city commitment whose due date has passed (before today) and is neither done nor dropped. */
export function overdueCityCommitments(commitments: readonly CityCommitmentForRules[], today: CalendarDate): Finding[] {
  return commitments.flatMap((c): Finding[] =>
    c.dueOn !== null && compareDates(c.dueOn, today) < 0 && c.status !== "DONE" && c.status !== "DROPPED"
      ? [{ kind: "cityCommitmentOverdue", title: c.title, dueOn: c.dueOn }]
      : [],
  );
}

/** Highlight: a city commitment reported done. */
export function doneCityCommitments(commitments: readonly CityCommitmentForRules[]): Finding[] {
  return commitments.filter((c) => c.status === "DONE").map((c) => ({ kind: "cityCommitmentDone", title: c.title }));
}

export function deriveFindings(input: {
  measures: readonly MeasureForRules[];
  bureaus: readonly BureauForRules[];
  city: Pick<BureauForRules, ComparedFigure>;
  cityCommitments: readonly CityCommitmentForRules[];
  today: CalendarDate;
}): Findings {
  return {
    highlights: [
      ...measuresAtEveryLevel(input.measures),
      ...bureausAgainstCity(input.bureaus, input.city, "above"),
      ...doneCityCommitments(input.cityCommitments),
    ],
    lagging: [
      ...measuresWithoutCommitment(input.measures),
      ...bureausAgainstCity(input.bureaus, input.city, "below"),
      ...overdueCityCommitments(input.cityCommitments, input.today),
    ],
  };
}

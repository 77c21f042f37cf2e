import "server-only";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { youngCutoff } from "@/lib/insight/dashboards/city-sql";
import { memberFiguresCte } from "@/lib/insight/dashboards/member-figures-sql";
import { findWithheldGroups } from "@/lib/insight/dashboards/withheld-groups";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { perMemberOrSuppressed, shareOrSuppressed } from "./report-rules";
import { recordOf } from "@/lib/platform/validation/narrow";

/** The counts per bureau, summed by the database over the bureau's members. */
export interface BureauCounts {
  members: number;
  plansApproved: number;
  young: number;
  youngWithOjt: number;
  trainingHours: number;
  interviewed: number;
}

/** What the report prints: null is 「－」 (fewer than three people behind the figure, or none). */
export interface BureauRates {
  approvalRate: number | null;
  ojtCoverage: number | null;
  hoursPerMember: number | null;
  interviewRate: number | null;
}

export type BureauComparisonRow = BureauCounts & BureauRates & { id: number; name: string };

/**
 * What the report prints for a bureau or the city: the head-count and the rates, each null
 * (「－」) when the city view withholds that group (small-groups.ts) — the report is one more view
 * of the same groups, so it withholds exactly the same ones, the head-count included.
 */
export type ShownFigures = { members: number | null } & BureauRates;

export interface BureauComparison {
  bureaus: (ShownFigures & { id: number; name: string })[];
  city: ShownFigures;
}

export function ratesOfBureau(counts: BureauCounts): BureauRates {
  return {
    approvalRate: shareOrSuppressed(counts.plansApproved, counts.members),
    ojtCoverage: shareOrSuppressed(counts.youngWithOjt, counts.young),
    hoursPerMember: perMemberOrSuppressed(counts.trainingHours, counts.members),
    interviewRate: shareOrSuppressed(counts.interviewed, counts.members),
  };
}

const KEYS = ["members", "plansApproved", "young", "youngWithOjt", "trainingHours", "interviewed"] as const satisfies readonly (keyof BureauCounts)[];

/**
 * Counts per unit for the given units (id, name, path, position), in one statement over the
 * same per-member figures as the bureau dashboard (memberFiguresCte), so that "approved plan",
 * "young staff with OJT", training hours and "interviewed" mean the same on both pages. Unlike
 * the bureau dashboard's total, a unit counts everyone in its subtree, the 局長 included.
 * Exported apart from the bureau list so that a test can point it at units it created.
 */
export async function countUnitFigures(units: Prisma.Sql, options: { fiscalYear: number; today: CalendarDate }): Promise<BureauComparisonRow[]> {
  const cte = memberFiguresCte(units, { ...options, youngStaffYears: await getYoungStaffYears(db), verifiedOnly: await getCountVerifiedOnly(db) });
  const rows = await db.$queryRaw<(BureauCounts & { id: number; name: string })[]>`${cte}
    SELECT sec.id, sec.name,
           count(m.id)::int AS members,
           count(m.id) FILTER (WHERE m.plan_status = 'APPROVED')::int AS "plansApproved",
           count(m.id) FILTER (WHERE m.young)::int AS young,
           count(m.id) FILTER (WHERE m.young AND m.has_ojt)::int AS "youngWithOjt",
           coalesce(sum(m.hours), 0)::float8 AS "trainingHours",
           count(m.id) FILTER (WHERE m.interviews > 0)::int AS interviewed
    FROM sec LEFT JOIN m ON m.section_id = sec.id
    GROUP BY sec.id, sec.name, sec.position
    ORDER BY sec.position, sec.id`;
  return rows.map((row) => ({ ...row, trainingHours: Math.round(row.trainingHours * 10) / 10, ...ratesOfBureau(row) }));
}

/**
 * Every current 局・区 of the city, in the org chart's order, and the city as their sum, with the
 * groups the city view withholds withheld here too (the same atoms, read in parallel).
 */
export async function compareBureaus(options: { fiscalYear: number; today: CalendarDate }): Promise<BureauComparison> {
  const youngAfter = youngCutoff(options.fiscalYear, options.today, await getYoungStaffYears(db));
  const [bureaus, withheldByYear] = await Promise.all([
    countUnitFigures(Prisma.sql`SELECT b.id, b.name, b.path, b.position FROM org_unit b WHERE b.kind = 'BUREAU' AND b.retired_at IS NULL`, options),
    findWithheldGroups(null, [{ fiscalYear: options.fiscalYear, youngAfter }]),
  ]);
  const withheld = withheldByYear.get(options.fiscalYear);
  const total: BureauCounts = recordOf(KEYS, (key) => bureaus.reduce((sum, row) => sum + row[key], 0));
  total.trainingHours = Math.round(total.trainingHours * 10) / 10;
  const shown = (counts: BureauCounts & BureauRates, bureauId?: number): ShownFigures => {
    if (withheld?.isWithheld({ bureauId }) ?? true) return { members: null, approvalRate: null, ojtCoverage: null, hoursPerMember: null, interviewRate: null };
    const youngWithheld = withheld?.isWithheld({ bureauId, youngOnly: true }) ?? true;
    return {
      members: counts.members,
      approvalRate: counts.approvalRate,
      ojtCoverage: youngWithheld ? null : counts.ojtCoverage,
      hoursPerMember: counts.hoursPerMember,
      interviewRate: counts.interviewRate,
    };
  };
  return {
    bureaus: bureaus.map((row) => ({ id: row.id, name: row.name, ...shown(row, row.id) })),
    city: shown({ ...total, ...ratesOfBureau(total) }),
  };
}

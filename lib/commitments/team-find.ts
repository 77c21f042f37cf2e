import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeMetric } from "./compute-metric";
import type { MetricFigures } from "./metric-figures";
import { ledTeamUnits, ownedTeamWhere, reviewableTeamWhere, type TeamUnit } from "./team-access";
import { type TeamCommitmentRow, teamCommitmentSelect } from "./team-select";

export type TeamCommitmentWithFigures = TeamCommitmentRow & { figures: MetricFigures | null };

/**
 * The supervisor's own team commitments for a fiscal year, grouped by the units they lead (a
 * unit without any is listed too, so there is somewhere to add the first), each with the
 * progress the portal computes for it now. NOT_FOUND for someone who leads no unit.
 */
export async function findTeamCommitments(actor: Actor, fiscalYear: number): Promise<{ unit: TeamUnit; commitments: TeamCommitmentWithFigures[] }[]> {
  const scope = ownedTeamWhere(actor);
  const rows = await db.commitment.findMany({ where: { AND: [scope, { fiscalYear }] }, orderBy: [{ position: "asc" }, { id: "asc" }], select: teamCommitmentSelect });
  const today = tokyoDate();
  // One aggregate query per computed commitment: a team has a handful of them.
  const withFigures = await Promise.all(rows.map(async (row) => ({ ...row, figures: row.status === "DROPPED" ? null : await computeMetric(db, row, today) })));
  return ledTeamUnits(actor).map((unit) => ({ unit, commitments: withFigures.filter((commitment) => commitment.ownerUnitId === unit.id) }));
}

/**
 * The fiscal years with team commitments the actor owns or reviews, newest first, always with
 * the current year and, for owners, the next (next year's are written in March).
 */
export async function findTeamCommitmentYears(actor: Actor, as: "OWNER" | "REVIEWER"): Promise<number[]> {
  const where: Prisma.CommitmentWhereInput = as === "OWNER" ? ownedTeamWhere(actor) : reviewableTeamWhere(actor);
  const rows = await db.commitment.findMany({ where, distinct: ["fiscalYear"], select: { fiscalYear: true } });
  const current = fiscalYearOf(tokyoDate());
  const years = new Set([current, ...(as === "OWNER" ? [current + 1] : []), ...rows.map((row) => row.fiscalYear)]);
  return [...years].sort((a, b) => b - a);
}

import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type OwnerUnit, ownedWhere, ownerUnitsOf, readableWhere, reviewableWhere, type StandaloneLevel } from "./commitment-access";
import { computeMetric } from "./compute-metric";
import type { MetricFigures } from "./metric-figures";
import { type TeamCommitmentRow, teamCommitmentSelect } from "./team-select";

export type CommitmentWithFigures = TeamCommitmentRow & { figures: MetricFigures | null };

/** Commitments in `scope` for a fiscal year, in their order, each with the progress computed now. */
async function listWithFigures(scope: Prisma.CommitmentWhereInput, fiscalYear: number): Promise<CommitmentWithFigures[]> {
  const rows = await db.commitment.findMany({
    where: { AND: [scope, { fiscalYear }] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: teamCommitmentSelect,
  });
  const today = tokyoDate();
  // One aggregate query per computed commitment: an owner has a handful of them.
  return Promise.all(rows.map(async (row) => ({ ...row, figures: row.status === "DROPPED" ? null : await computeMetric(db, row, today) })));
}

/**
 * The actor's own team or bureau commitments for a fiscal year, grouped by the units they own
 * (a unit without any is listed too, so there is somewhere to add the first). NOT_FOUND for
 * someone who owns none at that level.
 */
export async function findOwnCommitments(
  actor: Actor,
  level: "TEAM" | "BUREAU",
  fiscalYear: number,
): Promise<{ unit: OwnerUnit; commitments: CommitmentWithFigures[] }[]> {
  const rows = await listWithFigures(ownedWhere(actor, level), fiscalYear);
  return ownerUnitsOf(actor, level).map((unit) => ({ unit, commitments: rows.filter((commitment) => commitment.ownerUnitId === unit.id) }));
}

/**
 * One unit's commitments of `level` for a fiscal year. Unscoped: the caller has already decided
 * the actor may read that unit's (the bureau dashboard, through its coordinator's scope).
 */
export async function findUnitCommitments(unitId: number, level: "TEAM" | "BUREAU", fiscalYear: number): Promise<CommitmentWithFigures[]> {
  return listWithFigures({ level, ownerUnitId: unitId }, fiscalYear);
}

/** The city's commitments for a fiscal year, for whoever may read them (HR, HQ, coordinators). */
export async function findCityCommitments(actor: Actor, fiscalYear: number): Promise<CommitmentWithFigures[]> {
  return listWithFigures(readableWhere(actor, "CITY"), fiscalYear);
}

/**
 * The fiscal years with commitments of `level` the actor owns, reviews or reads, newest first,
 * always with the current year and, for owners, the next (next year's are written in March).
 */
export async function findCommitmentYears(actor: Actor, level: StandaloneLevel, as: "OWNER" | "REVIEWER" | "READER"): Promise<number[]> {
  const where = as === "OWNER" ? ownedWhere(actor, level) : as === "REVIEWER" ? reviewableWhere(actor, level) : readableWhere(actor, level);
  const rows = await db.commitment.findMany({ where, distinct: ["fiscalYear"], select: { fiscalYear: true } });
  const current = fiscalYearOf(tokyoDate());
  const years = new Set([current, ...(as === "OWNER" ? [current + 1] : []), ...rows.map((row) => row.fiscalYear)]);
  return [...years].sort((a, b) => b - a);
}

import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { planReading } from "@/lib/year/plans/get-plan-detail";
import { isClosedForWrites } from "@/lib/year/rollover/rollover-rules";
import { type AchievementLevel, RATEABLE_STATUSES, readAchievementScale } from "./achievement-scale";

export interface YearEndCommitment {
  id: number;
  title: string;
  rating: string | null;
  supervisorComment: string;
  commentedBy: string | null;
  /** the rating row's version the forms send back (0 while nobody has rated or commented) */
  version: number;
}

export interface PlanYearEnd {
  scale: AchievementLevel[];
  /** the owner rates; the supervisor who reviews the plan comments; everyone else who reads the plan reads */
  canRate: boolean;
  canComment: boolean;
  /** the year takes no more ratings or comments: what is missing now stays missing */
  closed: boolean;
  commitments: YearEndCommitment[];
}

/**
 * The year-end ratings of a plan's agreed commitments, for whoever may read the plan (its owner,
 * their supervisors, their bureau's coordinator, HR); NOT_FOUND to anyone else, as the plan is.
 */
export async function getPlanYearEnd(actor: Actor, planId: number): Promise<PlanYearEnd> {
  // The plan and the reader's access as the plan's page has them: read once per request.
  const { owner: plan, access } = await planReading(actor, planId);
  const [{ levels }, year, commitments] = await Promise.all([
    readAchievementScale(db),
    db.fiscalYear.findUnique({ where: { year: plan.fiscalYear }, select: { status: true } }),
    db.commitment.findMany({
      where: { planId, status: { in: [...RATEABLE_STATUSES] } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        yearEndRating: { select: { rating: true, supervisorComment: true, version: true, commentedBy: { select: { name: true } } } },
      },
    }),
  ]);
  // A closed year takes no rating or comment (assertYearOpen refuses them): no form for it.
  const closed = isClosedForWrites(plan.fiscalYear, year?.status, actor);
  return {
    scale: levels,
    canRate: access.canEdit && !closed,
    canComment: access.canReview && !closed,
    closed,
    commitments: commitments.map(({ id, title, yearEndRating: rating }) => ({
      id,
      title,
      rating: rating?.rating ?? null,
      supervisorComment: rating?.supervisorComment ?? "",
      commentedBy: rating?.commentedBy?.name ?? null,
      version: rating?.version ?? 0,
    })),
  };
}

/**
 * What the reader may enter on the plan's year-end page, if anything: the owner rates its agreed
 * commitments; the reviewing supervisor comments, once the owner has rated one. The plan's page
 * links there by it, and the year-end page answers not found without it (the writes themselves
 * are refused in rate-commitment.ts).
 */
export function yearEndEntry(yearEnd: PlanYearEnd): "rate" | "comment" | null {
  if (yearEnd.commitments.length === 0) return null;
  if (yearEnd.canRate) return "rate";
  return yearEnd.canComment && yearEnd.commitments.some((commitment) => commitment.rating !== null) ? "comment" : null;
}

/** Whether anyone has rated or commented on any of the plan's commitments yet. */
export function hasYearEndEntries(yearEnd: PlanYearEnd): boolean {
  return yearEnd.commitments.some((commitment) => commitment.rating !== null || commitment.supervisorComment !== "");
}

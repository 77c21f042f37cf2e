import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { reviewableWhere, type StandaloneLevel } from "./commitment-access";

/**
 * The commitments of `level` the actor reviews for a fiscal year (a coordinator's bureau's team
 * commitments, every bureau's for HR, the city's for the headquarters): those waiting for review
 * first, the oldest submission first, then the rest by unit. NOT_FOUND for anyone who reviews none.
 */
export async function findCommitmentsForReview(actor: Actor, level: StandaloneLevel, fiscalYear: number) {
  const scope = reviewableWhere(actor, level);
  const rows = await db.commitment.findMany({
    where: { AND: [scope, { fiscalYear }] },
    orderBy: [{ ownerUnit: { path: "asc" } }, { position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      metric: true,
      progressPercent: true,
      dueOn: true,
      measure: { select: { number: true, name: true, area: { select: { number: true } } } },
      ownerUnit: { select: { name: true, trail: true } },
      events: { where: { action: "SUBMIT" }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 1, select: { at: true } },
    },
  });
  const list = rows.map(({ events, ...row }) => ({ ...row, submittedAt: events[0]?.at ?? null }));
  const awaiting = list.filter((row) => row.status === "SUBMITTED").sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
  return { awaiting, others: list.filter((row) => row.status !== "SUBMITTED") };
}

export type ReviewRow = Awaited<ReturnType<typeof findCommitmentsForReview>>["awaiting"][number];

import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { reviewableTeamWhere } from "./team-access";

/**
 * The team commitments of the bureau coordinator's bureau for a fiscal year: those waiting for
 * review first, the oldest submission first, then the rest by unit. NOT_FOUND for anyone who is
 * not a bureau coordinator.
 */
export async function findTeamCommitmentsForReview(actor: Actor, fiscalYear: number) {
  const scope = reviewableTeamWhere(actor);
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
      ownerUnit: { select: { name: true } },
      events: { where: { action: "SUBMIT" }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 1, select: { at: true } },
    },
  });
  const list = rows.map(({ events, ...row }) => ({ ...row, submittedAt: events[0]?.at ?? null }));
  const awaiting = list.filter((row) => row.status === "SUBMITTED").sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
  return { awaiting, others: list.filter((row) => row.status !== "SUBMITTED") };
}

export type TeamReviewRow = Awaited<ReturnType<typeof findTeamCommitmentsForReview>>["awaiting"][number];

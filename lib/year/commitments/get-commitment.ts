import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { computeMetric } from "./compute-metric";
import { commitmentAccess, readableWhere } from "./commitment-access";
import { teamCommitmentSelect } from "./team-select";

/**
 * One team, bureau or city commitment with its timeline, as the actor may treat it (owner,
 * reviewer or reader), and the progress the portal computes for it now. NOT_FOUND outside their
 * scope, and for an individual commitment, which is read through its plan.
 */
export async function getCommitment(actor: Actor, commitmentId: number) {
  const scope = readableWhere(actor);
  const commitment = await db.commitment.findFirst({
    where: { AND: [{ id: commitmentId }, scope] },
    select: {
      ...teamCommitmentSelect,
      createdBy: { select: { name: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, action: true, fromStatus: true, toStatus: true, comment: true, at: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!commitment || commitment.level === "INDIVIDUAL") throw notFound("commitment");
  const level = commitment.level;
  const figures = commitment.status === "DROPPED" ? null : await computeMetric(db, commitment);
  return { commitment: { ...commitment, level }, access: commitmentAccess(actor, { level, ownerUnit: commitment.ownerUnit }), figures };
}

export type CommitmentDetail = Awaited<ReturnType<typeof getCommitment>>["commitment"];

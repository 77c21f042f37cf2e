import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { computeMetric } from "./compute-metric";
import { readableTeamWhere, teamCommitmentAccess } from "./team-access";
import { teamCommitmentSelect } from "./team-select";

/**
 * One team commitment with its timeline, as the actor may treat it (owner, reviewer or HR
 * reader), and the progress the portal computes for it now. NOT_FOUND outside their scope.
 */
export async function getTeamCommitment(actor: Actor, commitmentId: number) {
  const scope = readableTeamWhere(actor);
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
  if (!commitment?.ownerUnit) throw notFound("commitment");
  const figures = commitment.status === "DROPPED" ? null : await computeMetric(db, commitment);
  return { commitment: { ...commitment, ownerUnit: commitment.ownerUnit }, access: teamCommitmentAccess(actor, commitment.ownerUnit), figures };
}

export type TeamCommitmentDetail = Awaited<ReturnType<typeof getTeamCommitment>>["commitment"];

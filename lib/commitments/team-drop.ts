import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { DROPPABLE } from "./commitment-rules";
import { ownedTeamWhere } from "./team-access";
import { refusePastYear, transitionCommitment } from "./transition-commitment";

/** Drops a team commitment: it stays in the unit's history, marked as dropped, with the reason. */
export async function dropTeamCommitment(actor: Actor, commitmentId: number, version: number, reason: string): Promise<void> {
  const where = ownedTeamWhere(actor);
  await db.$transaction((tx) =>
    transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: DROPPABLE,
      to: "DROPPED",
      action: "STATUS",
      auditAction: "commitment.drop",
      comment: reason.trim(),
      actorId: actor.employeeId,
      guard: refusePastYear,
    }),
  );
}

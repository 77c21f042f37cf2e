import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { DROPPABLE } from "./commitment-rules";
import { ownedWhere } from "./commitment-access";
import { refusePastYear, transitionCommitment } from "./transition-commitment";

/** Drops a commitment: it stays in its owner's history, marked as dropped, with the reason. */
export async function dropCommitment(actor: Actor, commitmentId: number, version: number, reason: string): Promise<void> {
  const where = ownedWhere(actor);
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
      actor,
      guard: refusePastYear,
    }),
  );
}

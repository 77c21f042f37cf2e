import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { NOBODY_NOTIFIED, type Notified, notify } from "@/lib/messaging/notifications/notify";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { SUBMITTABLE } from "./commitment-rules";
import { ownedWhere } from "./commitment-access";
import { reviewersOf } from "./commitment-recipients";
import { refusePastYear, transitionCommitment } from "./transition-commitment";

/**
 * The owner submits a draft or returned commitment to its level's reviewers (bureau coordinators,
 * the HR division or the headquarters), who are told of it; the answer says who.
 */
export async function submitCommitment(actor: Actor, commitmentId: number, version: number): Promise<Notified> {
  const where = ownedWhere(actor);
  return db.$transaction(async (tx) => {
    const commitment = await transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: SUBMITTABLE,
      to: "SUBMITTED",
      action: "SUBMIT",
      auditAction: "commitment.submit",
      actor,
      guard: refusePastYear,
    });
    if (commitment.level === "INDIVIDUAL") return NOBODY_NOTIFIED;
    // Returned to be revised: revised now.
    await resolveNotifications(tx, `/commitments/${commitmentId}`, ["COMMITMENT_RETURNED"]);
    return notify(tx, await reviewersOf(tx, { level: commitment.level, ownerUnitId: commitment.ownerUnitId }), {
      kind: "COMMITMENT_SUBMITTED",
      actorId: actor.employeeId,
      href: `/commitments/${commitmentId}`,
      params: { name: actor.name, unit: commitment.ownerUnit?.name ?? "", title: commitment.title },
    });
  });
}

/** The owner takes a submitted commitment back to change it before it is reviewed. */
export async function withdrawCommitment(actor: Actor, commitmentId: number, version: number): Promise<void> {
  const where = ownedWhere(actor);
  await db.$transaction((tx) =>
    transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: ["SUBMITTED"],
      to: "DRAFT",
      action: "REOPEN",
      auditAction: "commitment.withdraw",
      actor,
      guard: refusePastYear,
    }),
  );
}

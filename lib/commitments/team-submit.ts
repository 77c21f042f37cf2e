import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { SUBMITTABLE } from "./commitment-rules";
import { ownedTeamWhere } from "./team-access";
import { bureauCoordinatorsOf } from "./team-recipients";
import { refusePastYear, transitionCommitment } from "./transition-commitment";

/** The unit's supervisor submits a draft or returned team commitment to the bureau coordinators. */
export async function submitTeamCommitment(actor: Actor, commitmentId: number, version: number): Promise<void> {
  const where = ownedTeamWhere(actor);
  await db.$transaction(async (tx) => {
    const commitment = await transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: SUBMITTABLE,
      to: "SUBMITTED",
      action: "SUBMIT",
      actorId: actor.employeeId,
      guard: refusePastYear,
    });
    if (commitment.ownerUnitId === null) return;
    await notify(tx, await bureauCoordinatorsOf(tx, commitment.ownerUnitId), {
      kind: "COMMITMENT_SUBMITTED",
      actorId: actor.employeeId,
      href: `/commitments/${commitmentId}`,
      params: { name: actor.name, unit: commitment.ownerUnit?.name ?? "", title: commitment.title },
    });
  });
}

/** The owner takes a submitted team commitment back to change it before it is reviewed. */
export async function withdrawTeamCommitment(actor: Actor, commitmentId: number, version: number): Promise<void> {
  const where = ownedTeamWhere(actor);
  await db.$transaction((tx) =>
    transitionCommitment(tx, {
      commitmentId,
      version,
      where,
      from: ["SUBMITTED"],
      to: "DRAFT",
      action: "REOPEN",
      auditAction: "commitment.withdraw",
      actorId: actor.employeeId,
      guard: refusePastYear,
    }),
  );
}

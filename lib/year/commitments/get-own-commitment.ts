import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { commitmentSelect } from "./commitment-select";

/** One of the actor's own individual commitments, with its plan's state and its timeline. */
export async function getOwnCommitment(actor: Actor, commitmentId: number) {
  const commitment = await db.commitment.findFirst({
    where: { id: commitmentId, level: "INDIVIDUAL", ownerEmployeeId: actor.employeeId },
    select: {
      ...commitmentSelect,
      plan: { select: { id: true, status: true, fiscalYear: true, changesSubmittedAt: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, action: true, comment: true, at: true, actor: { select: { name: true } } } },
    },
  });
  if (!commitment?.plan) throw notFound("commitment");
  return { ...commitment, plan: commitment.plan };
}

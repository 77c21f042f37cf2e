import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { assertUpdated, notAllowed, notFound } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { resolveHandoverAccess } from "./handover-access";
import { type HandoverNoteInput, handoverNoteSchema } from "./schemas";

/**
 * The previous supervisor's handover note, written before the move takes effect: from that day
 * the person is no longer in their team and the note is the new supervisor's to read.
 */
export async function writeHandoverNote(actor: Actor, input: HandoverNoteInput): Promise<void> {
  const data = parseInput(handoverNoteSchema, input);
  const access = await resolveHandoverAccess(actor, data.transferId);
  if (access.reader !== "SUPERVISOR") throw notFound("transfer");
  await db.$transaction(async (tx) => {
    const transfer = await tx.staffTransfer.findUniqueOrThrow({ where: { id: data.transferId }, select: { status: true, handoverNote: true } });
    if (transfer.status !== "SCHEDULED") throw notAllowed("the transfer has taken effect");
    assertUpdated(
      await tx.staffTransfer.updateMany({
        where: { id: data.transferId, version: data.version, status: "SCHEDULED" },
        data: { handoverNote: data.note, handoverNoteById: actor.employeeId, handoverNoteAt: new Date(), version: { increment: 1 } },
      }),
      "transfer",
    );
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "transfer.note",
      entity: "staff_transfer",
      entityId: data.transferId,
      detail: { before: transfer.handoverNote, after: data.note },
    });
  });
}

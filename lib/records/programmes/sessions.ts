import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { notAllowed, notFound } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { programmeWrite } from "./access";
import { type SessionCreateInput, sessionCreateSchema } from "./schemas";

/** A run of a programme in a fiscal year; a retired programme takes no new sessions. */
export async function createSession(actor: Actor, input: SessionCreateInput): Promise<number> {
  const data = parseInput(sessionCreateSchema, input);
  return programmeWrite(actor, async (tx) => {
    const programme = await tx.trainingProgramme.findUnique({ where: { id: data.programmeId }, select: { retiredAt: true } });
    if (!programme) throw notFound("training programme");
    if (programme.retiredAt) throw notAllowed("the programme is retired");
    const session = await tx.trainingSession.create({
      data: {
        programmeId: data.programmeId,
        fiscalYear: data.fiscalYear,
        startOn: toDateColumn(parseIsoDate(data.startOn)),
        endOn: toDateColumn(parseIsoDate(data.endOn)),
        venue: data.venue,
        online: data.online,
        capacity: data.capacity ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "programme.session.create",
      entity: "training_session",
      entityId: session.id,
      detail: { after: { ...data, capacity: data.capacity ?? null } },
    });
    return session.id;
  });
}

import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { invalidInput, notFound } from "@/lib/errors";
import { ledTeamUnits } from "./team-access";
import { teamCommitmentColumns } from "./team-columns";
import type { NewTeamCommitmentInput } from "./team-schemas";

/**
 * A supervisor records a team commitment, as a draft, for a unit they lead and the current
 * fiscal year or the next (the next year's are written in March). Someone who leads no unit is
 * answered NOT_FOUND; a unit they do not lead is a wrong choice in the form.
 */
export async function createTeamCommitment(actor: Actor, input: NewTeamCommitmentInput): Promise<number> {
  const units = ledTeamUnits(actor);
  if (units.length === 0) throw notFound("unit");
  if (!units.some((unit) => unit.id === input.unitId)) throw invalidInput("unitId", "invalid");
  const current = fiscalYearOf(tokyoDate());
  if (input.fiscalYear !== current && input.fiscalYear !== current + 1) throw invalidInput("fiscalYear", "invalid");

  return db.$transaction(async (tx) => {
    if ((await tx.orgUnit.count({ where: { id: input.unitId, retiredAt: null } })) === 0) throw invalidInput("unitId", "invalid");
    const columns = await teamCommitmentColumns(tx, input, input.fiscalYear);
    const last = await tx.commitment.aggregate({ where: { level: "TEAM", ownerUnitId: input.unitId, fiscalYear: input.fiscalYear }, _max: { position: true } });
    const created = await tx.commitment.create({
      data: {
        ...columns,
        level: "TEAM",
        fiscalYear: input.fiscalYear,
        ownerUnitId: input.unitId,
        createdById: actor.employeeId,
        position: (last._max.position ?? -1) + 1,
        status: "DRAFT",
        events: { create: { action: "CREATE", toStatus: "DRAFT", actorId: actor.employeeId } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.create",
      entity: "commitment",
      entityId: created.id,
      detail: { level: "TEAM", unitId: input.unitId, fiscalYear: input.fiscalYear, after: columns },
    });
    return created.id;
  });
}

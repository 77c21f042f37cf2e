import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { invalidInput, notFound } from "@/lib/platform/errors";
import { ownerUnitsOf, ownsLevel, type StandaloneLevel } from "./commitment-access";
import { teamCommitmentColumns } from "./team-columns";
import type { NewTeamCommitmentInput } from "./team-schemas";

export type NewStandaloneInput = Omit<NewTeamCommitmentInput, "unitId"> & { unitId?: number | undefined };

/**
 * The owner records a commitment of `level`, as a draft, for the current fiscal year or the next
 * (the next year's are written in March): a supervisor for a unit they lead, a bureau coordinator
 * for the bureau of their grant, the HR division for the city (no unit). Someone who owns nothing
 * at that level is answered NOT_FOUND; a unit they do not own is a wrong choice in the form.
 */
export async function createCommitment(actor: Actor, level: StandaloneLevel, input: NewStandaloneInput): Promise<number> {
  if (!ownsLevel(actor, level)) throw notFound("unit");
  const unitId = level === "CITY" ? null : (input.unitId ?? null);
  if (level !== "CITY" && !ownerUnitsOf(actor, level).some((unit) => unit.id === unitId)) throw invalidInput("unitId", "invalid");
  const current = fiscalYearOf(tokyoDate());
  if (input.fiscalYear !== current && input.fiscalYear !== current + 1) throw invalidInput("fiscalYear", "invalid");

  return db.$transaction(async (tx) => {
    await assertYearOpen(tx, actor, input.fiscalYear);
    if (unitId !== null && (await tx.orgUnit.count({ where: { id: unitId, retiredAt: null } })) === 0) throw invalidInput("unitId", "invalid");
    const columns = await teamCommitmentColumns(tx, input, input.fiscalYear);
    const last = await tx.commitment.aggregate({ where: { level, ownerUnitId: unitId, fiscalYear: input.fiscalYear }, _max: { position: true } });
    const created = await tx.commitment.create({
      data: {
        ...columns,
        level,
        fiscalYear: input.fiscalYear,
        ownerUnitId: unitId,
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
      detail: { level, unitId, fiscalYear: input.fiscalYear, after: columns },
    });
    return created.id;
  });
}

import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, compareDates, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { db } from "@/lib/platform/db/client";
import { conflict, invalidInput, notFound } from "@/lib/platform/errors";
import { actingReviewerSchema } from "@/lib/year/cycle/cycle-schemas";
import { parseInput } from "@/lib/records/parse-input";
import { id, version } from "@/lib/platform/validation/fields";
import { leadsOwnTeam, namesActingReviewersForOthers } from "./acting-reviewer-access";

/**
 * Names an acting reviewer (代決) for a supervisor from one date to another (both inclusive).
 * A supervisor names one for themselves (the supervisor's staff number left empty or their own);
 * the HR division for any supervisor. The acting reviewer then has the supervisor's team through
 * lib/platform/auth/load-actor.ts until the end date passes — no job ends it. One at a time per
 * supervisor: periods that overlap are refused. Audited.
 */
export async function nameActingReviewer(actor: Actor, input: unknown, today: CalendarDate = tokyoDate()): Promise<{ id: number }> {
  const data = parseInput(actingReviewerSchema, input);
  const forOther = data.supervisorStaffNumber !== "" && data.supervisorStaffNumber !== actor.staffNumber;
  if (forOther ? !namesActingReviewersForOthers(actor) : !leadsOwnTeam(actor) && !namesActingReviewersForOthers(actor)) throw notFound("acting reviewer");
  const startsOn = parseIsoDate(data.startsOn);
  const endsOn = parseIsoDate(data.endsOn);
  if (compareDates(endsOn, today) < 0) throw invalidInput("endsOn", "past");
  const day = toDateColumn(today);
  return db.$transaction(async (tx) => {
    const supervisor = await tx.employee.findFirst({
      where: { ...(forOther ? { staffNumber: data.supervisorStaffNumber } : { id: actor.employeeId }), active: true },
      select: {
        id: true,
        name: true,
        assignments: { where: { role: "SUPERVISOR", OR: [{ validTo: null }, { validTo: { gte: day } }] }, select: { id: true }, take: 1 },
      },
    });
    if (!supervisor || supervisor.assignments.length === 0) throw invalidInput("supervisorStaffNumber", "notSupervisor");
    const acting = await tx.employee.findFirst({ where: { staffNumber: data.actingStaffNumber, active: true }, select: { id: true, name: true } });
    if (!acting) throw invalidInput("actingStaffNumber", "unknownStaff");
    if (acting.id === supervisor.id) throw invalidInput("actingStaffNumber", "actingIsSupervisor");
    // Two officers naming one at once take turns, so the second sees the first's period.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`acting-reviewer:${supervisor.id}`}, 0))`;
    const overlapping = await tx.actingReviewer.count({
      where: { supervisorId: supervisor.id, cancelledAt: null, startsOn: { lte: toDateColumn(endsOn) }, endsOn: { gte: toDateColumn(startsOn) } },
    });
    if (overlapping > 0) throw invalidInput("startsOn", "overlap");
    const created = await tx.actingReviewer.create({
      data: {
        supervisorId: supervisor.id,
        actingId: acting.id,
        startsOn: toDateColumn(startsOn),
        endsOn: toDateColumn(endsOn),
        reason: data.reason,
        createdById: actor.employeeId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "acting-reviewer.name",
      entity: "acting_reviewer",
      entityId: created.id,
      detail: { supervisor: supervisor.id, acting: acting.id, startsOn: data.startsOn, endsOn: data.endsOn, reason: data.reason },
    });
    return created;
  });
}

export const endActingReviewerSchema = z.object({ id, version });

/**
 * Ends a 代決 before its date (the supervisor is back early, or it was named by mistake): the
 * supervisor it was named for, or the HR division. Version-guarded and audited; anyone else
 * gets NOT_FOUND.
 */
export async function endActingReviewer(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(endActingReviewerSchema, input);
  const hr = namesActingReviewersForOthers(actor);
  await db.$transaction(async (tx) => {
    const row = await tx.actingReviewer.findFirst({
      where: { id: data.id, cancelledAt: null, ...(hr ? {} : { supervisorId: actor.employeeId }) },
      select: { id: true, version: true },
    });
    if (!row) throw notFound("acting reviewer");
    const updated = await tx.actingReviewer.updateMany({
      where: { id: row.id, version: data.version, cancelledAt: null },
      data: { cancelledAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("acting reviewer");
    await recordAudit(tx, { actorId: actor.employeeId, action: "acting-reviewer.end", entity: "acting_reviewer", entityId: row.id });
  });
}

import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { cache } from "react";
import { type Actor, menuRoleOf } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { type CalendarDate, fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { type LinkedMeasure, linkedMeasureSelect, toLinkedMeasure } from "@/lib/policy/linked-measure";
import { assertOjtPlanId, type OjtAccess, resolveOjtAccess } from "./ojt-access";
import { periodOrder } from "./periods";

const person = { select: { id: true, name: true, rank: true, unit: { select: { name: true, trail: true } } } } as const;

export interface OjtGoalView {
  id: number;
  period: string;
  goal: string;
  achieved: boolean;
  measure: LinkedMeasure | null;
}

export interface OjtSessionView {
  id: number;
  heldOn: CalendarDate;
  minutes: number;
  topic: string;
  learnt: string;
  nextStep: string;
  recordedBy: { id: number; name: string };
}

/** What the actor is to the plan: asked once per request by the page and by the menu above it (app/(portal)/@menu). */
const ojtReading = cache(async (actor: Actor, ojtPlanId: number): Promise<OjtAccess> => {
  assertOjtPlanId(ojtPlanId);
  const owner = await db.ojtPlan.findUnique({ where: { id: ojtPlanId }, select: { traineeId: true, trainerId: true, trainee: { select: { active: true } } } });
  if (!owner) throw notFound("ojt plan");
  return resolveOjtAccess(actor, { traineeId: owner.traineeId, trainerId: owner.trainerId, traineeActive: owner.trainee.active });
});

/** The menu an OJT plan's page belongs to: チーム for the supervisor who edits it, whatever else they are to it. */
export async function ojtPlanMenuRole(actor: Actor, ojtPlanId: number): Promise<Role> {
  const access = await ojtReading(actor, ojtPlanId);
  return access.canEdit ? "SUPERVISOR" : menuRoleOf(access.reader);
}

/**
 * One OJT plan with its goals and sessions, as the actor may see it (see ojt-access.ts), with
 * what they may do with it. Anyone but the trainee reading it leaves an "ojt.view" audit row.
 */
export async function getOjtPlan(actor: Actor, ojtPlanId: number) {
  const access = await ojtReading(actor, ojtPlanId);
  const plan = await db.ojtPlan.findUniqueOrThrow({
    where: { id: ojtPlanId },
    select: {
      id: true,
      fiscalYear: true,
      goals: true,
      completed: true,
      reassignSince: true,
      version: true,
      trainee: person,
      trainer: person,
      supervisor: { select: { name: true } },
      goalItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, period: true, goal: true, achieved: true, measure: linkedMeasureSelect },
      },
      sessions: {
        orderBy: [{ heldOn: "desc" }, { id: "desc" }],
        select: { id: true, heldOn: true, minutes: true, topic: true, learnt: true, nextStep: true, recordedBy: { select: { id: true, name: true } } },
      },
    },
  });
  if (access.reader !== "TRAINEE") {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: actor.employeeId, action: "ojt.view", entity: "ojt_plan", entityId: plan.id, detail: { as: access.reader } }),
    );
  }
  const goals: OjtGoalView[] = plan.goalItems
    .map(({ measure, ...goal }) => ({ ...goal, measure: toLinkedMeasure(measure) }))
    .sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
  const sessions: OjtSessionView[] = plan.sessions.map(({ heldOn, ...session }) => ({ ...session, heldOn: fromDateColumn(heldOn) }));
  return {
    access,
    plan: {
      id: plan.id,
      fiscalYear: plan.fiscalYear,
      aim: plan.goals,
      completed: plan.completed,
      /** the trainer moved away (a transfer) on this date and no trainer has been named since */
      trainerMovedOn: plan.reassignSince === null ? null : fromDateColumn(plan.reassignSince),
      version: plan.version,
      trainee: plan.trainee,
      trainer: plan.trainer,
      supervisorName: plan.supervisor.name,
      goals,
      sessions,
      totalMinutes: sessions.reduce((sum, session) => sum + session.minutes, 0),
    },
  };
}

export type OjtPlanDetail = Awaited<ReturnType<typeof getOjtPlan>>["plan"];

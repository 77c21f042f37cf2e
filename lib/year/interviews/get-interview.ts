import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { cache } from "react";
import { type Actor, menuRoleOf } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";
import { type InterviewAccess, resolveInterviewAccess } from "./interview-access";
import { interviewSelect, toInterviewView, type InterviewView } from "./interview-view";
import { isDatabaseId } from "@/lib/platform/db/ids";

/** An interview as one reader sees it: `privateNotes` is present only for those who may read it. */
export type InterviewDetail = InterviewView & { privateNotes?: string };

export interface InterviewDetailAccess extends InterviewAccess {
  /** the supervisor who held it edits it, while they stand above the member and the year lasts */
  canEdit: boolean;
  /** the employee accepts or declines its proposed actions, while the year lasts */
  canDecide: boolean;
}

/** What the actor is to the interview: asked once per request by the page and by the menu above it (app/(portal)/@menu). */
const interviewReading = cache(async (actor: Actor, interviewId: number): Promise<InterviewAccess> => {
  if (!isDatabaseId(interviewId)) throw notFound("interview");
  const owner = await db.careerInterview.findUnique({ where: { id: interviewId }, select: { employeeId: true } });
  if (!owner) throw notFound("interview");
  return resolveInterviewAccess(actor, owner.employeeId);
});

/** The menu an interview's page belongs to for this reader (マイページ for its member…). */
export async function interviewMenuRole(actor: Actor, interviewId: number): Promise<Role> {
  return menuRoleOf((await interviewReading(actor, interviewId)).reader);
}

/**
 * One career interview by id, with what the actor may do with it; NOT_FOUND when it is not
 * theirs to read. Reading another person's interview is itself recorded.
 */
export async function getInterview(actor: Actor, interviewId: number): Promise<{ interview: InterviewDetail; access: InterviewDetailAccess }> {
  const access = await interviewReading(actor, interviewId);
  const view = toInterviewView(await db.careerInterview.findUniqueOrThrow({ where: { id: interviewId }, select: interviewSelect }));
  // The private notes come from a query of their own, made only for those allowed to read
  // them: for anyone else the column is never read, so it cannot leak through a later change.
  const privateNotes = access.canSeePrivateNotes
    ? (await db.careerInterview.findUniqueOrThrow({ where: { id: interviewId }, select: { privateNotes: true } })).privateNotes
    : undefined;
  if (access.reader !== "OWNER") {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.employeeId,
        action: "interview.view",
        entity: "career_interview",
        entityId: interviewId,
        detail: { as: access.reader },
      }),
    );
  }
  const current = !isPastFiscalYear(fiscalYearOf(view.heldOn), fiscalYearOf(tokyoDate()));
  return {
    interview: privateNotes === undefined ? view : { ...view, privateNotes },
    access: {
      ...access,
      canEdit: current && access.canHold && view.supervisorId === actor.employeeId,
      canDecide: current && access.reader === "OWNER",
    },
  };
}

import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn, type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/platform/errors";
import { leadsOwnTeam, namesActingReviewersForOthers } from "./acting-reviewer-access";

export const ACTING_REVIEWERS_PAGE = 20;

/**
 * The 代決 periods not yet over (and not ended early), soonest first: for a supervisor those
 * named for them and those they hold for someone else; for the HR division every one in the city,
 * a page at a time. Anyone else: NOT_FOUND.
 */
export async function findActingReviewers(actor: Actor, page = 1, today: CalendarDate = tokyoDate()) {
  const hr = namesActingReviewersForOthers(actor);
  if (!hr && !leadsOwnTeam(actor) && !(await db.actingReviewer.count({ where: { actingId: actor.employeeId } }))) throw notFound("acting reviewers");
  const where: Prisma.ActingReviewerWhereInput = {
    cancelledAt: null,
    endsOn: { gte: toDateColumn(today) },
    ...(hr ? {} : { OR: [{ supervisorId: actor.employeeId }, { actingId: actor.employeeId }] }),
  };
  const [total, rows] = await Promise.all([
    db.actingReviewer.count({ where }),
    db.actingReviewer.findMany({
      where,
      orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      skip: (Math.max(1, Math.trunc(page)) - 1) * ACTING_REVIEWERS_PAGE,
      take: ACTING_REVIEWERS_PAGE,
      select: {
        id: true,
        version: true,
        startsOn: true,
        endsOn: true,
        reason: true,
        supervisorId: true,
        supervisor: { select: { name: true, staffNumber: true } },
        acting: { select: { name: true, staffNumber: true } },
      },
    }),
  ]);
  return { total, rows: rows.map((row) => ({ ...row, canEnd: hr || row.supervisorId === actor.employeeId })) };
}

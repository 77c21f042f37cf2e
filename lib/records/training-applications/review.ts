import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { assertUpdated, notAllowed, notFound } from "@/lib/platform/errors";
import { notify } from "@/lib/messaging/notifications/notify";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { employeeScope } from "@/lib/people/org/scope";
import { parseInput } from "@/lib/records/parse-input";
import { applicationLinks, hrDivisionMembers } from "./recipients";
import { type ReviewInput, reviewSchema } from "./schemas";

/** Applications shown per page of the supervisor's queue. */
export const REVIEW_QUEUE_PER_PAGE = 10;

/**
 * The supervisor's queue: applications of the people they supervise today, waiting for a
 * recommendation, oldest first; and how many each session already has recommended by this
 * supervisor, so the order they give continues it.
 */
export async function findApplicationsToReview(actor: Actor, options: { page?: number } = {}) {
  const where = { status: "APPLIED" as const, employee: employeeScope(actor, "SUPERVISOR") };
  const total = await db.trainingApplication.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_QUEUE_PER_PAGE));
  const requested = Math.trunc(options.page ?? 1);
  const page = Math.min(Number.isSafeInteger(requested) && requested > 0 ? requested : 1, pageCount);
  const rows = await db.trainingApplication.findMany({
    where,
    select: {
      id: true,
      version: true,
      reason: true,
      createdAt: true,
      employee: { select: { id: true, staffNumber: true, name: true, rank: true } },
      session: { select: { id: true, startOn: true, endOn: true, capacity: true, programme: { select: { title: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * REVIEW_QUEUE_PER_PAGE,
    take: REVIEW_QUEUE_PER_PAGE,
  });
  // Per session on the page: the orders this supervisor has already given, so the next is clear.
  const sessionIds = [...new Set(rows.map((row) => row.session.id))];
  const given =
    sessionIds.length === 0
      ? []
      : await db.trainingApplication.groupBy({
          by: ["sessionId"],
          where: { sessionId: { in: sessionIds }, reviewedById: actor.employeeId, recommendationOrder: { not: null } },
          _max: { recommendationOrder: true },
        });
  const lastOrder = new Map(given.map((row) => [row.sessionId, row._max.recommendationOrder ?? 0]));
  return {
    rows: rows.map((row) => ({
      id: row.id,
      version: row.version,
      reason: row.reason,
      appliedAt: row.createdAt.toISOString(),
      employee: row.employee,
      session: {
        id: row.session.id,
        title: row.session.programme.title,
        startOn: toIsoDate(fromDateColumn(row.session.startOn)),
        endOn: toIsoDate(fromDateColumn(row.session.endOn)),
        capacity: row.session.capacity,
      },
      nextOrder: (lastOrder.get(row.session.id) ?? 0) + 1,
    })),
    page,
    pageCount,
    total,
  };
}

/**
 * 推薦 with an order, or a refusal with a comment, by a supervisor of the applicant, once: the
 * version guards against a co-supervisor who decided first. Recommended applications go to the
 * HR division; either way the applicant is told and the supervisors' to-do is resolved.
 */
export async function reviewApplication(actor: Actor, input: ReviewInput): Promise<{ applicationId: number }> {
  const data = parseInput(reviewSchema, input);
  const scope = employeeScope(actor, "SUPERVISOR");
  return db.$transaction(async (tx) => {
    const application = await tx.trainingApplication.findFirst({
      where: { id: data.applicationId, employee: scope },
      select: {
        id: true,
        status: true,
        employeeId: true,
        sessionId: true,
        session: { select: { programme: { select: { title: true } } } },
        employee: { select: { name: true } },
      },
    });
    if (!application) throw notFound("training application");
    if (application.status !== "APPLIED") throw notAllowed("the application has been reviewed");
    const recommend = data.decision === "RECOMMEND";
    const status = recommend ? "RECOMMENDED" : "NOT_RECOMMENDED";
    const order = recommend ? (data.order ?? null) : null;
    assertUpdated(
      await tx.trainingApplication.updateMany({
        where: { id: application.id, version: data.version, status: "APPLIED" },
        data: {
          status,
          recommendationOrder: order,
          supervisorComment: data.comment,
          reviewedById: actor.employeeId,
          reviewedAt: new Date(),
          version: { increment: 1 },
        },
      }),
      "training application",
    );
    await resolveNotifications(tx, applicationLinks.supervisor(application.id), ["TRAINING_APPLIED"]);
    const title = application.session.programme.title;
    await notify(tx, [application.employeeId], {
      kind: recommend ? "TRAINING_RECOMMENDED" : "TRAINING_NOT_RECOMMENDED",
      actorId: actor.employeeId,
      href: applicationLinks.applicant(application.id),
      params: { name: actor.name, title },
    });
    if (recommend)
      await notify(tx, await hrDivisionMembers(tx), {
        kind: "TRAINING_TO_SELECT",
        actorId: actor.employeeId,
        href: applicationLinks.hr(application.sessionId, application.id),
        params: { name: application.employee.name, title },
      });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: recommend ? "training-application.recommend" : "training-application.refuse",
      entity: "training_application",
      entityId: application.id,
      detail: { before: application.status, after: status, order, comment: data.comment },
    });
    return { applicationId: application.id };
  });
}

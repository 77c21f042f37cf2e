import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { planReviewScopeSql } from "@/lib/people/org/plan-reviewer";
import { resolvePlanAccess } from "./plan-access";

/**
 * How many live (not dropped) commitments each plan has, by the plan_id index. Prisma's
 * relation `_count` would instead group the whole commitment table on every call (seconds at
 * city scale).
 */
async function liveCommitmentCounts(planIds: number[]): Promise<Map<number, number>> {
  if (planIds.length === 0) return new Map();
  const groups = await db.commitment.groupBy({ by: ["planId"], where: { planId: { in: planIds }, status: { not: "DROPPED" } }, _count: { _all: true } });
  return new Map(groups.flatMap((group) => (group.planId === null ? [] : [[group.planId, group._count._all]])));
}

async function withCommitmentCounts<T extends { id: number }>(plans: T[]): Promise<(T & { _count: { commitments: number } })[]> {
  const counts = await liveCommitmentCounts(plans.map((plan) => plan.id));
  return plans.map((plan) => ({ ...plan, _count: { commitments: counts.get(plan.id) ?? 0 } }));
}

/** Plans the team page shows at once: the five waiting longest, the rest a page further. */
export const REVIEW_QUEUE_PAGE = 5;

/**
 * The plans waiting for the actor's review, as SQL: submitted plans, and approved plans whose
 * changes were sent, of the people whose plans they review (lib/people/org/plan-reviewer.ts: a 兼務
 * member's plan is reviewed by one of the two supervisors, not both), in a fiscal year still open
 * (a closed year's are the HR division's, see the rollover page). Each kind is a condition the
 * planner matches to its partial index (Prisma compares enums through a cast it cannot); the two
 * never overlap (changes wait only on an approved plan: development_plan_changes_check).
 */
function waitingForReviewSql(scope: Prisma.Sql, kind: "submitted" | "changes"): Prisma.Sql {
  const waiting = kind === "submitted" ? Prisma.sql`p.status = 'SUBMITTED'` : Prisma.sql`p.changes_submitted_at IS NOT NULL`;
  return Prisma.sql`
    SELECT p.id, p.submitted_at
    FROM development_plan p JOIN employee e ON e.id = p.employee_id JOIN org_unit u ON u.id = e.unit_id
    WHERE ${waiting} AND ${scope}
      AND NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.year = p.fiscal_year AND f.status = 'CLOSED')`;
}

/**
 * Plans waiting for the supervisor's review (waitingForReviewSql), oldest first (submitted_at is
 * when either kind was sent), one page at a time (a 局長's bureau can have hundreds waiting at
 * the start of the year), with how many wait in all.
 */
export async function findReviewQueue(actor: Actor, page = 1) {
  const offset = (Math.max(1, Math.trunc(page)) - 1) * REVIEW_QUEUE_PAGE;
  const scope = await planReviewScopeSql(actor);
  const [total, pageIds] = await Promise.all([
    countPlansToReview(actor),
    db.$queryRaw<{ id: number }[]>`
      SELECT w.id FROM (${waitingForReviewSql(scope, "submitted")} UNION ALL ${waitingForReviewSql(scope, "changes")}) w
      ORDER BY w.submitted_at ASC, w.id ASC
      LIMIT ${REVIEW_QUEUE_PAGE} OFFSET ${offset}`,
  ]);
  const ids = pageIds.map((row) => row.id);
  const rows = await db.developmentPlan.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      fiscalYear: true,
      submittedAt: true,
      changesSubmittedAt: true,
      employee: { select: { name: true, rank: true, unit: { select: { name: true, trail: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const plans = ids.flatMap((id) => {
    const plan = byId.get(id);
    return plan ? [plan] : [];
  });
  return { plans: await withCommitmentCounts(plans), total };
}

/**
 * How many plans wait for the supervisor's review (waitingForReviewSql). The team page asks
 * twice (the queue and the reminders panel): counted once per request. A bureau's count is two
 * partial-index joins with its staff.
 */
export const countPlansToReview = cache(async (actor: Actor): Promise<number> => {
  const scope = await planReviewScopeSql(actor);
  const [row] = await db.$queryRaw<[{ count: number }]>`
    SELECT (SELECT count(*)::int FROM (${waitingForReviewSql(scope, "submitted")}) s)
         + (SELECT count(*)::int FROM (${waitingForReviewSql(scope, "changes")}) c) AS count`;
  return row.count;
});

/** Every fiscal year's plan of one person (their own by default), newest first. */
export async function findPlanHistory(actor: Actor, employeeId: number = actor.employeeId) {
  await resolvePlanAccess(actor, employeeId);
  const plans = await db.developmentPlan.findMany({
    where: { employeeId },
    orderBy: { fiscalYear: "desc" },
    select: { id: true, fiscalYear: true, status: true, reviewedAt: true },
  });
  return withCommitmentCounts(plans);
}

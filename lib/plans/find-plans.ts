import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope, supervisorScopeSql } from "@/lib/org/scope";
import { closedFiscalYears } from "@/lib/rollover/closed-years";
import { resolvePlanAccess } from "./plan-access";

/**
 * How many live (not dropped) commitments each plan has, by the plan_id index. Prisma's
 * relation `_count` would instead group the whole commitment table on every call (seconds at
 * city scale).
 */
async function liveCommitmentCounts(planIds: number[]): Promise<Map<number, number>> {
  if (planIds.length === 0) return new Map();
  const groups = await db.commitment.groupBy({ by: ["planId"], where: { planId: { in: planIds }, status: { not: "DROPPED" } }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.planId as number, group._count._all]));
}

async function withCommitmentCounts<T extends { id: number }>(plans: T[]): Promise<(T & { _count: { commitments: number } })[]> {
  const counts = await liveCommitmentCounts(plans.map((plan) => plan.id));
  return plans.map((plan) => ({ ...plan, _count: { commitments: counts.get(plan.id) ?? 0 } }));
}

/** Plans the team page shows at once: the five waiting longest, the rest a page further. */
export const REVIEW_QUEUE_PAGE = 5;

/**
 * Plans waiting for the supervisor's review: submitted plans, and approved plans whose changes
 * were sent, of their team in a fiscal year still open (a closed year's are the HR division's,
 * see the rollover page), oldest first (submitted_at is when either was sent), one page at a time
 * (a 局長's bureau can have hundreds waiting at the start of the year), with how many wait in all.
 */
export async function findReviewQueue(actor: Actor, page = 1) {
  const where = {
    OR: [{ status: "SUBMITTED" }, { changesSubmittedAt: { not: null } }],
    employee: employeeScope(actor, "SUPERVISOR"),
    fiscalYear: { notIn: await closedFiscalYears() },
  } satisfies Prisma.DevelopmentPlanWhereInput;
  const [total, plans] = await Promise.all([
    countPlansToReview(actor),
    db.developmentPlan.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (Math.max(1, Math.trunc(page)) - 1) * REVIEW_QUEUE_PAGE,
      take: REVIEW_QUEUE_PAGE,
      select: {
        id: true,
        fiscalYear: true,
        submittedAt: true,
        changesSubmittedAt: true,
        employee: { select: { name: true, rank: true, unit: { select: { name: true, trail: true } } } },
      },
    }),
  ]);
  return { plans: await withCommitmentCounts(plans), total };
}

/**
 * How many plans of the supervisor's team wait for their review (open fiscal years): submitted
 * plans and approved plans with changes sent. The team page asks twice (the queue and the
 * reminders panel): counted once per request. Written in SQL so that each condition is one the
 * planner matches to its partial index (Prisma compares enums through a cast it cannot): a
 * bureau's count is then two index-only joins with its staff. The two never overlap (changes
 * wait only on an approved plan: development_plan_changes_check), so the counts add up.
 */
export const countPlansToReview = cache(async (actor: Actor): Promise<number> => {
  const [row] = await db.$queryRaw<[{ count: number }]>`
    SELECT (SELECT count(*)::int
            FROM development_plan p JOIN employee e ON e.id = p.employee_id JOIN org_unit u ON u.id = e.unit_id
            WHERE p.status = 'SUBMITTED' AND ${supervisorScopeSql(actor)}
              AND NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.year = p.fiscal_year AND f.status = 'CLOSED'))
         + (SELECT count(*)::int
            FROM development_plan p JOIN employee e ON e.id = p.employee_id JOIN org_unit u ON u.id = e.unit_id
            WHERE p.changes_submitted_at IS NOT NULL AND ${supervisorScopeSql(actor)}
              AND NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.year = p.fiscal_year AND f.status = 'CLOSED')) AS count`;
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


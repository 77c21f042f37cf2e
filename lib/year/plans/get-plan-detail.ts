import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { cache } from "react";
import { type Actor, menuRoleOf } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/platform/errors";
import { commitmentSelect } from "@/lib/year/commitments/commitment-select";
import { planReviewers } from "@/lib/people/org/plan-reviewer";
import { closedFiscalYears } from "@/lib/year/rollover/closed-years";
import { type PlanAccess, resolvePlanAccess } from "./plan-access";
import { diffPlanTerms, parsePlanTerms, planTermsOf, type PlanTermsSource } from "./plan-changes";

const planSelect = (withTransferWishes: boolean) =>
  ({
    id: true,
    employeeId: true,
    fiscalYear: true,
    status: true,
    visionNow: true,
    vision3Years: true,
    vision10Years: true,
    // Only selected for those allowed to see them: never loaded, never leaked.
    transferWishFields: withTransferWishes,
    transferWishComment: withTransferWishes,
    reflection: true,
    submittedAt: true,
    reviewedAt: true,
    changesSubmittedAt: true,
    approvedSnapshot: true,
    version: true,
    employee: { select: { id: true, name: true, staffNumber: true, rank: true, unit: { select: { name: true, trail: true } } } },
    reviewer: { select: { name: true } },
    proxyEnteredBy: { select: { name: true } },
    proxyConfirmedAt: true,
    images: {
      orderBy: { targetImage: { number: "asc" } },
      select: { targetImageId: true, aspired: true, reason: true, selfScore: true, selfComment: true, targetImage: { select: { number: true, name: true } } },
    },
    commitments: { orderBy: [{ position: "asc" }, { id: "asc" }], select: commitmentSelect },
    events: {
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: {
        id: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        comment: true,
        at: true,
        actor: { select: { name: true } },
        onBehalfOf: { select: { name: true } },
      },
    },
  }) satisfies Prisma.DevelopmentPlanSelect;

type PlanWhere = { id: number } | { employeeId_fiscalYear: { employeeId: number; fiscalYear: number } };

/**
 * The plan as its pages read it: transfer wishes null where not selected, and in place of the
 * approved snapshot what changed since the last approval (null when nothing can have: a plan not
 * approved, or approved and never changed since snapshots were kept).
 */
function shown<
  T extends PlanTermsSource & {
    status: string;
    approvedSnapshot: unknown;
    transferWishFields?: string | null;
    transferWishComment?: string | null;
    proxyEnteredBy: { name: string } | null;
    proxyConfirmedAt: Date | null;
  },
>(plan: T) {
  const { approvedSnapshot, proxyEnteredBy, proxyConfirmedAt, ...rest } = plan;
  const approved = plan.status === "APPROVED" ? parsePlanTerms(approvedSnapshot) : null;
  return {
    ...rest,
    transferWishFields: plan.transferWishFields ?? null,
    transferWishComment: plan.transferWishComment ?? null,
    changes: approved ? diffPlanTerms(approved, planTermsOf(plan)) : null,
    /** 代理入力: who entered the plan for its owner, and when the owner confirmed it (null: not yet) */
    proxy: proxyEnteredBy ? { enteredBy: proxyEnteredBy.name, confirmedAt: proxyConfirmedAt } : null,
  };
}

/**
 * One read of a plan (and, for its reviewer, the same person's previous year): who owns it, what
 * the actor may do with it, the plan itself, one audit transaction for what was read. The
 * reviewer's page read the plan four times and resolved access three times before.
 */
/** Which plan and whose: read first, so that access is decided before anything else is read. */
function findPlanKey(where: PlanWhere) {
  return db.developmentPlan.findUnique({ where, select: { id: true, employeeId: true, fiscalYear: true } });
}

/**
 * Which plan, whose, and what the actor is to it: asked once per request by the page, by the
 * menu above it (app/(portal)/@menu), which highlights the entry the reader came from, and by the
 * plan's year-end ratings (lib/year/year-end/get-plan-year-end.ts). NOT_FOUND when it is not
 * theirs to read.
 */
export const planReading = cache(async (actor: Actor, planId: number) => {
  const owner = await findPlanKey({ id: planId });
  if (!owner) throw notFound("plan");
  return { owner, access: await resolvePlanAccess(actor, owner.employeeId) };
});

/** The menu a plan's page belongs to for this reader (チーム for its supervisor…); NOT_FOUND as the page. */
export async function planMenuRole(actor: Actor, planId: number): Promise<Role> {
  return menuRoleOf((await planReading(actor, planId)).access.reader);
}

async function readPlan(actor: Actor, owner: { id: number; employeeId: number; fiscalYear: number }, access: PlanAccess, withPrevious: boolean) {
  const select = planSelect(access.canSeeTransferWishes);
  const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: owner.id }, select });
  const previous = withPrevious
    ? await db.developmentPlan.findUnique({ where: { employeeId_fiscalYear: { employeeId: owner.employeeId, fiscalYear: owner.fiscalYear - 1 } }, select })
    : null;
  if (access.reader !== "OWNER") {
    // Reading another person's personnel record is itself recorded, each plan shown.
    await db.$transaction(async (tx) => {
      for (const read of previous ? [plan, previous] : [plan]) {
        await recordAudit(tx, { actorId: actor.employeeId, action: "plan.view", entity: "development_plan", entityId: read.id, detail: { as: access.reader } });
      }
    });
  }
  // Who reviews it, made explicit (兼務: the concurrent post's supervisor where so marked).
  const reviewers = access.reader === "OWNER" ? null : await planReviewers(owner.employeeId);
  return { access, plan: shown(plan), previous: previous ? shown(previous) : null, reviewers };
}

/**
 * A plan by id, as the actor may see it; NOT_FOUND when it is not theirs to read. With
 * `withPrevious`, also the same person's plan of the year before (null when there is none),
 * which a reviewer reads beside it.
 */
export async function getPlanDetail(actor: Actor, planId: number, options: { withPrevious?: boolean } = {}) {
  const { owner, access } = await planReading(actor, planId);
  // A closed year's plan is HR's to close or reassign: its reviewer reads it, with no review to
  // offer that could only be refused (assert-year-open.ts); `reviewYearClosed` says why.
  const reviewYearClosed = access.canReview && (await closedFiscalYears()).includes(owner.fiscalYear);
  const detail = await readPlan(actor, owner, { ...access, canReview: access.canReview && !reviewYearClosed }, options.withPrevious === true);
  return { ...detail, reviewYearClosed };
}

/** The actor's own plan for a fiscal year, or null when they have not started one. */
export async function findOwnPlan(actor: Actor, fiscalYear: number) {
  const owner = await findPlanKey({ employeeId_fiscalYear: { employeeId: actor.employeeId, fiscalYear } });
  return owner ? readPlan(actor, owner, await resolvePlanAccess(actor, owner.employeeId), false) : null;
}

export type PlanDetail = Awaited<ReturnType<typeof getPlanDetail>>["plan"];
export type { PlanAccess };

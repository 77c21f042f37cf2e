import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { commitmentColumns, createDraftCommitment } from "@/lib/year/commitments/commitment-data";
import type { CommitmentInput } from "@/lib/year/commitments/schemas";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { conflict, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/messaging/notifications/notify";
import { resolveNotifications } from "@/lib/messaging/notifications/resolve-notifications";
import { supervisorsOf } from "@/lib/messaging/notifications/supervisors-of";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { resolvePlanAccess } from "./plan-access";
import { isPastFiscalYear, SUBMITTABLE_STATES } from "./plan-rules";
import type { ProxyContentInput } from "./schemas";
import { lockPlan, transitionPlan } from "./transition-plan";

/**
 * 代理入力: staff without a PC (現業, shift firefighters, nursery staff) fill the sheet on paper and
 * the supervisor who reviews their plan (or an acting reviewer for them, on that supervisor's
 * behalf) types it in. Only the member's reviewer may: anyone else gets NOT_FOUND, as for a
 * review. Every entry is on the plan's timeline (PROXY_ENTRY / PROXY_SUBMIT), audited, and marks
 * the plan as entered on behalf until the member confirms it or edits it themselves.
 *
 * Only a plan the member could still write (a draft, or a returned plan) is entered on behalf:
 * an approved plan's changes are the member's to make, so that the reviewer never approves
 * changes they wrote themselves.
 */

const PROXY_EDITABLE = ["DRAFT", "RETURNED"] as const;

/** The member's plan link, where the notice asking them to confirm it stands. */
const memberPlanHref = (fiscalYear: number) => `/me/plans/${fiscalYear}`;

/**
 * The member's request to confirm, answered. Scoped to the member: `/me/plans/<year>` is every
 * member's link to their own plan, so the href alone would answer other people's requests too.
 */
async function resolveConfirmRequest(tx: Prisma.TransactionClient, plan: { employeeId: number; fiscalYear: number }): Promise<void> {
  await tx.notification.updateMany({
    where: { recipientId: plan.employeeId, href: memberPlanHref(plan.fiscalYear), kind: "PLAN_PROXY_ENTERED", readAt: null },
    data: { readAt: new Date() },
  });
}

/** The actor reviews `employeeId`'s plan: on whose behalf (代決), or null in their own right. */
async function assertProxyReviewer(actor: Actor, employeeId: number): Promise<number | null> {
  const access = await resolvePlanAccess(actor, employeeId);
  if (!access.canReview) throw notFound("plan");
  return access.onBehalfOf?.employeeId ?? null;
}

async function planOwner(planId: number): Promise<number> {
  const plan = await db.developmentPlan.findUnique({ where: { id: planId }, select: { employeeId: true } });
  if (!plan) throw notFound("plan");
  return plan.employeeId;
}

/**
 * Marks the plan as entered on behalf (a confirmation given earlier no longer covers what was
 * entered now) and tells the member, replacing an earlier unread request so they get one.
 */
async function markEnteredOnBehalf(tx: Prisma.TransactionClient, actor: Actor, plan: { id: number; employeeId: number; fiscalYear: number }) {
  await tx.developmentPlan.update({ where: { id: plan.id }, data: { proxyEnteredById: actor.employeeId, proxyConfirmedAt: null } });
  await resolveConfirmRequest(tx, plan);
  await notify(tx, [plan.employeeId], {
    kind: "PLAN_PROXY_ENTERED",
    actorId: actor.employeeId,
    href: memberPlanHref(plan.fiscalYear),
    params: { name: actor.name },
  });
}

/**
 * Opens the member's plan for a fiscal year (this one or the next), or answers the one that
 * exists, so that the supervisor can type in the paper sheet.
 */
export async function startProxyPlan(actor: Actor, employeeId: number, fiscalYear: number): Promise<number> {
  const onBehalfOfId = await assertProxyReviewer(actor, employeeId);
  const current = fiscalYearOf(tokyoDate());
  if (fiscalYear !== current && fiscalYear !== current + 1) throw invalidInput("fiscalYear", "invalid");
  return db.$transaction(async (tx) => {
    // The same queue as the member's own start (lib/year/plans/start-own-plan.ts): a start by the
    // member and one by the supervisor at once find one plan, not a unique-key failure.
    await tx.$executeRaw`SELECT 1 FROM employee WHERE id = ${employeeId} FOR NO KEY UPDATE`;
    const existing = await tx.developmentPlan.findUnique({ where: { employeeId_fiscalYear: { employeeId, fiscalYear } }, select: { id: true } });
    if (existing) return existing.id;
    await assertYearOpen(tx, actor, fiscalYear);
    const images = await tx.targetImage.findMany({ where: { retiredAt: null }, select: { id: true } });
    const plan = await tx.developmentPlan.create({
      data: {
        employeeId,
        fiscalYear,
        proxyEnteredById: actor.employeeId,
        images: { create: images.map((image) => ({ targetImageId: image.id })) },
        events: { create: { action: "PROXY_ENTRY", toStatus: "DRAFT", actorId: actor.employeeId, onBehalfOfId } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "plan.proxy.create",
      entity: "development_plan",
      entityId: plan.id,
      detail: { fiscalYear, employeeId, ...(onBehalfOfId ? { onBehalfOf: onBehalfOfId } : {}) },
    });
    await markEnteredOnBehalf(tx, actor, { id: plan.id, employeeId, fiscalYear });
    return plan.id;
  });
}

/** The plan under its lock, if the reviewer may still enter it: a draft or returned plan of this year or next. */
async function proxyEditablePlan(tx: Prisma.TransactionClient, actor: Actor, planId: number) {
  await lockPlan(tx, planId);
  const plan = await tx.developmentPlan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      employeeId: true,
      fiscalYear: true,
      status: true,
      version: true,
      visionNow: true,
      vision3Years: true,
      vision10Years: true,
      employee: { select: { name: true } },
    },
  });
  if (!plan) throw notFound("plan");
  await assertYearOpen(tx, actor, plan.fiscalYear);
  if (!isProxyEditable(plan.status) || isPastFiscalYear(plan.fiscalYear, fiscalYearOf(tokyoDate()))) throw notAllowed("plan not editable on behalf");
  return plan;
}

/**
 * Types in the career vision from the paper sheet. Transfer wishes (異動希望) are not entered on
 * behalf: they are the member's own to write. A stale version is refused (CONFLICT).
 */
export async function saveProxyContent(actor: Actor, planId: number, input: ProxyContentInput): Promise<void> {
  const onBehalfOfId = await assertProxyReviewer(actor, await planOwner(planId));
  await db.$transaction(async (tx) => {
    const before = await proxyEditablePlan(tx, actor, planId);
    if (before.version !== input.version) throw conflict("plan");
    const after = { visionNow: input.visionNow, vision3Years: input.vision3Years, vision10Years: input.vision10Years };
    const updated = await tx.developmentPlan.updateMany({ where: { id: planId, version: input.version }, data: { ...after, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("plan");
    await tx.reviewEvent.create({ data: { planId, action: "PROXY_ENTRY", actorId: actor.employeeId, onBehalfOfId } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "plan.proxy.update",
      entity: "development_plan",
      entityId: planId,
      detail: {
        before: { visionNow: before.visionNow, vision3Years: before.vision3Years, vision10Years: before.vision10Years },
        after,
        ...(onBehalfOfId ? { onBehalfOf: onBehalfOfId } : {}),
      },
    });
    await markEnteredOnBehalf(tx, actor, before);
  });
}

/**
 * Adds a commitment from the paper sheet to the member's plan: the member's own commitment
 * (they own it and record its progress), created by the reviewer.
 */
export async function addProxyCommitment(actor: Actor, planId: number, input: CommitmentInput): Promise<number> {
  const onBehalfOfId = await assertProxyReviewer(actor, await planOwner(planId));
  return db.$transaction(async (tx) => {
    const plan = await proxyEditablePlan(tx, actor, planId);
    const columns = await commitmentColumns(tx, input, plan.fiscalYear);
    const id = await createDraftCommitment(tx, {
      planId,
      fiscalYear: plan.fiscalYear,
      ownerEmployeeId: plan.employeeId,
      createdById: actor.employeeId,
      columns,
      event: { action: "PROXY_ENTRY", onBehalfOfId },
    });
    // The plan's version moves too: a member's page open on the old plan sees it changed.
    await tx.developmentPlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });
    await tx.reviewEvent.create({ data: { planId, action: "PROXY_ENTRY", actorId: actor.employeeId, onBehalfOfId } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "commitment.create",
      entity: "commitment",
      entityId: id,
      detail: { after: columns, proxyFor: plan.employeeId, ...(onBehalfOfId ? { onBehalfOf: onBehalfOfId } : {}) },
    });
    await markEnteredOnBehalf(tx, actor, plan);
    return id;
  });
}

/**
 * Submits the plan entered on behalf, on the same grounds as the member's own submission (a
 * current vision, a live commitment). The other supervisors of the member hear of it as of any
 * submission; the reviewer then approves it as usual, independently of the member's confirmation.
 */
export async function submitProxyPlan(actor: Actor, planId: number, version: number): Promise<void> {
  const employeeId = await planOwner(planId);
  const onBehalfOfId = await assertProxyReviewer(actor, employeeId);
  await db.$transaction(async (tx) => {
    const plan = await proxyEditablePlan(tx, actor, planId);
    const liveCommitments = await tx.commitment.count({ where: { planId, status: { not: "DROPPED" } } });
    if (plan.visionNow.trim() === "") throw invalidInput("visionNow", "visionRequired");
    if (liveCommitments === 0) throw invalidInput("commitments", "commitmentRequired");
    await transitionPlan(tx, {
      planId,
      version,
      from: SUBMITTABLE_STATES,
      to: "SUBMITTED",
      action: "PROXY_SUBMIT",
      auditAction: "plan.proxy.submit",
      actorId: actor.employeeId,
      onBehalfOfId,
      data: { submittedAt: new Date() },
      commitments: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
    });
    await notify(tx, await supervisorsOf(tx, employeeId), {
      kind: "PLAN_SUBMITTED",
      actorId: actor.employeeId,
      href: `/plans/${planId}`,
      params: { name: plan.employee.name },
    });
    await resolveNotifications(tx, memberPlanHref(plan.fiscalYear), ["PLAN_RETURNED"], employeeId);
    await markEnteredOnBehalf(tx, actor, plan);
  });
}

/**
 * The member confirms what was entered for them (確認しました). Editing the plan themselves counts
 * as confirming too (lib/year/plans/update-plan.ts). Refused when there is nothing to confirm.
 */
export async function confirmProxyEntry(actor: Actor, planId: number, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockPlan(tx, planId);
    const plan = await tx.developmentPlan.findFirst({
      where: { id: planId, employeeId: actor.employeeId },
      select: { version: true, fiscalYear: true, proxyEnteredById: true, proxyConfirmedAt: true },
    });
    if (!plan) throw notFound("plan");
    if (plan.version !== version) throw conflict("plan");
    if (plan.proxyEnteredById === null || plan.proxyConfirmedAt !== null) throw notAllowed("nothing entered on behalf to confirm");
    const updated = await tx.developmentPlan.updateMany({ where: { id: planId, version }, data: { proxyConfirmedAt: new Date(), version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("plan");
    await recordProxyConfirmation(tx, actor, { id: planId, fiscalYear: plan.fiscalYear, proxyEnteredById: plan.proxyEnteredById });
  });
}

/**
 * The record of a confirmation, by the button or by the member's own edit: a timeline event, an
 * audit row, and the request to confirm answered.
 */
async function recordProxyConfirmation(
  tx: Prisma.TransactionClient,
  actor: Actor,
  plan: { id: number; fiscalYear: number; proxyEnteredById: number },
): Promise<void> {
  await tx.reviewEvent.create({ data: { planId: plan.id, action: "PROXY_CONFIRM", actorId: actor.employeeId } });
  await recordAudit(tx, {
    actorId: actor.employeeId,
    action: "plan.proxy.confirm",
    entity: "development_plan",
    entityId: plan.id,
    detail: { enteredBy: plan.proxyEnteredById },
  });
  await resolveConfirmRequest(tx, { employeeId: actor.employeeId, fiscalYear: plan.fiscalYear });
}

/**
 * The member's own edit of a plan entered on behalf is their confirmation of it: what they left
 * as it was, they read and kept. Called in the edit's transaction, under the plan's lock.
 */
export async function confirmByOwnerEdit(tx: Prisma.TransactionClient, actor: Actor, planId: number): Promise<void> {
  const plan = await tx.developmentPlan.findFirst({
    where: { id: planId, employeeId: actor.employeeId, proxyEnteredById: { not: null }, proxyConfirmedAt: null },
    select: { fiscalYear: true, proxyEnteredById: true },
  });
  if (!plan?.proxyEnteredById) return;
  await tx.developmentPlan.update({ where: { id: planId }, data: { proxyConfirmedAt: new Date() } });
  await recordProxyConfirmation(tx, actor, { id: planId, fiscalYear: plan.fiscalYear, proxyEnteredById: plan.proxyEnteredById });
}

/**
 * The start of an entry on behalf: the member's name and their plans of this year and the next
 * (the years a plan can be opened for), for the member's reviewer only.
 */
export async function findProxyYears(actor: Actor, employeeId: number) {
  await assertProxyReviewer(actor, employeeId);
  const current = fiscalYearOf(tokyoDate());
  const [employee, plans] = await Promise.all([
    db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { id: true, name: true } }),
    db.developmentPlan.findMany({ where: { employeeId, fiscalYear: { in: [current, current + 1] } }, select: { id: true, fiscalYear: true, status: true } }),
  ]);
  return {
    employee,
    years: [current, current + 1].map((fiscalYear) => {
      const plan = plans.find((candidate) => candidate.fiscalYear === fiscalYear) ?? null;
      return { fiscalYear, plan: plan ? { id: plan.id, status: plan.status, editable: isProxyEditable(plan.status) } : null };
    }),
  };
}

/** A plan the reviewer may still enter on the member's behalf: a draft, or returned. */
export function isProxyEditable(status: string): boolean {
  return (PROXY_EDITABLE as readonly string[]).includes(status);
}

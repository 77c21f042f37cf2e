import "server-only";
import type { AuditEntity } from "@/lib/platform/audit/audit-entities";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { conflict, invalidInput, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { catalogueChange } from "./catalogue-access";
import type { AreaEdit, FocusPointEdit, FocusThemeEdit, InitiativeEdit, MeasureEdit, PromotionPlanEdit, TargetImageEdit } from "./schemas";

/*
 * Edits of the catalogue. The tables have no version column: each update only applies while the
 * row still holds what the editor saw (the "before" values of the form), else CONFLICT, so two
 * HR editors never overwrite each other silently. Each writes a "catalogue.update" audit row.
 */

type Tx = Prisma.TransactionClient;

async function audit(tx: Tx, actor: Actor, entity: AuditEntity, entityId: number, before: Prisma.InputJsonValue, after: Prisma.InputJsonValue) {
  await recordAudit(tx, { actorId: actor.employeeId, action: "catalogue.update", entity, entityId, detail: { before, after } });
}

/** 0 rows: a missing row is NOT_FOUND, an existing one was changed by someone else. */
async function guard(count: number, exists: () => Promise<unknown>, what: string): Promise<void> {
  if (count > 0) return;
  if (!(await exists())) throw notFound(what);
  throw conflict(what);
}

export async function updateTargetImage(actor: Actor, input: TargetImageEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const after = { name: input.name, description: input.description };
    const { count } = await tx.targetImage.updateMany({ where: { id: input.id, name: input.beforeName, description: input.beforeDescription }, data: after });
    await guard(count, () => tx.targetImage.findUnique({ where: { id: input.id }, select: { id: true } }), "target image");
    await audit(tx, actor, "target_image", input.id, { name: input.beforeName, description: input.beforeDescription }, after);
  });
}

export async function updateArea(actor: Actor, input: AreaEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const after = { name: input.name, description: input.description };
    const { count } = await tx.policyArea.updateMany({ where: { id: input.id, name: input.beforeName, description: input.beforeDescription }, data: after });
    await guard(count, () => tx.policyArea.findUnique({ where: { id: input.id }, select: { id: true } }), "policy area");
    await audit(tx, actor, "policy_area", input.id, { name: input.beforeName, description: input.beforeDescription }, after);
  });
}

export async function updateFocusTheme(actor: Actor, input: FocusThemeEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const { count } = await tx.focusTheme.updateMany({ where: { id: input.id, name: input.beforeName }, data: { name: input.name } });
    await guard(count, () => tx.focusTheme.findUnique({ where: { id: input.id }, select: { id: true } }), "focus theme");
    await audit(tx, actor, "focus_theme", input.id, { name: input.beforeName }, { name: input.name });
  });
}

export async function updateFocusPoint(actor: Actor, input: FocusPointEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const { count } = await tx.focusThemePoint.updateMany({ where: { id: input.id, text: input.beforeText }, data: { text: input.text } });
    await guard(count, () => tx.focusThemePoint.findUnique({ where: { id: input.id }, select: { id: true } }), "focus theme point");
    await audit(tx, actor, "focus_theme_point", input.id, { text: input.beforeText }, { text: input.text });
  });
}

export async function updateMeasure(actor: Actor, input: MeasureEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const before = { name: input.beforeName, relatedPlan: input.beforeRelatedPlan || null };
    const after = { name: input.name, relatedPlan: input.relatedPlan || null };
    const { count } = await tx.measure.updateMany({ where: { id: input.id, ...before }, data: after });
    await guard(count, () => tx.measure.findUnique({ where: { id: input.id }, select: { id: true } }), "measure");
    await audit(tx, actor, "measure", input.id, before, after);
  });
}

/** The promotion plan must be one of the policy's; none leaves the initiative untied. */
export async function checkPromotionPlan(tx: Tx, promotionPlanId: number | undefined): Promise<void> {
  if (promotionPlanId === undefined) return;
  if ((await tx.promotionPlan.count({ where: { id: promotionPlanId } })) !== 1) throw invalidInput("promotionPlanId", "invalid");
}

/** Only one main initiative (主な取組) per measure: making one main demotes the others. */
export async function demoteOtherMains(tx: Tx, measureId: number, initiativeId: number): Promise<number[]> {
  const others = await tx.initiative.findMany({ where: { measureId, isMain: true, id: { not: initiativeId } }, select: { id: true } });
  if (others.length > 0) await tx.initiative.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { isMain: false } });
  return others.map((other) => other.id);
}

export async function updateInitiative(actor: Actor, input: InitiativeEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    await checkPromotionPlan(tx, input.promotionPlanId);
    const before = { name: input.beforeName, isMain: input.beforeIsMain, promotionPlanId: input.beforePromotionPlanId ?? null };
    const after = { name: input.name, isMain: input.isMain, promotionPlanId: input.promotionPlanId ?? null };
    const { count } = await tx.initiative.updateMany({ where: { id: input.id, ...before }, data: after });
    await guard(count, () => tx.initiative.findUnique({ where: { id: input.id }, select: { id: true } }), "initiative");
    const { measureId } = await tx.initiative.findUniqueOrThrow({ where: { id: input.id }, select: { measureId: true } });
    const demoted = input.isMain ? await demoteOtherMains(tx, measureId, input.id) : [];
    await audit(tx, actor, "initiative", input.id, before, { ...after, demotedMainIds: demoted });
  });
}

export async function updatePromotionPlan(actor: Actor, input: PromotionPlanEdit): Promise<void> {
  await catalogueChange(actor, async (tx) => {
    const plan = await tx.promotionPlan.findUnique({ where: { id: input.id }, select: { policy: { select: { startFiscalYear: true, endFiscalYear: true } } } });
    if (!plan) throw notFound("promotion plan");
    if (input.startFiscalYear < plan.policy.startFiscalYear || input.startFiscalYear > plan.policy.endFiscalYear)
      throw invalidInput("startFiscalYear", "invalid");
    if (input.endFiscalYear < plan.policy.startFiscalYear || input.endFiscalYear > plan.policy.endFiscalYear) throw invalidInput("endFiscalYear", "invalid");
    const before = {
      name: input.beforeName,
      startFiscalYear: input.beforeStartFiscalYear,
      endFiscalYear: input.beforeEndFiscalYear,
      illustrative: input.beforeIllustrative,
    };
    const after = { name: input.name, startFiscalYear: input.startFiscalYear, endFiscalYear: input.endFiscalYear, illustrative: input.illustrative };
    const { count } = await tx.promotionPlan.updateMany({ where: { id: input.id, ...before }, data: after });
    if (count === 0) throw conflict("promotion plan");
    await audit(tx, actor, "promotion_plan", input.id, before, after);
  });
}

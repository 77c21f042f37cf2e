import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { notAllowed, notFound } from "@/lib/platform/errors";
import { catalogueChange } from "./catalogue-access";
import { checkPromotionPlan, demoteOtherMains } from "./edit-catalogue";
import type { FocusPointAdd, InitiativeAdd, MeasureAdd } from "./schemas";

/*
 * Additions to the catalogue: a measure takes the next number in its area, an initiative and a
 * ◇ point the next position. Two editors adding at once clash on the unique number → CONFLICT.
 * Nothing is added under a retired area or measure.
 */

export async function addMeasure(actor: Actor, input: MeasureAdd): Promise<number> {
  return catalogueChange(actor, async (tx) => {
    const area = await tx.policyArea.findUnique({ where: { id: input.areaId }, select: { retiredAt: true } });
    if (!area) throw notFound("policy area");
    if (area.retiredAt) throw notAllowed("area retired");
    const last = await tx.measure.aggregate({ where: { areaId: input.areaId }, _max: { number: true } });
    const data = { areaId: input.areaId, number: (last._max.number ?? 0) + 1, name: input.name, relatedPlan: input.relatedPlan || null };
    const { id } = await tx.measure.create({ data, select: { id: true } });
    await recordAudit(tx, { actorId: actor.employeeId, action: "catalogue.add", entity: "measure", entityId: id, detail: { before: null, after: data } });
    return id;
  });
}

export async function addInitiative(actor: Actor, input: InitiativeAdd): Promise<number> {
  return catalogueChange(actor, async (tx) => {
    const measure = await tx.measure.findUnique({ where: { id: input.measureId }, select: { retiredAt: true } });
    if (!measure) throw notFound("measure");
    if (measure.retiredAt) throw notAllowed("measure retired");
    await checkPromotionPlan(tx, input.promotionPlanId);
    const last = await tx.initiative.aggregate({ where: { measureId: input.measureId }, _max: { position: true } });
    const data = {
      measureId: input.measureId,
      name: input.name,
      isMain: input.isMain,
      promotionPlanId: input.promotionPlanId ?? null,
      position: (last._max.position ?? 0) + 1,
    };
    const { id } = await tx.initiative.create({ data, select: { id: true } });
    const demoted = input.isMain ? await demoteOtherMains(tx, input.measureId, id) : [];
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "catalogue.add",
      entity: "initiative",
      entityId: id,
      detail: { before: null, after: { ...data, demotedMainIds: demoted } },
    });
    return id;
  });
}

export async function addFocusPoint(actor: Actor, input: FocusPointAdd): Promise<number> {
  return catalogueChange(actor, async (tx) => {
    if ((await tx.focusTheme.count({ where: { id: input.themeId } })) !== 1) throw notFound("focus theme");
    const last = await tx.focusThemePoint.aggregate({ where: { themeId: input.themeId }, _max: { position: true } });
    const data = { themeId: input.themeId, text: input.text, position: (last._max.position ?? 0) + 1 };
    const { id } = await tx.focusThemePoint.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "catalogue.add",
      entity: "focus_theme_point",
      entityId: id,
      detail: { before: null, after: data },
    });
    return id;
  });
}

import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { ATTENTION_COMPARISONS, ATTENTION_FIGURES, type AttentionRule, lastDayOf } from "@/lib/insight/dashboards/attention-rules";
import { db as defaultDb } from "@/lib/platform/db/client";
import { conflict, notFound } from "@/lib/platform/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/records/parse-input";
import { id, optionalId, percent, version, whenValid } from "@/lib/platform/validation/fields";
import { assertSettingsEditor } from "./settings-access";

const RULE_COLUMNS = { id: true, figure: true, comparison: true, threshold: true, fromMonth: true, fromDay: true } as const;

/** An empty form field is "not given", so that zod's number coercion does not read it as 0. */
const blank = (value: unknown) => (value === "" || value == null ? undefined : value);

const month = z.preprocess(
  blank,
  z.coerce
    .number({ error: "validation.required" })
    .int({ error: "validation.invalid" })
    .min(1, { error: "validation.invalid" })
    .max(12, { error: "validation.invalid" }),
);
const day = z.preprocess(
  blank,
  z.coerce
    .number({ error: "validation.required" })
    .int({ error: "validation.number" })
    .min(1, { error: "validation.day" })
    .max(31, { error: "validation.day" }),
);

/** What the HR officer chooses and types; a day the month lacks (31 June, 29 February) is refused on the day. */
export const attentionRuleSchema = z
  .object({
    figure: z.enum(ATTENTION_FIGURES, { error: "validation.required" }),
    comparison: z.enum(ATTENTION_COMPARISONS, { error: "validation.required" }),
    threshold: z.preprocess(blank, percent),
    fromMonth: month,
    fromDay: day,
  })
  .superRefine(
    (rule, ctx) => {
      // The keys are the catalogue's attentionRules.validation.* (the form looks there first).
      if (rule.fromDay > lastDayOf(rule.fromMonth)) ctx.addIssue({ code: "custom", path: ["fromDay"], message: "validation.dayOfMonth" });
    },
    whenValid(z.object({ fromMonth: month, fromDay: day })),
  );
export type AttentionRuleInput = z.output<typeof attentionRuleSchema>;

/** Which rule a form edits, and the version the officer saw; neither for a new rule. */
export const attentionRuleTarget = z.object({ ruleId: optionalId, version: z.preprocess(blank, version.optional()) });
export const attentionRuleDeleteTarget = z.object({ ruleId: id, version });

/** The rules every bureau dashboard applies, in the order they were made. No actor: the rules are no one's record. */
export async function getAttentionRules(client: Pick<PrismaClient, "attentionRule"> = defaultDb): Promise<AttentionRule[]> {
  return client.attentionRule.findMany({ select: RULE_COLUMNS, orderBy: { id: "asc" } });
}

/** The rules with their versions, as the HR division's settings page edits them; NOT_FOUND for anyone else. */
export async function findAttentionRules(actor: Actor): Promise<(AttentionRule & { version: number })[]> {
  assertSettingsEditor(actor);
  return defaultDb.attentionRule.findMany({ select: { ...RULE_COLUMNS, version: true }, orderBy: { id: "asc" } });
}

/**
 * Adds a rule, or changes one guarded by the version the officer saw (a colleague's change in
 * between is a conflict, never silently overwritten). The HR division's alone; audited in the same
 * transaction with the rule before and after.
 */
export async function saveAttentionRule(actor: Actor, input: AttentionRuleInput & { ruleId?: number; version?: number }): Promise<{ id: number }> {
  assertSettingsEditor(actor);
  const target = parseInput(attentionRuleTarget, { ruleId: input.ruleId, version: input.version });
  const data = parseInput(attentionRuleSchema, input);
  return defaultDb.$transaction(async (tx) => {
    if (target.ruleId === undefined) {
      const created = await tx.attentionRule.create({ data, select: RULE_COLUMNS });
      await recordAudit(tx, {
        actorId: actor.employeeId,
        action: "attention-rule.create",
        entity: "attention_rule",
        entityId: created.id,
        detail: { before: null, after: data },
      });
      return { id: created.id };
    }
    const before = await tx.attentionRule.findUnique({ where: { id: target.ruleId }, select: { ...RULE_COLUMNS, version: true } });
    if (!before) throw notFound("attention rule");
    const updated = await tx.attentionRule.updateMany({
      where: { id: target.ruleId, version: target.version ?? 0 },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("attention rule");
    const was = { figure: before.figure, comparison: before.comparison, threshold: before.threshold, fromMonth: before.fromMonth, fromDay: before.fromDay };
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "attention-rule.update",
      entity: "attention_rule",
      entityId: before.id,
      detail: { before: was, after: data },
    });
    return { id: before.id };
  });
}

/** Removes a rule the officer saw at that version; audited with what it was. */
export async function deleteAttentionRule(actor: Actor, input: { ruleId: number; version: number }): Promise<void> {
  assertSettingsEditor(actor);
  const target = parseInput(attentionRuleDeleteTarget, input);
  await defaultDb.$transaction(async (tx) => {
    const before = await tx.attentionRule.findUnique({ where: { id: target.ruleId }, select: RULE_COLUMNS });
    if (!before) throw notFound("attention rule");
    const deleted = await tx.attentionRule.deleteMany({ where: { id: target.ruleId, version: target.version } });
    if (deleted.count === 0) throw conflict("attention rule");
    const { id: ruleId, ...was } = before;
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "attention-rule.delete",
      entity: "attention_rule",
      entityId: ruleId,
      detail: { before: was, after: null },
    });
  });
}

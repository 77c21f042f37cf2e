import type { Prisma } from "@/lib/generated/prisma/client";
import { isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { invalidInput } from "@/lib/platform/errors";
import { isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import type { CommitmentInput } from "./schemas";

/**
 * Checks what a form cannot: the measure, theme and image exist and are not retired, and the
 * due date lies in the commitment's fiscal year. Returns the columns to write.
 */
export async function commitmentColumns(tx: Prisma.TransactionClient, input: CommitmentInput, fiscalYear: number) {
  if (!(await isSelectableMeasure(tx, input.measureId))) throw invalidInput("measureId", "unknownMeasure");
  if (input.focusThemeId !== undefined && (await tx.focusTheme.count({ where: { id: input.focusThemeId, retiredAt: null } })) === 0) {
    throw invalidInput("focusThemeId", "invalid");
  }
  if (input.targetImageId !== undefined && (await tx.targetImage.count({ where: { id: input.targetImageId, retiredAt: null } })) === 0) {
    throw invalidInput("targetImageId", "invalid");
  }
  const dueOn = input.dueOn === undefined ? null : parseIsoDate(input.dueOn);
  if (dueOn && !isWithinFiscalYear(dueOn, fiscalYear)) throw invalidInput("dueOn", "outsideFiscalYear", { fiscalYear });
  const numeric = input.targetKind === "number";
  return {
    title: input.title,
    description: input.description,
    measureId: input.measureId,
    focusThemeId: input.focusThemeId ?? null,
    targetImageId: input.targetImageId ?? null,
    targetText: numeric ? "" : input.targetText,
    targetValue: numeric ? (input.targetValue ?? null) : null,
    targetUnit: numeric ? input.targetUnit : "",
    dueOn: dueOn ? toDateColumn(dueOn) : null,
  };
}

/**
 * A new individual commitment at the end of its plan, as a draft: whose it is, who wrote it (the
 * owner, or their reviewer entering a paper sheet on their behalf) and its first timeline event.
 */
export async function createDraftCommitment(
  tx: Prisma.TransactionClient,
  row: {
    planId: number;
    fiscalYear: number;
    ownerEmployeeId: number;
    createdById: number;
    columns: Awaited<ReturnType<typeof commitmentColumns>>;
    event: { action: "CREATE" | "PROXY_ENTRY"; comment?: string; onBehalfOfId?: number | null };
  },
): Promise<number> {
  const last = await tx.commitment.aggregate({ where: { planId: row.planId }, _max: { position: true } });
  const created = await tx.commitment.create({
    data: {
      ...row.columns,
      level: "INDIVIDUAL",
      fiscalYear: row.fiscalYear,
      planId: row.planId,
      ownerEmployeeId: row.ownerEmployeeId,
      createdById: row.createdById,
      position: (last._max.position ?? -1) + 1,
      status: "DRAFT",
      events: { create: { ...row.event, toStatus: "DRAFT", actorId: row.createdById } },
    },
    select: { id: true },
  });
  return created.id;
}

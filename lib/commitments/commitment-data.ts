import type { Prisma } from "@/lib/generated/prisma/client";
import { isWithinFiscalYear, } from "@/lib/dates/fiscal-year";
import { toDateColumn } from "@/lib/dates/calendar-date";
import { parseIsoDate } from "@/lib/dates/iso";
import { invalidInput } from "@/lib/errors";
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
  if (dueOn && !isWithinFiscalYear(dueOn, fiscalYear)) throw invalidInput("dueOn", "outsideFiscalYear");
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

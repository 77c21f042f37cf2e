import "server-only";
import { toDateColumn } from "@/lib/dates/calendar-date";
import { parseIsoDate } from "@/lib/dates/iso";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import { parseInput } from "./parse-input";
import { type TrainingInput, trainingInputSchema } from "./schemas";

/**
 * Shared by create and update: validates the input and turns it into column values. The
 * measure is checked inside the caller's transaction, so one retired in the meantime is refused.
 */
export async function trainingColumns(tx: Prisma.TransactionClient, input: TrainingInput) {
  const data = parseInput(trainingInputSchema, input);
  if (data.measureId !== undefined && !(await isSelectableMeasure(tx, data.measureId))) throw invalidInput("measureId", "unknownMeasure");
  return {
    fiscalYear: data.fiscalYear,
    programmeName: data.programmeName,
    kind: data.kind,
    startOn: toDateColumn(parseIsoDate(data.startOn)),
    endOn: toDateColumn(parseIsoDate(data.endOn)),
    hours: data.hours,
    completed: data.completed,
    measureId: data.measureId ?? null,
  };
}

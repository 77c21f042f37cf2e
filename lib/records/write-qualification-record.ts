import "server-only";
import { toDateColumn } from "@/lib/dates/calendar-date";
import { parseIsoDate } from "@/lib/dates/iso";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findSelfStudyMeasureId, isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import { parseInput } from "./parse-input";
import { type QualificationInput, qualificationInputSchema } from "./schemas";

/**
 * Shared by create and update. Without a chosen measure the record links to
 * ⑤職員の自己啓発支援, the measure the policy files qualifications and self-study under.
 */
export async function qualificationColumns(tx: Prisma.TransactionClient, input: QualificationInput) {
  const data = parseInput(qualificationInputSchema, input);
  const measureId = data.measureId ?? (await findSelfStudyMeasureId());
  if (measureId !== null && !(await isSelectableMeasure(tx, measureId))) throw invalidInput("measureId", "unknownMeasure");
  return {
    name: data.name,
    obtainedOn: toDateColumn(parseIsoDate(data.obtainedOn)),
    expiresOn: data.expiresOn ? toDateColumn(parseIsoDate(data.expiresOn)) : null,
    measureId,
    note: data.note,
  };
}

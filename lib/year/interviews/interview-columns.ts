import "server-only";
import { type CalendarDate, compareDates, fromDateColumn, toDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, isWithinFiscalYear } from "@/lib/platform/dates/fiscal-year";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { invalidInput } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import type { InterviewFields } from "./schemas";

/**
 * Shared by record and update: what a form cannot check. An interview is recorded once it has
 * been held — not for a day to come — and in the current fiscal year: ended years are history,
 * as they are for plans. Every linked measure must still be selectable, checked inside the
 * caller's transaction so one retired in the meantime is refused. Returns the columns to write.
 */
export async function interviewColumns(tx: Prisma.TransactionClient, input: InterviewFields, today: CalendarDate) {
  const heldOn = parseIsoDate(input.heldOn);
  if (compareDates(heldOn, today) > 0) throw invalidInput("heldOn", "future");
  const fiscalYear = fiscalYearOf(today);
  if (!isWithinFiscalYear(heldOn, fiscalYear)) throw invalidInput("heldOn", "outsideFiscalYear", { fiscalYear });
  for (const [index, action] of input.actions.entries()) {
    if (!(await isSelectableMeasure(tx, action.measureId))) throw invalidInput(`actions.${index}.measureId`, "unknownMeasure");
  }
  return {
    heldOn: toDateColumn(heldOn),
    kind: input.kind,
    agenda: input.agenda,
    sharedNotes: input.sharedNotes,
    privateNotes: input.privateNotes,
    agreedActions: input.agreedActions,
  };
}

export type InterviewColumns = Awaited<ReturnType<typeof interviewColumns>>;

/** The columns as an audit record holds them: the date as yyyy-mm-dd, not a timestamp. */
export function interviewAuditSnapshot(columns: InterviewColumns, actions: readonly { id?: number; title: string; measureId: number; status?: string }[]) {
  return {
    ...columns,
    heldOn: toIsoDate(fromDateColumn(columns.heldOn)),
    actions: actions.map((action) => ({ ...action })),
  };
}

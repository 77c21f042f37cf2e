import { type CalendarDate, fromDateColumn } from "@/lib/platform/dates/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InterviewActionStatus, InterviewKind } from "@/lib/generated/prisma/enums";
import { type LinkedMeasure, linkedMeasureSelect, toLinkedMeasure } from "@/lib/policy/linked-measure";

/**
 * The fields of an interview that every reader of it may see. The private notes are not among
 * them on purpose: get-interview reads them in a query of their own, only for those allowed.
 */
export const interviewSelect = {
  id: true,
  employeeId: true,
  supervisorId: true,
  heldOn: true,
  kind: true,
  agenda: true,
  sharedNotes: true,
  agreedActions: true,
  version: true,
  employee: { select: { name: true, rank: true, unit: { select: { trail: true } } } },
  supervisor: { select: { name: true, rank: true } },
  actions: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      status: true,
      decidedAt: true,
      measure: linkedMeasureSelect,
      commitment: { select: { id: true, planId: true, fiscalYear: true } },
    },
  },
} satisfies Prisma.CareerInterviewSelect;

type InterviewRow = Prisma.CareerInterviewGetPayload<{ select: typeof interviewSelect }>;

export interface InterviewActionView {
  id: number;
  title: string;
  status: InterviewActionStatus;
  decidedAt: Date | null;
  measure: LinkedMeasure;
  /** the commitment an accepted action became */
  commitment: { id: number; planId: number | null; fiscalYear: number } | null;
}

export interface InterviewView {
  id: number;
  employeeId: number;
  supervisorId: number;
  heldOn: CalendarDate;
  kind: InterviewKind;
  agenda: string;
  sharedNotes: string;
  agreedActions: string;
  version: number;
  employee: { name: string; rank: string; unitTrail: string[] };
  interviewer: { name: string; rank: string };
  actions: InterviewActionView[];
}

export function toInterviewView(row: InterviewRow): InterviewView {
  const { heldOn, employee, supervisor, actions, ...rest } = row;
  return {
    ...rest,
    heldOn: fromDateColumn(heldOn),
    employee: { name: employee.name, rank: employee.rank, unitTrail: employee.unit.trail },
    interviewer: supervisor,
    actions: actions.map(({ measure, ...action }) => ({ ...action, measure: toLinkedMeasure(measure) })),
  };
}

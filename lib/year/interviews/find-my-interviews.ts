import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { employeeScope } from "@/lib/people/org/scope";
import { interviewSelect, toInterviewView, type InterviewView } from "./interview-view";

export interface MyInterviews {
  /** the fiscal years with interviews, newest first, with how many each */
  years: { fiscalYear: number; count: number }[];
  /** the interviews of `fiscalYear`, newest first */
  interviews: InterviewView[];
}

/**
 * The actor's own career interviews of one fiscal year, newest first, with the actions proposed
 * in them and what became of each, and which years hold any. One year at a time: ten years of
 * interviews, each with its notes and actions, made a page of 100 KB that no one reads at once.
 * Built on the shared select, which never names the private notes.
 */
export async function findMyInterviews(actor: Actor, fiscalYear: number): Promise<MyInterviews> {
  const own = { employee: employeeScope(actor, "EMPLOYEE") };
  const days = await db.careerInterview.groupBy({ by: ["heldOn"], where: own, _count: { _all: true } });
  const counts = new Map<number, number>();
  for (const day of days) {
    const year = fiscalYearOf(fromDateColumn(day.heldOn));
    counts.set(year, (counts.get(year) ?? 0) + day._count._all);
  }
  const rows = await db.careerInterview.findMany({
    where: { ...own, heldOn: { gte: toDateColumn(fiscalYearStart(fiscalYear)), lte: toDateColumn(fiscalYearEnd(fiscalYear)) } },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    select: interviewSelect,
  });
  return {
    years: [...counts].map(([year, count]) => ({ fiscalYear: year, count })).sort((a, b) => b.fiscalYear - a.fiscalYear),
    interviews: rows.map(toInterviewView),
  };
}

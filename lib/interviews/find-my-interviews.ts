import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { employeeScope } from "@/lib/org/scope";
import { interviewSelect, toInterviewView, type InterviewView } from "./interview-view";

/**
 * The actor's own career interviews, newest first, with the actions proposed in them and what
 * became of each. Built on the shared select, which never names the private notes.
 */
export async function findMyInterviews(actor: Actor): Promise<InterviewView[]> {
  const rows = await db.careerInterview.findMany({
    where: { employee: employeeScope(actor, "EMPLOYEE") },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    select: interviewSelect,
  });
  return rows.map(toInterviewView);
}

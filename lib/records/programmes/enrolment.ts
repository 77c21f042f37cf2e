import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { parseInput } from "@/lib/records/parse-input";
import { invalidInput } from "@/lib/platform/errors";
import { selectDirectlyEnrolled } from "@/lib/records/training-applications/selection";
import { programmeWrite } from "./access";
import { type EnrolInput, enrolSchema, MAX_ENROL_LINES } from "./schemas";
import { bumpSessionVersion, lockSession } from "./session-lock";

export type EnrolOutcome = "ENROLLED" | "ALREADY_ENROLLED" | "DUPLICATE_LINE" | "UNKNOWN" | "INACTIVE" | "FULL";

export interface EnrolLine {
  /** the line of the pasted list, from 1 */
  line: number;
  staffNumber: string;
  name: string | null;
  outcome: EnrolOutcome;
}

export interface EnrolReport {
  enrolled: number;
  lines: EnrolLine[];
}

/** One staff number a line; blank lines are skipped, full-width spaces trimmed. */
export function parseStaffNumberLines(text: string): { line: number; staffNumber: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, staffNumber: raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "") }))
    .filter((entry) => entry.staffNumber !== "");
}

/**
 * Enrols the listed staff in a session: every line gets an outcome — enrolled, already enrolled
 * or repeated (ignored), unknown or no longer in post (refused), or over the session's capacity.
 * The known ones are enrolled in one statement; the rest are only reported. An application of
 * theirs to the session still waiting for a decision becomes SELECTED with it.
 */
export async function enrolStaff(actor: Actor, input: EnrolInput): Promise<EnrolReport> {
  const data = parseInput(enrolSchema, input);
  const entries = parseStaffNumberLines(data.staffNumbers);
  if (entries.length === 0) throw invalidInput("staffNumbers", "required");
  if (entries.length > MAX_ENROL_LINES) throw invalidInput("staffNumbers", "tooLong");
  return programmeWrite(actor, async (tx) => {
    const session = await lockSession(tx, data.sessionId, data.version);
    const numbers = [...new Set(entries.map((entry) => entry.staffNumber))];
    // Sequential inside the transaction (one connection; see lib/year/rollover/rollover.ts).
    const staff = await tx.employee.findMany({ where: { staffNumber: { in: numbers } }, select: { id: true, staffNumber: true, name: true, active: true } });
    const existing = await tx.trainingEnrolment.findMany({ where: { sessionId: session.id }, select: { employeeId: true } });
    const byNumber = new Map(staff.map((person) => [person.staffNumber, person]));
    const enrolledIds = new Set(existing.map((row) => row.employeeId));
    let room = session.capacity === null ? Number.POSITIVE_INFINITY : session.capacity - existing.length;
    const seen = new Set<string>();
    const toEnrol: { id: number; staffNumber: string }[] = [];
    const lines = entries.map(({ line, staffNumber }): EnrolLine => {
      const person = byNumber.get(staffNumber);
      const name = person?.name ?? null;
      if (seen.has(staffNumber)) return { line, staffNumber, name, outcome: "DUPLICATE_LINE" };
      seen.add(staffNumber);
      if (!person) return { line, staffNumber, name, outcome: "UNKNOWN" };
      if (!person.active) return { line, staffNumber, name, outcome: "INACTIVE" };
      if (enrolledIds.has(person.id)) return { line, staffNumber, name, outcome: "ALREADY_ENROLLED" };
      if (room <= 0) return { line, staffNumber, name, outcome: "FULL" };
      room -= 1;
      toEnrol.push({ id: person.id, staffNumber });
      return { line, staffNumber, name, outcome: "ENROLLED" };
    });
    if (toEnrol.length > 0) {
      const created = await tx.trainingEnrolment.createManyAndReturn({
        data: toEnrol.map((person) => ({ sessionId: session.id, employeeId: person.id })),
        select: { id: true, employeeId: true },
      });
      // Their own applications to this session are decided by the enrolment (audited there).
      await selectDirectlyEnrolled(tx, actor.employeeId, { id: session.id, title: session.programme.title }, created);
      await bumpSessionVersion(tx, session.id);
      await recordAudit(tx, {
        actorId: actor.employeeId,
        action: "programme.enrol",
        entity: "training_session",
        entityId: session.id,
        detail: { enrolled: toEnrol.map((person) => person.staffNumber) },
      });
    }
    return { enrolled: toEnrol.length, lines };
  });
}

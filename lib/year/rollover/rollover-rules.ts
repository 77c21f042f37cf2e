import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import type { FiscalYearStatus } from "@/lib/generated/prisma/enums";

/** The commitment levels HR may choose to carry into the next fiscal year. */
export const CARRY_LEVELS = ["INDIVIDUAL", "TEAM", "BUREAU", "CITY"] as const;
export type CarryLevel = (typeof CARRY_LEVELS)[number];

/** Statuses that count as finished: these stay in the closed year and are never carried. */
export const FINISHED_STATUSES = ["DONE", "DROPPED"] as const;

/** Any number will do, as long as nothing else in the portal takes the same advisory lock. */
export const ROLLOVER_LOCK_KEY = 4_826_006;

/**
 * A closed fiscal year is history: read-only for everyone but the HR division. A year without a
 * fiscal_year row (status null) has never been closed, so it is open. The year is named so that
 * callers read as a sentence; the rule itself depends only on the status and the actor.
 */
export function isClosedForWrites(_year: number, status: FiscalYearStatus | null | undefined, actor: Actor): boolean {
  return status === "CLOSED" && !hasRole(actor, "HR_DIVISION");
}

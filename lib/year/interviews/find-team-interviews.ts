import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { InterviewKind } from "@/lib/generated/prisma/enums";
import { supervisedFromAbove } from "@/lib/people/org/scope";
import { openTeamView } from "@/lib/people/team/open-team-view";
import type { TeamUnitFigures } from "@/lib/people/team/summarise-team-units";
import type { TeamView } from "@/lib/people/team/team-units";
import { INTERVIEW_KINDS } from "./limits";

export interface TeamInterviewRow {
  employeeId: number;
  name: string;
  nameKana: string;
  rank: string;
  /** from the bureau down (lib/people/org/unit-trail.ts) */
  unitTrail: string[];
  count: number;
  lastHeldOn: CalendarDate | null;
  /** the kinds held this year, in the order of the year (期首 → 期中 → 期末 → その他) */
  kinds: InterviewKind[];
  /** actions still waiting for the member's answer */
  pendingActions: number;
  interviews: { id: number; heldOn: CalendarDate; kind: InterviewKind }[];
  /** the supervisor stands above them and records their interviews (not a co-supervisor's) */
  canHold: boolean;
}

export interface TeamInterviews {
  view: TeamView;
  /** active staff in the view */
  staff: number;
  /** one row per unit when the view is too large to list everyone at once */
  units: TeamUnitFigures[] | null;
  /** everyone in the view, or the opened unit's own members when `units` are shown */
  rows: TeamInterviewRow[];
}

/**
 * Per member of the unit opened (`?unit=`, by default all the supervisor leads): the career
 * interviews held with them in the fiscal year (by any of their supervisors), newest first.
 * Members with none come first, then those seen longest ago, so whoever is due an interview is
 * at the top. A large view is counted per unit first and lists only the unit's own members.
 */
export async function findTeamInterviews(actor: Actor, fiscalYear: number, unitId: number | null = null): Promise<TeamInterviews> {
  const opened = await openTeamView(actor, unitId, fiscalYear, "staff");
  if (!opened.listed) return { view: opened.view, staff: opened.count, units: opened.units, rows: [] };
  const [members, held] = await Promise.all([
    db.employee.findMany({
      where: opened.listed,
      orderBy: [{ unit: { position: "asc" } }, { unitId: "asc" }, { staffNumber: "asc" }],
      select: {
        id: true,
        name: true,
        nameKana: true,
        rank: true,
        unit: { select: { trail: true } },
        interviews: {
          where: { heldOn: { gte: toDateColumn(fiscalYearStart(fiscalYear)), lte: toDateColumn(fiscalYearEnd(fiscalYear)) } },
          orderBy: [{ heldOn: "desc" }, { id: "desc" }],
          select: { id: true, heldOn: true, kind: true, _count: { select: { actions: { where: { status: "PROPOSED" } } } } },
        },
      },
    }),
    db.employee.findMany({ where: { AND: [opened.listed, supervisedFromAbove(actor)] }, select: { id: true } }),
  ]);
  const holds = new Set(held.map((member) => member.id));
  const rows = members.map((member): TeamInterviewRow => {
    const interviews = member.interviews.map((interview) => ({ id: interview.id, heldOn: fromDateColumn(interview.heldOn), kind: interview.kind }));
    return {
      employeeId: member.id,
      name: member.name,
      nameKana: member.nameKana,
      rank: member.rank,
      unitTrail: member.unit.trail,
      count: interviews.length,
      lastHeldOn: interviews[0]?.heldOn ?? null,
      kinds: INTERVIEW_KINDS.filter((kind) => interviews.some((interview) => interview.kind === kind)),
      pendingActions: member.interviews.reduce((sum, interview) => sum + interview._count.actions, 0),
      interviews,
      canHold: holds.has(member.id),
    };
  });
  // A stable sort keeps the org-chart order among members in the same position.
  const dayNumber = (date: CalendarDate | null) => (date ? toDateColumn(date).getTime() : 0);
  rows.sort((a, b) => dayNumber(a.lastHeldOn) - dayNumber(b.lastHeldOn));
  return { view: opened.view, staff: opened.count, units: opened.units, rows };
}

import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { grantsOf } from "@/lib/platform/auth/roles";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { summariseTeamUnits, type TeamUnitFigures } from "./summarise-team-units";
import { resolveTeamView, SMALL_TEAM, type TeamView, teamViewWhere } from "./team-units";

export interface OpenedTeamView {
  view: TeamView;
  /** head-count of the view (of its young staff, for the OJT page) */
  count: number;
  /** one row per unit when the view is too large to list at once; null when everyone is listed */
  units: TeamUnitFigures[] | null;
  /** whom to list: everyone in the view when it is small, else the opened unit's own members (none at the top of several units) */
  listed: Prisma.EmployeeWhereInput | null;
}

/**
 * Opens a team page's view: everyone when it is small, the units first when it is large. The
 * large roll-up is shared through the figure cache (FIGURE_CACHE_SECONDS) like the bureau's
 * figures: counting a bureau's two thousand staff costs a hundred milliseconds, and a 局長 who
 * reloads the page should not pay it each time; the people of an opened unit are always read
 * fresh. The key holds the person and their grants, so a copy never outlives a change of scope.
 */
export async function openTeamView(actor: Actor, unitId: number | null, fiscalYear: number, counting: "staff" | "young"): Promise<OpenedTeamView> {
  const view = await resolveTeamView(actor, unitId);
  const everyone = teamViewWhere(actor, view, false);
  const young = counting === "young" ? await youngWhere() : null;
  const count = await db.employee.count({ where: young ? { AND: [everyone, young] } : everyone });
  if (count <= SMALL_TEAM) return { view, count, units: null, listed: everyone };
  const today = toDateColumn(tokyoDate());
  const grants = grantsOf(actor, "SUPERVISOR").map((grant) => [grant.unitId, grant.includeSubunits]);
  const units = await sharedFigures(
    "team.units",
    { actor: actor.employeeId, grants, unit: view.unit?.id ?? null, subtree: view.subtree, fiscalYear, today },
    () => summariseTeamUnits(actor, view, fiscalYear),
  );
  return { view, count, units, listed: view.unit ? teamViewWhere(actor, view, true) : null };
}

/** Young staff (若手職員) as the HR division's setting defines them today. */
export async function youngWhere(): Promise<Prisma.EmployeeWhereInput> {
  return { joinedOn: { gt: toDateColumn(youngStaffJoinedAfter(tokyoDate(), await getYoungStaffYears(db))) } };
}

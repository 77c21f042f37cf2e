import { db } from "@/lib/platform/db/client";
import type { Role as DbRole } from "@/lib/generated/prisma/enums";
import { countUnreadNotifications, findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { findReminders } from "@/lib/messaging/notifications/find-reminders";
import { findDashboardNotices } from "@/lib/messaging/notifications/dashboard-notices";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/messaging/notifications/mark-read";
import { getOwnProfile } from "@/lib/people/org/get-own-profile";
import { employeeScope, supervisedFromAbove, supervisorScopeSql, unitPathsInScope } from "@/lib/people/org/scope";
import { standingOver } from "@/lib/people/org/standing";
import { findSelectableMeasures, findSelectableThemesAndImages } from "@/lib/policy/find-selectable-measures";
import { findTargetImages } from "@/lib/policy/find-target-images";
import { getPolicyCatalogue } from "@/lib/policy/get-policy-catalogue";
import { findTeamOverview } from "@/lib/people/team/find-team-overview";
import { openTeamView } from "@/lib/people/team/open-team-view";
import { summariseTeamUnits } from "@/lib/people/team/summarise-team-units";
import { resolveTeamView, teamGroupsSql, type TeamView, teamViewWhere } from "@/lib/people/team/team-units";
import {
  __,
  EVERYONE,
  type FunctionRow,
  type Matrix,
  IN,
  itself,
  listed,
  NF,
  NO,
  OK,
  OUT,
  OWN_LIST,
  OWNER_ONLY,
  type Role,
  row,
  TEAM_LIST,
  YES,
  yes,
} from "./matrix";
import { makeNotification } from "./records";

/** People and places (lib/people/org, lib/people/team), notifications (lib/messaging/notifications) and the policy catalogue (lib/policy). */

/**
 * A count names no record, and other cells' submissions notify every role holder but plain
 * employees while this runs: only the employee column can tell "none of mine" from noise.
 */
const OWN_UNREAD_COUNT: Matrix = { own: [IN, IN, IN, IN, IN], team: [OUT, __, __, __, __], bureau: [OUT, __, __, __, __], other: [OUT, __, __, __, __] };

/** The database role each matrix column's actor holds. */
export const HELD: Record<Role, DbRole> = {
  employee: "EMPLOYEE",
  supervisor: "SUPERVISOR",
  coordinator: "BUREAU_COORDINATOR",
  hr: "HR_DIVISION",
  hq: "HEADQUARTERS",
};

const notificationWatch = (id: number) => [["notification", "id", id] as const];

/** Whether the subject is in a supervisor's scope: the shape of TEAM_LIST, answered yes or no. */
const IN_TEAM: Matrix = {
  own: [NF, NO, NF, NF, NF],
  team: [NF, YES, NF, NF, __],
  bureau: [NF, NO, NF, NF, __],
  other: [NF, NO, NF, NF, NF],
  former: [__, NO, __, __, __],
};

/** The whole of what a supervisor leads, as a team page opens it without `?unit=`. */
const ALL_UNITS: TeamView = { unit: null, subtree: false, trail: [] };

export const peopleRows: FunctionRow[] = [
  row({
    fn: "supervisorScopeSql",
    file: "lib/people/org/scope.ts",
    kind: "helper",
    // The same rule as employeeScope's for SUPERVISOR, for the grouped SQL of a large team.
    matrix: IN_TEAM,
    act: async (s) => {
      const [found] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM employee e JOIN org_unit u ON u.id = e.unit_id WHERE e.id = ${s.subject} AND ${supervisorScopeSql(s.actor)}`;
      return (found?.n ?? 0) > 0;
    },
    judge: (found) => yes(found),
  }),
  row({
    fn: "resolveTeamView",
    file: "lib/people/team/team-units.ts",
    kind: "read",
    // ?unit= of the team pages: the 係 led (own, team), never one beside it or left behind.
    matrix: { own: [NF, OK, NF, NF, NF], team: [NF, OK, NF, NF, __], bureau: [NF, NF, NF, NF, __], other: [NF, NF, NF, NF, NF], former: [__, NF, __, __, __] },
    act: (s) => resolveTeamView(s.actor, s.teamUnit.id),
  }),
  row({
    fn: "teamViewWhere",
    file: "lib/people/team/team-units.ts",
    kind: "helper",
    matrix: IN_TEAM,
    act: async (s) =>
      (await db.employee.count({ where: { AND: [{ id: s.subject }, teamViewWhere(s.actor, await resolveTeamView(s.actor, null), false)] } })) > 0,
    judge: (found) => yes(found),
  }),
  row({
    fn: "teamGroupsSql",
    file: "lib/people/team/team-units.ts",
    kind: "helper",
    matrix: { none: [NF, OK, NF, NF, NF] },
    act: async (s) => db.$queryRaw(teamGroupsSql(s.actor, ALL_UNITS)),
  }),
  row({
    fn: "summariseTeamUnits",
    file: "lib/people/team/summarise-team-units.ts",
    kind: "read",
    // Figures only, no one's row; each unit's figures are checked against the people table in
    // tests/integration/team-units.test.ts.
    matrix: { none: [NF, OK, NF, NF, NF] },
    act: (s) => summariseTeamUnits(s.actor, ALL_UNITS, s.world.fy),
  }),
  row({
    fn: "openTeamView",
    file: "lib/people/team/open-team-view.ts",
    kind: "read",
    matrix: TEAM_LIST,
    act: async (s) => {
      const opened = await openTeamView(s.actor, null, s.world.fy, "staff");
      return opened.listed ? (await db.employee.count({ where: { AND: [{ id: s.subject }, opened.listed] } })) > 0 : false;
    },
    judge: (found) => listed(found),
  }),
  row({
    fn: "findTeamOverview",
    file: "lib/people/team/find-team-overview.ts",
    kind: "read",
    matrix: TEAM_LIST,
    act: (s) => findTeamOverview(s.actor, s.world.fy),
    judge: (overview, _a, s) => listed(overview.members.some((member) => member.id === s.subject)),
  }),
  row({
    fn: "getOwnProfile",
    file: "lib/people/org/get-own-profile.ts",
    kind: "read",
    matrix: EVERYONE,
    act: (s) => getOwnProfile(s.actor),
    judge: (profile, _a, s) => itself(profile.id === s.actor.employeeId),
  }),
  row({
    fn: "supervisedFromAbove",
    file: "lib/people/org/scope.ts",
    kind: "helper",
    // The supervisor's scope less those beside or above them: the co-supervisor of the 係 the
    // actor leads too, and the 課長 who leads the 課 above while placed in the actor's 係.
    matrix: { ...IN_TEAM, cosupervisor: [__, NO, __, __, __], subordinate: [NF, NO, __, __, __] },
    act: async (s) => (await db.employee.count({ where: { AND: [{ id: s.subject }, supervisedFromAbove(s.actor)] } })) > 0,
    judge: (found) => yes(found),
  }),
  row({
    fn: "standingOver",
    file: "lib/people/org/standing.ts",
    variant: "above",
    kind: "helper",
    matrix: {
      own: [NO, NO, NO, NO, NO],
      team: [NO, YES, NO, NO, __],
      bureau: [NO, NO, NO, NO, __],
      other: [NO, NO, NO, NO, NO],
      former: [__, NO, __, __, __],
      cosupervisor: [__, NO, __, __, __],
      subordinate: [NO, NO, __, __, __],
    },
    act: (s) => standingOver(s.actor, s.subject),
    judge: (standing) => yes(standing.above),
  }),
  row({
    fn: "standingOver",
    file: "lib/people/org/standing.ts",
    variant: "reads what is confidential",
    kind: "helper",
    // Not a read permission of its own (callers ask employeeScope first): HR's answer is yes for anyone.
    matrix: {
      own: [NO, NO, NO, NO, NO],
      team: [NO, YES, NO, YES, __],
      bureau: [NO, NO, NO, YES, __],
      other: [NO, NO, NO, YES, NO],
      former: [__, NO, __, __, __],
      cosupervisor: [__, NO, __, __, __],
      subordinate: [NO, NO, __, __, __],
    },
    act: (s) => standingOver(s.actor, s.subject),
    judge: (standing) => yes(standing.readsConfidential),
  }),
  row({
    fn: "employeeScope",
    file: "lib/people/org/scope.ts",
    variant: "in the role held",
    kind: "helper",
    // The scope each role reads people through. HQ's is the whole city: it feeds city-wide
    // figures only — the functions for one person's records leave HQ out (see their rows).
    matrix: {
      own: [YES, NO, YES, YES, YES],
      team: [NO, YES, YES, YES, YES],
      bureau: [NO, NO, YES, YES, YES],
      other: [NO, NO, NO, YES, YES],
      former: [__, NO, __, __, __],
      // The supervisor's scope is every member of the 係 but themselves: beside or above included.
      cosupervisor: [__, YES, __, __, __],
      subordinate: [NO, YES, __, __, __],
    },
    act: async (s) => (await db.employee.count({ where: { AND: [{ id: s.subject }, employeeScope(s.actor, HELD[s.role])] } })) > 0,
    judge: (found) => yes(found),
  }),
  row({
    fn: "employeeScope",
    file: "lib/people/org/scope.ts",
    variant: "acting as HR without the role",
    kind: "helper",
    matrix: { none: [NF, NF, NF, OK, NF] },
    act: async (s) => employeeScope(s.actor, "HR_DIVISION"),
  }),
  ...(["BUREAU_COORDINATOR", "HR_DIVISION", "HEADQUARTERS"] as const).map((role) =>
    row({
      fn: "unitPathsInScope",
      file: "lib/people/org/scope.ts",
      variant: role,
      kind: "helper",
      matrix: { none: role === "BUREAU_COORDINATOR" ? [NF, NF, OK, NF, NF] : role === "HR_DIVISION" ? [NF, NF, NF, OK, NF] : [NF, NF, NF, NF, OK] },
      act: async (s) => unitPathsInScope(s.actor, role),
    }),
  ),
  row({
    fn: "findNotifications",
    file: "lib/messaging/notifications/find-notifications.ts",
    kind: "read",
    matrix: OWN_LIST,
    arrange: (s) => makeNotification(s.subject),
    // Other cells keep notifying supervisors, coordinators, HR and HQ: the whole list is read.
    act: (s) => findNotifications(s.actor, { take: 100_000 }),
    judge: (list, n) => listed(list.some((entry) => entry.id === n.id)),
  }),
  row({
    fn: "countUnreadNotifications",
    file: "lib/messaging/notifications/find-notifications.ts",
    kind: "read",
    matrix: OWN_UNREAD_COUNT,
    arrange: (s) => makeNotification(s.subject),
    act: (s) => countUnreadNotifications(s.actor),
    judge: (count) => listed(count > 0),
  }),
  row({
    fn: "findDashboardNotices",
    file: "lib/messaging/notifications/dashboard-notices.ts",
    kind: "read",
    // The panel's newest three and the unread count, from findNotifications and
    // countUnreadNotifications (their rows above): judged by the count, as that row is.
    matrix: OWN_UNREAD_COUNT,
    arrange: (s) => makeNotification(s.subject),
    act: (s) => findDashboardNotices(s.actor, "employee"),
    judge: (notices) => listed(notices.unread > 0),
  }),
  row({
    fn: "markNotificationRead",
    file: "lib/messaging/notifications/mark-read.ts",
    kind: "write",
    matrix: OWNER_ONLY,
    arrange: (s) => makeNotification(s.subject),
    act: (s, n) => markNotificationRead(s.actor, n.id),
    watch: (n) => notificationWatch(n.id),
  }),
  row({
    fn: "markAllNotificationsRead",
    file: "lib/messaging/notifications/mark-read.ts",
    kind: "write",
    // Always allowed (and audited); `listed` means the subject's notification was among those marked.
    matrix: OWN_LIST,
    arrange: (s) => makeNotification(s.subject),
    act: async (s, n) => {
      await markAllNotificationsRead(s.actor);
      return (await db.notification.findUniqueOrThrow({ where: { id: n.id }, select: { readAt: true } })).readAt !== null;
    },
    judge: (marked) => listed(marked),
  }),
  row({
    fn: "findReminders",
    file: "lib/messaging/notifications/find-reminders.ts",
    variant: "employee view",
    kind: "read",
    matrix: EVERYONE,
    act: (s) => findReminders(s.actor, "employee"),
    // A fresh actor has no plan yet: the reminder to write one is theirs.
    judge: (reminders) => itself(reminders.some((reminder) => reminder.kind === "createPlan")),
  }),
  row({
    fn: "findReminders",
    file: "lib/messaging/notifications/find-reminders.ts",
    variant: "supervisor view",
    kind: "read",
    // `listed`: the subject (young, no OJT plan yet) counts in the actor's "OJT missing" reminder.
    // Only a supervisor gets that reminder, and only for their own team.
    matrix: {
      own: [OUT, OUT, OUT, OUT, OUT],
      team: [OUT, IN, OUT, OUT, __],
      bureau: [OUT, OUT, OUT, OUT, __],
      other: [OUT, OUT, OUT, OUT, OUT],
      former: [__, OUT, __, __, __],
    },
    act: (s) => findReminders(s.actor, "supervisor"),
    judge: (reminders) => listed(reminders.some((reminder) => reminder.kind === "ojtMissing")),
  }),
  row({
    fn: "findSelectableMeasures",
    file: "lib/policy/find-selectable-measures.ts",
    kind: "read",
    matrix: EVERYONE,
    act: (s) => findSelectableMeasures(s.actor),
  }),
  row({
    fn: "findSelectableThemesAndImages",
    file: "lib/policy/find-selectable-measures.ts",
    kind: "read",
    matrix: EVERYONE,
    act: (s) => findSelectableThemesAndImages(s.actor),
  }),
  row({ fn: "getPolicyCatalogue", file: "lib/policy/get-policy-catalogue.ts", kind: "read", matrix: EVERYONE, act: (s) => getPolicyCatalogue(s.actor) }),
  row({ fn: "findTargetImages", file: "lib/policy/find-target-images.ts", kind: "read", matrix: EVERYONE, act: (s) => findTargetImages(s.actor) }),
];

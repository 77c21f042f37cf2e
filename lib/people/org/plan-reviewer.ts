import "server-only";
import { type Actor, grantsOf, type RoleGrant } from "@/lib/platform/auth/roles";
import { type CalendarDate, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/platform/errors";
import { postHeldOn } from "./scope";
import { supervisorGrantsJoin } from "@/lib/people/transfers/supervisors-sql";

/**
 * Who reviews a person's plan, made explicit: the supervisor of their own unit, unless a
 * concurrent post (兼務・併任) they hold today is marked `reviewsPlan` — then that post's
 * supervisor. The other supervisor still has them in the team and reads the plan, but does not
 * review it: a plan has one reviewer, never two deciding at once.
 */
export interface PlanReviewStanding {
  /** the actor reviews it (through their own grant or one lent to them for 代決) */
  reviews: boolean;
  /** 代決: the supervisor whose lent grant makes the actor the reviewer */
  onBehalfOf: { employeeId: number; name: string } | null;
}

export interface PlanReviewers {
  names: string[];
  /** the reviewer is the concurrent post's supervisor, not the own unit's */
  throughConcurrentPost: boolean;
  unitName: string;
}

async function reviewingUnit(employeeId: number, day: Date) {
  const person = await db.employee.findUnique({
    where: { id: employeeId },
    select: {
      unit: { select: { id: true, path: true, name: true } },
      concurrentPosts: {
        where: { reviewsPlan: true, ...postHeldOn(day) },
        orderBy: [{ startsOn: "desc" }, { id: "desc" }],
        take: 1,
        select: { unit: { select: { id: true, path: true, name: true } } },
      },
    },
  });
  if (!person) throw notFound("employee");
  const post = person.concurrentPosts[0];
  return post ? { ...post.unit, throughConcurrentPost: true } : { ...person.unit, throughConcurrentPost: false };
}

const covers = (grant: RoleGrant, unit: { id: number; path: string }) =>
  grant.unitId === unit.id || (grant.includeSubunits && grant.unitPath !== null && unit.path.startsWith(grant.unitPath));

/** Whether the actor reviews `employeeId`'s plan, and on whose behalf (see PlanReviewStanding). */
export async function planReviewStanding(actor: Actor, employeeId: number, today: CalendarDate = tokyoDate()): Promise<PlanReviewStanding> {
  // Nobody reviews their own plan, whatever grants reach their unit.
  if (employeeId === actor.employeeId) return { reviews: false, onBehalfOf: null };
  const unit = await reviewingUnit(employeeId, toDateColumn(today));
  // A lent grant never reaches the supervisor who lent it (lib/people/org/scope.ts, teamWhere).
  const covering = grantsOf(actor, "SUPERVISOR").filter((grant) => covers(grant, unit) && grant.onBehalfOf?.employeeId !== employeeId);
  if (covering.length === 0) return { reviews: false, onBehalfOf: null };
  const own = covering.some((grant) => !grant.onBehalfOf);
  return { reviews: true, onBehalfOf: own ? null : (covering[0]?.onBehalfOf ?? null) };
}

/**
 * The people whose plans the actor reviews (as planReviewStanding decides one person's), as a SQL
 * condition on an employee `e` joined to its unit `u`, for the review queue and its count. Per
 * SUPERVISOR grant: the people of the units it covers, but not those whose reviewing concurrent
 * post (the latest held today, as reviewingUnit picks it) is outside them; and those whose
 * reviewing post is in a unit it covers. The reviewing posts are a few rows of a small table, read
 * here once, so the condition stays the team's unit match with lists of ids — the shape the
 * planner drives from the bureau's units and the plans' partial indexes — rather than a subquery
 * per row.
 */
export async function planReviewScopeSql(actor: Actor, today: CalendarDate = tokyoDate()): Promise<Prisma.Sql> {
  const grants = grantsOf(actor, "SUPERVISOR");
  if (grants.length === 0) throw notFound();
  const day = toDateColumn(today);
  const posts = await db.$queryRaw<{ employee_id: number; home_id: number; home_path: string; post_id: number; post_path: string }[]>`
    SELECT DISTINCT ON (cp.employee_id) cp.employee_id, e.unit_id AS home_id, hu.path AS home_path, cp.unit_id AS post_id, pu.path AS post_path
    FROM concurrent_post cp
    JOIN employee e ON e.id = cp.employee_id
    JOIN org_unit hu ON hu.id = e.unit_id
    JOIN org_unit pu ON pu.id = cp.unit_id
    WHERE cp.reviews_plan AND cp.starts_on <= ${day} AND (cp.ends_on IS NULL OR cp.ends_on >= ${day})
    ORDER BY cp.employee_id, cp.starts_on DESC, cp.id DESC`;
  const units = Prisma.join(
    grants.map((grant) => {
      if (grant.unitPath === null) return Prisma.sql`false`;
      const unitMatch = grant.includeSubunits ? Prisma.sql`u.path LIKE ${`${grant.unitPath}%`}` : Prisma.sql`e.unit_id = ${grant.unitId ?? -1}`;
      const reviewees = posts.filter((post) => covers(grant, { id: post.post_id, path: post.post_path })).map((post) => post.employee_id);
      const reviewedElsewhere = posts
        .filter((post) => covers(grant, { id: post.home_id, path: post.home_path }) && !covers(grant, { id: post.post_id, path: post.post_path }))
        .map((post) => post.employee_id);
      const ownUnit = reviewedElsewhere.length ? Prisma.sql`(${unitMatch} AND e.id <> ALL(${reviewedElsewhere}::int[]))` : unitMatch;
      const reviewed = reviewees.length ? Prisma.sql`(${ownUnit} OR e.id = ANY(${reviewees}::int[]))` : ownUnit;
      // A lent grant (代決) never reaches the supervisor who lent it.
      return grant.onBehalfOf ? Prisma.sql`(${reviewed} AND e.id <> ${grant.onBehalfOf.employeeId})` : reviewed;
    }),
    " OR ",
  );
  return Prisma.sql`(e.active AND e.id <> ${actor.employeeId} AND (${units}))`;
}

/**
 * The names of those who review `employeeId`'s plan today, for the page that shows it: the
 * supervisors of the nearest unit up from the reviewing unit that has any (the 係長 before the
 * 課長 over them), never the person themselves. Only called once the reader's access to the
 * plan has been decided (lib/year/plans/get-plan-detail.ts).
 */
export async function planReviewers(employeeId: number, today: CalendarDate = tokyoDate()): Promise<PlanReviewers> {
  const day = toDateColumn(today);
  const unit = await reviewingUnit(employeeId, day);
  const rows = await db.$queryRaw<{ name: string; depth: number }[]>`
    SELECT DISTINCT s.name, length(gu.path) AS depth
    FROM org_unit tu
    ${supervisorGrantsJoin(Prisma.sql`tu`, day)}
    JOIN org_unit gu ON gu.id = ra.unit_id
    WHERE tu.id = ${unit.id} AND s.id <> ${employeeId}
    ORDER BY depth DESC, s.name`;
  const nearest = rows[0]?.depth;
  return { names: rows.filter((row) => row.depth === nearest).map((row) => row.name), throughConcurrentPost: unit.throughConcurrentPost, unitName: unit.name };
}

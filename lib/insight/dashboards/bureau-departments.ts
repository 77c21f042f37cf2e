import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { chooseBureau } from "./bureau-scope";
import { memberFiguresCte } from "./member-figures-sql";
import { type BureauTotalRow, ratesOf, type SectionCounts } from "./section-figures";

/** A 部 or 署 of the bureau with the figures of the 課 and 所 under it, summed by the database. */
export type DepartmentFigureRow = BureauTotalRow & {
  id: number;
  name: string;
  /** its sections in the org chart's order: the roll-up's children */
  sectionIds: number[];
};

/**
 * The bureau dashboard's middle level (局 › 部/署 › 課/所): one row per parent of the bureau's
 * sections, in the org chart's order, counted in one statement over the same member rows as the
 * sections (memberFiguresCte), so a 部 is exactly the sum of its 課 — staff of the 部's own
 * office are outside every 課 and so outside its row, as they are outside the bureau's total.
 * A coordinator's own bureau only; any other is NOT_FOUND.
 */
export async function getBureauDepartmentFigures(
  actor: Actor,
  options: { fiscalYear: number; bureauId?: number; today?: CalendarDate },
): Promise<DepartmentFigureRow[]> {
  const { bureau } = await chooseBureau(actor, options.bureauId);
  const today = options.today ?? tokyoDate();
  const rows = await sharedFigures("bureau.departmentRows", { bureau: bureau.path, fiscalYear: options.fiscalYear, today }, () =>
    departmentRows(bureau.path, options.fiscalYear, today),
  );
  return rows.map((row) => ({ ...row, ...ratesOf(row) }));
}

async function departmentRows(bureauPath: string, fiscalYear: number, today: CalendarDate) {
  const sections = Prisma.sql`
    SELECT s.id, s.path, d.id AS department_id, d.name AS department_name, d.position AS department_position, s.position
    FROM org_unit s JOIN org_unit d ON d.id = s.parent_id
    WHERE s.kind = 'SECTION' AND s.retired_at IS NULL AND s.path LIKE ${bureauPath} || '%'`;
  const cte = memberFiguresCte(sections, { fiscalYear, today, youngStaffYears: await getYoungStaffYears(db), verifiedOnly: await getCountVerifiedOnly(db) });
  return db.$queryRaw<(SectionCounts & { id: number; name: string; sectionIds: number[] })[]>`${cte}
    SELECT sec.department_id AS id, sec.department_name AS name,
           (SELECT array_agg(s.id ORDER BY s.position, s.id) FROM sec s WHERE s.department_id = sec.department_id) AS "sectionIds",
           count(m.id)::int AS members,
           count(m.id) FILTER (WHERE m.plan_status IN ('SUBMITTED', 'APPROVED', 'RETURNED'))::int AS "plansSubmitted",
           count(m.id) FILTER (WHERE m.plan_status = 'APPROVED')::int AS "plansApproved",
           count(m.id) FILTER (WHERE m.young)::int AS young,
           count(m.id) FILTER (WHERE m.young AND m.has_ojt)::int AS "youngWithOjt",
           count(m.id) FILTER (WHERE m.trainings > 0)::int AS "trainingParticipants",
           -- rounded to the 0.1 h the records hold, so float noise never shows
           round(coalesce(sum(m.hours), 0)::numeric, 1)::float8 AS "trainingHours",
           count(m.id) FILTER (WHERE m.interviews > 0)::int AS interviewed,
           coalesce(sum(m.planned), 0)::int AS "commitmentsPlanned",
           coalesce(sum(m.in_progress), 0)::int AS "commitmentsInProgress",
           coalesce(sum(m.done), 0)::int AS "commitmentsDone"
    FROM sec LEFT JOIN m ON m.section_id = sec.id
    GROUP BY sec.department_id, sec.department_name, sec.department_position
    ORDER BY sec.department_position, sec.department_id`;
}

import "server-only";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { getAttentionRules } from "@/lib/insight/settings/attention-rules";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { pageOf } from "@/lib/platform/paging/page-of";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import type { AttentionRule } from "./attention-rules";
import { type BureauRef, chooseBureau, findCoordinatedBureaus, getSectionInScope } from "./bureau-scope";
import { memberFiguresCte } from "./member-figures-sql";
import { type BureauTotalRow, byAttention, ratesOf, type SectionCounts, type SectionFigureRow, totalOf } from "./section-figures";

export interface BureauSectionFigures {
  fiscalYear: number;
  bureau: Omit<BureauRef, "path">;
  /** every unit the coordinator may choose between, for the picker */
  bureaus: Omit<BureauRef, "path">[];
  /** sections needing attention first; with `page`, only that page's */
  sections: SectionFigureRow[];
  /** every section of the bureau, on all pages */
  sectionCount: number;
  /** 1-based; a page past the last answers the last */
  page: number;
  pageCount: number;
  total: BureauTotalRow;
  /** the HR division's rules of 要確認 the sections were read against (the page says which apply) */
  rules: AttentionRule[];
}

/**
 * Sections per page of the dashboard. The largest bureau has ~60 sections and its page ran to
 * 380 KB (every cell twice, in the HTML and the RSC payload); the ones needing attention come
 * first, so the first page is the one a coordinator acts on. The export keeps every section.
 */
export const SECTION_PAGE_SIZE = 15;

export interface MemberFigureRow {
  id: number;
  name: string;
  nameKana: string;
  rank: string;
  unitName: string;
  /** from the bureau down (lib/people/org/unit-trail.ts) */
  unitTrail: string[];
  young: boolean;
  hasOjt: boolean;
  planId: number | null;
  planStatus: PlanStatus | null;
  commitmentsPlanned: number;
  commitmentsInProgress: number;
  commitmentsDone: number;
  trainings: number;
  trainingHours: number;
  interviews: number;
}

export interface SectionMemberFigures {
  fiscalYear: number;
  section: Omit<BureauRef, "path">;
  bureau: Omit<BureauRef, "path">;
  members: MemberFigureRow[];
}

interface Options {
  fiscalYear: number;
  /** for tests: the day the young-staff cut-off is read on */
  today?: CalendarDate;
}

const strip = ({ id, name }: BureauRef) => ({ id, name });

/**
 * Figures per 課 of the coordinator's bureau for a fiscal year, counted by the database in one
 * statement over the sections' members; the bureau row is the sum of all the sections, whichever
 * page is shown. Without `page`, every section.
 */
export async function getBureauSectionFigures(actor: Actor, options: Options & { bureauId?: number; page?: number }): Promise<BureauSectionFigures> {
  const { bureau, bureaus } = await chooseBureau(actor, options.bureauId);
  const today = options.today ?? tokyoDate();
  // The same for every coordinator of the bureau: shared for a short time (lib/insight/figure-cache/shared-figures.ts).
  const rows = await sharedFigures("bureau.sectionRows", { bureau: bureau.path, fiscalYear: options.fiscalYear, today }, () =>
    sectionRows(bureau.path, options.fiscalYear, today),
  );
  const total = totalOf(rows);
  // The rules are read on every request (a short list), so a change on the settings page shows at once.
  const rules = await getAttentionRules(db);
  const sections = byAttention(
    rows.map((row) => ({ ...row, ...ratesOf(row) })),
    rules,
    options.fiscalYear,
    today,
  );
  const paged =
    options.page === undefined ? { rows: sections, page: 1, pageCount: 1, total: sections.length } : pageOf(sections, options.page, SECTION_PAGE_SIZE);
  return {
    fiscalYear: options.fiscalYear,
    bureau: strip(bureau),
    bureaus: bureaus.map(strip),
    sections: paged.rows,
    sectionCount: paged.total,
    page: paged.page,
    pageCount: paged.pageCount,
    total,
    rules,
  };
}

async function sectionRows(bureauPath: string, fiscalYear: number, today: CalendarDate) {
  const sections = Prisma.sql`
    SELECT s.id, s.name, s.path, d.name AS department_name, d.position AS department_position, s.position
    FROM org_unit s LEFT JOIN org_unit d ON d.id = s.parent_id
    WHERE s.kind = 'SECTION' AND s.retired_at IS NULL AND s.path LIKE ${bureauPath} || '%'`;
  const cte = memberFiguresCte(sections, { fiscalYear, today, youngStaffYears: await getYoungStaffYears(db), verifiedOnly: await getCountVerifiedOnly(db) });
  return db.$queryRaw<(SectionCounts & { id: number; name: string; departmentName: string | null })[]>`${cte}
    SELECT sec.id, sec.name, sec.department_name AS "departmentName",
           count(m.id)::int AS members,
           count(m.id) FILTER (WHERE m.plan_status IN ('SUBMITTED', 'APPROVED', 'RETURNED'))::int AS "plansSubmitted",
           count(m.id) FILTER (WHERE m.plan_status = 'APPROVED')::int AS "plansApproved",
           count(m.id) FILTER (WHERE m.young)::int AS young,
           count(m.id) FILTER (WHERE m.young AND m.has_ojt)::int AS "youngWithOjt",
           count(m.id) FILTER (WHERE m.trainings > 0)::int AS "trainingParticipants",
           coalesce(sum(m.hours), 0)::float8 AS "trainingHours",
           count(m.id) FILTER (WHERE m.interviews > 0)::int AS interviewed,
           coalesce(sum(m.planned), 0)::int AS "commitmentsPlanned",
           coalesce(sum(m.in_progress), 0)::int AS "commitmentsInProgress",
           coalesce(sum(m.done), 0)::int AS "commitmentsDone"
    FROM sec LEFT JOIN m ON m.section_id = sec.id
    GROUP BY sec.id, sec.name, sec.department_name, sec.department_position, sec.position
    ORDER BY sec.department_position NULLS FIRST, sec.position, sec.id`;
}

/**
 * The drill-down: one row per member of a section in the coordinator's scope. A section
 * elsewhere answers NOT_FOUND, so a hand-written URL shows no more than the dashboard does.
 */
export async function getSectionMemberFigures(actor: Actor, options: Options & { sectionId: number }): Promise<SectionMemberFigures> {
  const section = await getSectionInScope(actor, options.sectionId);
  // The coordinated unit the section lies in, for the breadcrumb back to the bureau view.
  const bureau = (await findCoordinatedBureaus(actor)).find((candidate) => section.path.startsWith(candidate.path)) ?? section;
  const sections = Prisma.sql`SELECT s.id, s.path FROM org_unit s WHERE s.id = ${section.id}`;
  const cte = memberFiguresCte(sections, {
    fiscalYear: options.fiscalYear,
    today: options.today ?? tokyoDate(),
    youngStaffYears: await getYoungStaffYears(db),
    verifiedOnly: await getCountVerifiedOnly(db),
  });
  const members = await db.$queryRaw<MemberFigureRow[]>`${cte}
    SELECT m.id, m.name, m.name_kana AS "nameKana", m.rank, m.unit_name AS "unitName", m.unit_trail AS "unitTrail", m.young, m.has_ojt AS "hasOjt",
           m.plan_id AS "planId", m.plan_status AS "planStatus",
           m.planned AS "commitmentsPlanned", m.in_progress AS "commitmentsInProgress", m.done AS "commitmentsDone",
           m.trainings, m.hours AS "trainingHours", m.interviews
    FROM m ORDER BY m.unit_path, m.name_kana, m.id`;
  // A list of named people with their figures is a read of their records: it is recorded.
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.employeeId,
      action: "dashboard.section-members.view",
      entity: "org_unit",
      entityId: section.id,
      detail: { fiscalYear: options.fiscalYear, employeeIds: members.map((member) => member.id) },
    }),
  );
  return { fiscalYear: options.fiscalYear, section: strip(section), bureau: strip(bureau), members };
}

import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { sharedFigures } from "@/lib/insight/figure-cache/shared-figures";

/** Fewer answers than this and an average would tell what one or two people said (README, design notes). */
export const MIN_RESPONSES = 3;

export interface ProgrammeResult {
  programmeId: number;
  title: string;
  measureId: number | null;
  measureName: string | null;
  /** attendances (出席・修了) in the fiscal year */
  attended: number;
  /** evaluations answered */
  responses: number;
  /** null when fewer than MIN_RESPONSES answered */
  satisfaction: number | null;
  usefulness: number | null;
  /** answers that say what was applied at work */
  applied: number;
}

/**
 * Per programme of a fiscal year, the course evaluations (研修アンケート): attendances, answers,
 * the averages of satisfaction and usefulness (1–5) and how many said what they applied at
 * work — computed in one grouped query, for the HR division and the headquarters (the measures
 * view, measure ③ 研修所研修の充実 and the others a programme serves). The same for every such
 * reader of a year, so shared for FIGURE_CACHE_SECONDS: grouping a year's enrolments took ~30 ms
 * of PostgreSQL on every view of the measures page.
 */
export async function findProgrammeResults(actor: Actor, fiscalYear: number): Promise<ProgrammeResult[]> {
  if (!hasRole(actor, "HR_DIVISION") && !hasRole(actor, "HEADQUARTERS")) throw notFound("programme results");
  return sharedFigures("programme-results", { fiscalYear }, () => countProgrammeResults(fiscalYear));
}

async function countProgrammeResults(fiscalYear: number): Promise<ProgrammeResult[]> {
  const rows = await db.$queryRaw<
    {
      programme_id: number;
      title: string;
      measure_id: number | null;
      measure_name: string | null;
      attended: number;
      responses: number;
      satisfaction: string | null;
      usefulness: string | null;
      applied: number;
    }[]
  >`
    SELECT p.id AS programme_id, p.title, p.measure_id, m.name AS measure_name,
           count(*)::int AS attended,
           count(r.id)::int AS responses,
           CASE WHEN count(r.id) >= ${MIN_RESPONSES} THEN round(avg(r.satisfaction), 2)::text END AS satisfaction,
           CASE WHEN count(r.id) >= ${MIN_RESPONSES} THEN round(avg(r.usefulness), 2)::text END AS usefulness,
           count(r.id) FILTER (WHERE r.applied_at_work <> '')::int AS applied
    FROM training_enrolment e
    JOIN training_session s ON s.id = e.session_id
    JOIN training_programme p ON p.id = s.programme_id
    LEFT JOIN measure m ON m.id = p.measure_id
    LEFT JOIN policy_area a ON a.id = m.area_id
    LEFT JOIN training_report r ON r.enrolment_id = e.id
    WHERE s.fiscal_year = ${fiscalYear} AND e.status IN ('ATTENDED', 'COMPLETED')
    GROUP BY p.id, p.title, p.measure_id, m.name, a.number, m.number
    ORDER BY a.number NULLS LAST, m.number NULLS LAST, p.title, p.id`;
  return rows.map((row) => ({
    programmeId: row.programme_id,
    title: row.title,
    measureId: row.measure_id,
    measureName: row.measure_name,
    attended: row.attended,
    responses: row.responses,
    satisfaction: row.satisfaction === null ? null : Number(row.satisfaction),
    usefulness: row.usefulness === null ? null : Number(row.usefulness),
    applied: row.applied,
  }));
}

/** What attendees of a session said they applied at work, without names, for the HR division; withheld below MIN_RESPONSES. */
export async function findAppliedAtWork(actor: Actor, sessionId: number): Promise<{ responses: number; answers: string[] }> {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("programme results");
  const responses = await db.trainingReport.count({ where: { enrolment: { sessionId } } });
  if (responses < MIN_RESPONSES) return { responses, answers: [] };
  const rows = await db.trainingReport.findMany({
    where: { enrolment: { sessionId }, appliedAtWork: { not: "" } },
    select: { appliedAtWork: true },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 20,
  });
  return { responses, answers: rows.map((row) => row.appliedAtWork) };
}

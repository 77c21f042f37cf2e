import type pg from "pg";
import type { Accounts } from "./accounts";
import { withClient } from "./database";

/**
 * The ids the dynamic routes are opened with, each one its account may really open (a record
 * in their scope, as lib/ defines it). null: the dataset holds none, and the run says so.
 */
export interface SupervisorRecords {
  /** the head of their review queue (a plan SUBMITTED by a team member) */
  reviewPlanId: number | null;
  ojtPlanId: number | null;
  interviewId: number | null;
  /** a team member to hold an interview with */
  intervieweeId: number | null;
  /** the most recently joined member without an OJT plan this year, for a new one */
  traineeId: number | null;
  /** a TEAM commitment of a unit they lead */
  teamCommitmentId: number | null;
  transferId: number | null;
  /** 代理入力: a member of a unit they lead themselves (whose plan they review), and such a member's draft or returned plan this year */
  proxyMemberId: number | null;
  proxyPlanId: number | null;
  /** 期末: such a member's plan this year with a commitment its owner has rated, for the supervisor's comments on the ratings */
  yearEndPlanId: number | null;
}

export interface BureauRecords {
  /** the section with the most active staff in the bureau */
  sectionId: number | null;
  bureauCommitmentId: number | null;
  /** the bureau's active member with the most training records, for their 個人カルテ */
  memberId: number | null;
}

export interface Records {
  /** `ratedCommitmentId`: an agreed commitment of this year's plan, which opens the year-end rating page; the training and qualification records open their edit pages */
  employee: {
    commitmentId: number | null;
    interviewId: number | null;
    ojtPlanId: number | null;
    ratedCommitmentId: number | null;
    trainingRecordId: number | null;
    qualificationRecordId: number | null;
  };
  supervisor: SupervisorRecords;
  supervisorLargest: SupervisorRecords;
  bureau: BureauRecords;
  bureauLargest: BureauRecords;
  city: { programmeId: number | null; sessionId: number | null; cityCommitmentId: number | null };
}

type Row = Record<string, number | null>;

async function one(client: pg.Client, sql: string, values: unknown[]): Promise<Row> {
  const { rows } = await client.query<Row>(sql, values);
  return rows[0] ?? {};
}

// Records of this fiscal year come first; an older one still opens the page.
async function employeeRecords(client: pg.Client, employeeId: number, fiscalYear: number): Promise<Records["employee"]> {
  const row = await one(
    client,
    `SELECT (SELECT c.id FROM commitment c JOIN development_plan p ON p.id = c.plan_id
             WHERE p.employee_id = $1 AND p.fiscal_year = $2 ORDER BY c.position, c.id LIMIT 1) AS "commitmentId",
            (SELECT i.id FROM career_interview i WHERE i.employee_id = $1 ORDER BY i.held_on DESC, i.id DESC LIMIT 1) AS "interviewId",
            (SELECT o.id FROM ojt_plan o WHERE o.trainee_id = $1 ORDER BY o.fiscal_year DESC, o.id LIMIT 1) AS "ojtPlanId",
            (SELECT c.id FROM commitment c JOIN development_plan p ON p.id = c.plan_id
             WHERE p.employee_id = $1 AND p.fiscal_year = $2 AND c.status IN ('APPROVED', 'IN_PROGRESS', 'DONE') LIMIT 1) AS "ratedCommitmentId",
            (SELECT r.id FROM training_record r WHERE r.employee_id = $1 ORDER BY r.fiscal_year DESC, r.start_on DESC, r.id DESC LIMIT 1) AS "trainingRecordId",
            (SELECT q.id FROM qualification_record q WHERE q.employee_id = $1 ORDER BY q.obtained_on DESC, q.id DESC LIMIT 1) AS "qualificationRecordId"`,
    [employeeId, fiscalYear],
  );
  return {
    commitmentId: row.commitmentId ?? null,
    interviewId: row.interviewId ?? null,
    ojtPlanId: row.ojtPlanId ?? null,
    ratedCommitmentId: row.ratedCommitmentId ?? null,
    trainingRecordId: row.trainingRecordId ?? null,
    qualificationRecordId: row.qualificationRecordId ?? null,
  };
}

// The team as lib/people/org/scope.ts reads it: the units of today's SUPERVISOR grants (subtrees where
// included), active members, never the supervisor.
async function supervisorRecords(client: pg.Client, employeeId: number, today: string, fiscalYear: number): Promise<SupervisorRecords> {
  const row = await one(
    client,
    `WITH g AS (
       SELECT u.id, u.path, r.include_subunits FROM role_assignment r JOIN org_unit u ON u.id = r.unit_id
       WHERE r.employee_id = $1 AND r.role = 'SUPERVISOR' AND r.valid_from <= $2::date AND (r.valid_to IS NULL OR r.valid_to >= $2::date)
     ), team AS (
       SELECT DISTINCT m.id, m.joined_on FROM g
       JOIN org_unit mu ON CASE WHEN g.include_subunits THEN mu.path LIKE g.path || '%' ELSE mu.id = g.id END
       JOIN employee m ON m.unit_id = mu.id AND m.active AND m.id <> $1
     )
     SELECT (SELECT p.id FROM development_plan p JOIN team t ON t.id = p.employee_id WHERE p.status = 'SUBMITTED'
             ORDER BY p.submitted_at, p.id LIMIT 1) AS "reviewPlanId",
            (SELECT o.id FROM ojt_plan o JOIN team t ON t.id = o.trainee_id ORDER BY o.fiscal_year DESC, o.id LIMIT 1) AS "ojtPlanId",
            (SELECT i.id FROM career_interview i JOIN team t ON t.id = i.employee_id ORDER BY i.held_on DESC, i.id DESC LIMIT 1) AS "interviewId",
            (SELECT t.id FROM team t ORDER BY t.id LIMIT 1) AS "intervieweeId",
            (SELECT t.id FROM team t WHERE NOT EXISTS (SELECT 1 FROM ojt_plan o WHERE o.trainee_id = t.id AND o.fiscal_year = $3)
             ORDER BY t.joined_on DESC, t.id LIMIT 1) AS "traineeId",
            (SELECT c.id FROM commitment c WHERE c.level = 'TEAM' AND c.owner_unit_id IN (SELECT id FROM g)
             ORDER BY c.fiscal_year = $3 DESC, c.fiscal_year DESC, c.id LIMIT 1) AS "teamCommitmentId",
            (SELECT s.id FROM staff_transfer s JOIN team t ON t.id = s.employee_id WHERE s.status <> 'CANCELLED'
             ORDER BY s.effective_on DESC, s.id DESC LIMIT 1) AS "transferId",
            (SELECT m.id FROM g JOIN employee m ON m.unit_id = g.id AND m.active AND m.id <> $1 ORDER BY m.id LIMIT 1) AS "proxyMemberId",
            (SELECT p.id FROM g JOIN employee m ON m.unit_id = g.id AND m.active AND m.id <> $1
               JOIN development_plan p ON p.employee_id = m.id AND p.fiscal_year = $3 AND p.status IN ('DRAFT', 'RETURNED')
             ORDER BY p.id LIMIT 1) AS "proxyPlanId",
            (SELECT p.id FROM g JOIN employee m ON m.unit_id = g.id AND m.active AND m.id <> $1
               JOIN development_plan p ON p.employee_id = m.id AND p.fiscal_year = $3
             WHERE EXISTS (SELECT 1 FROM commitment c JOIN year_end_rating r ON r.commitment_id = c.id
                           WHERE c.plan_id = p.id AND c.status IN ('APPROVED', 'IN_PROGRESS', 'DONE') AND r.rating IS NOT NULL)
             ORDER BY p.id LIMIT 1) AS "yearEndPlanId"`,
    [employeeId, today, fiscalYear],
  );
  return {
    reviewPlanId: row.reviewPlanId ?? null,
    ojtPlanId: row.ojtPlanId ?? null,
    interviewId: row.interviewId ?? null,
    intervieweeId: row.intervieweeId ?? null,
    traineeId: row.traineeId ?? null,
    teamCommitmentId: row.teamCommitmentId ?? null,
    transferId: row.transferId ?? null,
    proxyMemberId: row.proxyMemberId ?? null,
    proxyPlanId: row.proxyPlanId ?? null,
    yearEndPlanId: row.yearEndPlanId ?? null,
  };
}

async function bureauRecords(client: pg.Client, bureauId: number, fiscalYear: number): Promise<BureauRecords> {
  const row = await one(
    client,
    `SELECT (SELECT s.id FROM org_unit b
             JOIN org_unit s ON s.path LIKE b.path || '%' AND s.kind = 'SECTION' AND s.retired_at IS NULL
             LEFT JOIN org_unit u ON u.path LIKE s.path || '%'
             LEFT JOIN employee e ON e.unit_id = u.id AND e.active
             WHERE b.id = $1 GROUP BY s.id ORDER BY count(e.id) DESC, s.id LIMIT 1) AS "sectionId",
            (SELECT c.id FROM commitment c WHERE c.level = 'BUREAU' AND c.owner_unit_id = $1
             ORDER BY c.fiscal_year = $2 DESC, c.fiscal_year DESC, c.id LIMIT 1) AS "bureauCommitmentId",
            (SELECT e.id FROM org_unit b
             JOIN org_unit u ON u.path LIKE b.path || '%'
             JOIN employee e ON e.unit_id = u.id AND e.active
             WHERE b.id = $1
             ORDER BY (SELECT count(*) FROM training_record t WHERE t.employee_id = e.id) DESC, e.id LIMIT 1) AS "memberId"`,
    [bureauId, fiscalYear],
  );
  return { sectionId: row.sectionId ?? null, bureauCommitmentId: row.bureauCommitmentId ?? null, memberId: row.memberId ?? null };
}

async function cityRecords(client: pg.Client, fiscalYear: number): Promise<Records["city"]> {
  const row = await one(
    client,
    `SELECT (SELECT p.id FROM training_programme p LEFT JOIN training_session s ON s.programme_id = p.id
             WHERE p.retired_at IS NULL GROUP BY p.id ORDER BY count(s.id) DESC, p.id LIMIT 1) AS "programmeId",
            (SELECT s.id FROM training_session s LEFT JOIN training_enrolment n ON n.session_id = s.id
             GROUP BY s.id ORDER BY s.fiscal_year = $1 DESC, count(n.*) DESC, s.id LIMIT 1) AS "sessionId",
            (SELECT c.id FROM commitment c WHERE c.level = 'CITY' ORDER BY c.fiscal_year = $1 DESC, c.fiscal_year DESC, c.id LIMIT 1) AS "cityCommitmentId"`,
    [fiscalYear],
  );
  return { programmeId: row.programmeId ?? null, sessionId: row.sessionId ?? null, cityCommitmentId: row.cityCommitmentId ?? null };
}

export async function pickRecords(url: string, accounts: Accounts, today: string, fiscalYear: number): Promise<Records> {
  return withClient(url, async (client) => ({
    employee: await employeeRecords(client, accounts.employee.employeeId, fiscalYear),
    supervisor: await supervisorRecords(client, accounts.supervisor.employeeId, today, fiscalYear),
    supervisorLargest: await supervisorRecords(client, accounts.supervisorLargest.employeeId, today, fiscalYear),
    bureau: await bureauRecords(client, accounts.typicalBureau.id, fiscalYear),
    bureauLargest: await bureauRecords(client, accounts.largestBureau.id, fiscalYear),
    city: await cityRecords(client, fiscalYear),
  }));
}

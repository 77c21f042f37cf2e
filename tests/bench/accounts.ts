import type pg from "pg";
import { withClient } from "./database";
import { BenchError } from "./errors";

/** The team size the employee's and the supervisor's pages are measured at. */
const TEAM_SIZE = 15;

export type AccountRole = "employee" | "supervisor" | "bureau" | "hr";

export interface Account {
  role: AccountRole;
  employeeId: number;
  staffNumber: string;
  /** what makes this account the one to measure, for the report */
  why: string;
}

export interface Accounts {
  employee: Account;
  supervisor: Account;
  /** the coordinator of `bureau` */
  bureau: Account;
  hr: Account;
  largestBureau: { id: number; name: string; staff: number };
}

// A role assignment counts when it is valid today (Tokyo), as lib/auth/load-actor.ts reads it.
const VALID_TODAY = "r.valid_from <= $1::date AND (r.valid_to IS NULL OR r.valid_to >= $1::date)";

/**
 * An employee (no role of their own, so /me is the plain employee's page) with a plan this
 * fiscal year, in the 係 closest to fifteen active staff; the richest plan breaks ties.
 */
async function pickEmployee(client: pg.Client, today: string, fiscalYear: number): Promise<Account> {
  const { rows } = await client.query<{ id: number; staff_number: string; team: number; unit: string; commitments: number }>(
    `WITH team AS (SELECT unit_id, count(*)::int AS size FROM employee WHERE active GROUP BY unit_id)
     SELECT e.id, e.staff_number, t.size AS team, u.name AS unit,
            (SELECT count(*) FROM commitment c WHERE c.plan_id = p.id)::int AS commitments
     FROM employee e
     JOIN credential cr ON cr.employee_id = e.id
     JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = $2
     JOIN team t ON t.unit_id = e.unit_id
     JOIN org_unit u ON u.id = e.unit_id
     WHERE e.active AND NOT EXISTS (SELECT 1 FROM role_assignment r WHERE r.employee_id = e.id AND ${VALID_TODAY})
     ORDER BY abs(t.size - $3), commitments DESC, e.id
     LIMIT 1`,
    [today, fiscalYear, TEAM_SIZE],
  );
  const row = rows[0];
  if (!row) throw new BenchError(`no active employee without a role has a development plan for FY${fiscalYear}`);
  return { role: "employee", employeeId: row.id, staffNumber: row.staff_number, why: `${row.unit}, ${row.team} active staff; plan FY${fiscalYear} with ${row.commitments} commitments` };
}

/**
 * A supervisor whose team, as lib/org/scope.ts defines it (the active staff of the units they
 * lead today, subtrees where the grant includes them, never themselves), is closest to fifteen.
 */
async function pickSupervisor(client: pg.Client, today: string): Promise<Account> {
  const { rows } = await client.query<{ id: number; staff_number: string; team: number; units: string }>(
    `WITH grants AS (
       SELECT r.employee_id, u.id AS unit_id, u.path, u.name, r.include_subunits
       FROM role_assignment r JOIN org_unit u ON u.id = r.unit_id
       WHERE r.role = 'SUPERVISOR' AND ${VALID_TODAY}
     ), team AS (
       SELECT g.employee_id, count(DISTINCT m.id)::int AS size, string_agg(DISTINCT g.name, '・') AS units
       FROM grants g
       JOIN employee m ON m.active AND m.id <> g.employee_id
       JOIN org_unit mu ON mu.id = m.unit_id
       WHERE CASE WHEN g.include_subunits THEN mu.path LIKE g.path || '%' ELSE mu.id = g.unit_id END
       GROUP BY g.employee_id
     )
     SELECT e.id, e.staff_number, t.size AS team, t.units
     FROM team t JOIN employee e ON e.id = t.employee_id AND e.active
     JOIN credential cr ON cr.employee_id = e.id
     ORDER BY abs(t.size - $2), e.id
     LIMIT 1`,
    [today, TEAM_SIZE],
  );
  const row = rows[0];
  if (!row) throw new BenchError("no active supervisor with a team and a password was found");
  return { role: "supervisor", employeeId: row.id, staffNumber: row.staff_number, why: `leads ${row.units}, ${row.team} active staff` };
}

/** The 局・区 with the most active staff, then its coordinator: a bureau without one fails. */
async function pickBureauCoordinator(client: pg.Client, today: string): Promise<{ account: Account; bureau: Accounts["largestBureau"] }> {
  const bureaus = await client.query<{ id: number; name: string; staff: number }>(
    `SELECT b.id, b.name, count(e.id)::int AS staff
     FROM org_unit b
     JOIN org_unit u ON u.path LIKE b.path || '%'
     JOIN employee e ON e.unit_id = u.id AND e.active
     WHERE b.kind = 'BUREAU' AND b.retired_at IS NULL
     GROUP BY b.id, b.name
     ORDER BY staff DESC, b.id
     LIMIT 1`,
  );
  const bureau = bureaus.rows[0];
  if (!bureau) throw new BenchError("no bureau (org_unit of kind BUREAU) has active staff");
  const { rows } = await client.query<{ id: number; staff_number: string }>(
    `SELECT e.id, e.staff_number
     FROM role_assignment r
     JOIN employee e ON e.id = r.employee_id AND e.active
     JOIN credential cr ON cr.employee_id = e.id
     WHERE r.role = 'BUREAU_COORDINATOR' AND r.unit_id = $2 AND ${VALID_TODAY}
     ORDER BY e.id
     LIMIT 1`,
    [today, bureau.id],
  );
  const row = rows[0];
  if (!row) throw new BenchError(`the largest bureau, ${bureau.name} (id ${bureau.id}), has no active coordinator with a password`);
  return {
    account: { role: "bureau", employeeId: row.id, staffNumber: row.staff_number, why: `coordinator of ${bureau.name}, ${bureau.staff} active staff (the largest bureau)` },
    bureau,
  };
}

async function pickHr(client: pg.Client, today: string): Promise<Account> {
  const { rows } = await client.query<{ id: number; staff_number: string }>(
    `SELECT e.id, e.staff_number
     FROM role_assignment r
     JOIN employee e ON e.id = r.employee_id AND e.active
     JOIN credential cr ON cr.employee_id = e.id
     WHERE r.role = 'HR_DIVISION' AND ${VALID_TODAY}
     ORDER BY e.id
     LIMIT 1`,
    [today],
  );
  const row = rows[0];
  if (!row) throw new BenchError("nobody holds the HR_DIVISION role today");
  return { role: "hr", employeeId: row.id, staffNumber: row.staff_number, why: "HR division (city-wide)" };
}

/** `today` as YYYY-MM-DD in Tokyo; every query compares DATE columns to it. */
export async function pickAccounts(url: string, today: string, fiscalYear: number): Promise<Accounts> {
  return withClient(url, async (client) => {
    const employee = await pickEmployee(client, today, fiscalYear);
    const supervisor = await pickSupervisor(client, today);
    const { account: bureau, bureau: largestBureau } = await pickBureauCoordinator(client, today);
    const hr = await pickHr(client, today);
    return { employee, supervisor, bureau, hr, largestBureau };
  });
}

import type pg from "pg";
import { withClient } from "./database";
import { BenchError } from "./errors";

/** The team size the employee's and the typical supervisor's pages are measured at. */
const TEAM_SIZE = 15;

/**
 * The accounts the bench signs in as: each role at a typical scope, and the supervisor and the
 * bureau coordinator also at the largest scope their role can have, since their pages grow with it.
 */
export const ACCOUNT_KEYS = ["employee", "supervisor", "supervisorLargest", "bureau", "bureauLargest", "hr", "hq"] as const;
export type AccountKey = (typeof ACCOUNT_KEYS)[number];

export interface Account {
  key: AccountKey;
  employeeId: number;
  staffNumber: string;
  /** what makes this account the one to measure, for the report */
  why: string;
}

export interface Bureau {
  id: number;
  name: string;
  staff: number;
}

export interface Accounts extends Record<AccountKey, Account> {
  /** the bureaus that `bureau` and `bureauLargest` coordinate */
  typicalBureau: Bureau;
  largestBureau: Bureau;
}

// A role assignment counts when it is valid today (Tokyo), as lib/platform/auth/load-actor.ts reads it.
const VALID_TODAY = "r.valid_from <= $1::date AND (r.valid_to IS NULL OR r.valid_to >= $1::date)";

/**
 * A plain member (no role, so every page shows the employee's view) with a plan this fiscal
 * year, in the 係 closest to fifteen active staff. A plan awaiting review breaks ties last (its
 * goals are locked, so the new-commitment page would be out of reach), then the richest plan.
 */
async function pickEmployee(client: pg.Client, today: string, fiscalYear: number): Promise<Account> {
  const { rows } = await client.query<{ id: number; staff_number: string; team: number; unit: string; commitments: number; status: string }>(
    `WITH team AS (SELECT unit_id, count(*)::int AS size FROM employee WHERE active GROUP BY unit_id)
     SELECT e.id, e.staff_number, t.size AS team, u.name AS unit, p.status,
            (SELECT count(*) FROM commitment c WHERE c.plan_id = p.id)::int AS commitments
     FROM employee e
     JOIN credential cr ON cr.employee_id = e.id
     JOIN development_plan p ON p.employee_id = e.id AND p.fiscal_year = $2
     JOIN team t ON t.unit_id = e.unit_id
     JOIN org_unit u ON u.id = e.unit_id
     WHERE e.active AND NOT EXISTS (SELECT 1 FROM role_assignment r WHERE r.employee_id = e.id AND ${VALID_TODAY})
     ORDER BY abs(t.size - $3), p.status = 'SUBMITTED', commitments DESC, e.id
     LIMIT 1`,
    [today, fiscalYear, TEAM_SIZE],
  );
  const row = rows[0];
  if (!row) throw new BenchError(`no active employee without a role has a development plan for FY${fiscalYear}`);
  return {
    key: "employee",
    employeeId: row.id,
    staffNumber: row.staff_number,
    why: `${row.unit}, ${row.team} active staff; plan FY${fiscalYear} ${row.status} with ${row.commitments} commitments`,
  };
}

/**
 * A supervisor by the size of their team as lib/people/org/scope.ts defines it (the active staff of
 * the units they lead today, subtrees where the grant includes them, never themselves):
 * `typical` is the team closest to fifteen; `largest` is the widest scope a 局長 or 部長 holds
 * through a grant with include_subunits on a whole bureau or department.
 */
async function pickSupervisor(client: pg.Client, today: string, size: "typical" | "largest"): Promise<Account> {
  const { rows } = await client.query<{ id: number; staff_number: string; rank: string; team: number; units: string }>(
    `WITH grants AS (
       SELECT r.employee_id, u.id AS unit_id, u.path, u.name, u.kind, r.include_subunits
       FROM role_assignment r JOIN org_unit u ON u.id = r.unit_id
       WHERE r.role = 'SUPERVISOR' AND ${VALID_TODAY}
     ), team AS (
       SELECT g.employee_id, count(DISTINCT m.id)::int AS size, string_agg(DISTINCT g.name, '・') AS units,
              bool_or(g.include_subunits AND g.kind IN ('BUREAU', 'DEPARTMENT')) AS whole_unit
       FROM grants g
       JOIN employee m ON m.active AND m.id <> g.employee_id
       JOIN org_unit mu ON mu.id = m.unit_id
       WHERE CASE WHEN g.include_subunits THEN mu.path LIKE g.path || '%' ELSE mu.id = g.unit_id END
       GROUP BY g.employee_id
     )
     SELECT e.id, e.staff_number, e.rank, t.size AS team, t.units
     FROM team t JOIN employee e ON e.id = t.employee_id AND e.active
     JOIN credential cr ON cr.employee_id = e.id
     WHERE $2 = 'typical' OR t.whole_unit
     ORDER BY CASE WHEN $2 = 'typical' THEN abs(t.size - $3) ELSE -t.size END, e.id
     LIMIT 1`,
    [today, size, TEAM_SIZE],
  );
  const row = rows[0];
  if (!row)
    throw new BenchError(
      size === "typical"
        ? "no active supervisor with a team and a password was found"
        : "no 局長 or 部長 supervises a whole bureau or department (include_subunits)",
    );
  return {
    key: size === "typical" ? "supervisor" : "supervisorLargest",
    employeeId: row.id,
    staffNumber: row.staff_number,
    why: `${row.rank}, leads ${row.units}${size === "largest" ? " and the units below" : ""}, ${row.team} active staff`,
  };
}

/**
 * The bureaus (局・区) that have a coordinator with a password, by active staff: the median
 * one is the typical coordinator's, the largest one the largest scope.
 */
async function pickBureauCoordinators(
  client: pg.Client,
  today: string,
): Promise<{ typical: Account; largest: Account; typicalBureau: Bureau; largestBureau: Bureau }> {
  const { rows } = await client.query<{ id: number; name: string; staff: number; coordinator_id: number; staff_number: string }>(
    `WITH bureau AS (
       SELECT b.id, b.name, count(e.id)::int AS staff
       FROM org_unit b
       JOIN org_unit u ON u.path LIKE b.path || '%'
       JOIN employee e ON e.unit_id = u.id AND e.active
       WHERE b.kind = 'BUREAU' AND b.retired_at IS NULL
       GROUP BY b.id, b.name
     )
     SELECT b.id, b.name, b.staff, c.id AS coordinator_id, c.staff_number
     FROM bureau b
     JOIN LATERAL (
       SELECT e.id, e.staff_number
       FROM role_assignment r
       JOIN employee e ON e.id = r.employee_id AND e.active
       JOIN credential cr ON cr.employee_id = e.id
       WHERE r.role = 'BUREAU_COORDINATOR' AND r.unit_id = b.id AND ${VALID_TODAY}
       ORDER BY e.id LIMIT 1
     ) c ON true
     ORDER BY b.staff DESC, b.id`,
    [today],
  );
  const largest = rows[0];
  const median = rows[Math.floor(rows.length / 2)];
  if (!largest || !median) throw new BenchError("no bureau (org_unit of kind BUREAU) with active staff has an active coordinator with a password");
  const account = (row: typeof largest, key: "bureau" | "bureauLargest", what: string): Account => ({
    key,
    employeeId: row.coordinator_id,
    staffNumber: row.staff_number,
    why: `coordinator of ${row.name}, ${row.staff} active staff (${what})`,
  });
  return {
    typical: account(median, "bureau", `the median of ${rows.length} bureaus`),
    largest: account(largest, "bureauLargest", "the largest bureau"),
    typicalBureau: { id: median.id, name: median.name, staff: median.staff },
    largestBureau: { id: largest.id, name: largest.name, staff: largest.staff },
  };
}

/** The first holder of a city-wide role: the HR division or the headquarters. */
async function pickCityWide(client: pg.Client, today: string, role: "HR_DIVISION" | "HEADQUARTERS"): Promise<Account> {
  const { rows } = await client.query<{ id: number; staff_number: string }>(
    `SELECT e.id, e.staff_number
     FROM role_assignment r
     JOIN employee e ON e.id = r.employee_id AND e.active
     JOIN credential cr ON cr.employee_id = e.id
     WHERE r.role = $2 AND ${VALID_TODAY}
     ORDER BY e.id
     LIMIT 1`,
    [today, role],
  );
  const row = rows[0];
  if (!row) throw new BenchError(`nobody with a password holds the ${role} role today`);
  return role === "HR_DIVISION"
    ? { key: "hr", employeeId: row.id, staffNumber: row.staff_number, why: "HR division (city-wide)" }
    : { key: "hq", employeeId: row.id, staffNumber: row.staff_number, why: "headquarters (city-wide, read-only)" };
}

/** `today` as YYYY-MM-DD in Tokyo; every query compares DATE columns to it. */
export async function pickAccounts(url: string, today: string, fiscalYear: number): Promise<Accounts> {
  return withClient(url, async (client) => {
    const bureaus = await pickBureauCoordinators(client, today);
    return {
      employee: await pickEmployee(client, today, fiscalYear),
      supervisor: await pickSupervisor(client, today, "typical"),
      supervisorLargest: await pickSupervisor(client, today, "largest"),
      bureau: bureaus.typical,
      bureauLargest: bureaus.largest,
      hr: await pickCityWide(client, today, "HR_DIVISION"),
      hq: await pickCityWide(client, today, "HEADQUARTERS"),
      typicalBureau: bureaus.typicalBureau,
      largestBureau: bureaus.largestBureau,
    };
  });
}

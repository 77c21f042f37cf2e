import type pg from "pg";

/**
 * Who takes part in the load, picked by SQL from the city dataset: the people, what each may
 * read and write, and what each must not see (a record in another bureau, which must answer
 * 404). Deterministic for a given database and day (ordered by id, no randomness here).
 */

export interface Person {
  employeeId: number;
  staffNumber: string;
}

export interface EmployeeRole extends Person {
  /** a plan of someone in another bureau: /plans/<id> must answer 404 */
  foreignPlanId: number;
}

export interface SupervisorRole extends Person {
  /** a team member's plan this fiscal year: read and commented on */
  teamPlanId: number;
  /** its version, which the review form posts (a comment leaves it unchanged) */
  teamPlanVersion: number;
  foreignPlanId: number;
}

export interface CoordinatorRole extends Person {
  sectionId: number;
  /** a section of another bureau: /bureau/sections/<id> must answer 404 */
  foreignSectionId: number;
}

/** One approval round: a submitted plan that both supervisors may approve (the 係長 and the 課長 above). */
export interface ApprovalRound {
  planId: number;
  version: number;
  first: Person;
  second: Person;
}

export interface Cast {
  employees: EmployeeRole[];
  supervisors: SupervisorRole[];
  coordinators: CoordinatorRole[];
  hr: Person[];
  rounds: ApprovalRound[];
}

const VALID = "r.valid_from <= $1::date AND (r.valid_to IS NULL OR r.valid_to >= $1::date)";
const BUREAU_OF = (alias: string) => `split_part(${alias}.path, '/', 2)::int`;
// Someone who also holds a wider role (the HR division reads every plan) would rightly read the
// probe's record: the probes are for people whose whole scope is the one tested.
const WIDER = (alias: string, roles: string) =>
  `EXISTS (SELECT 1 FROM role_assignment w WHERE w.employee_id = ${alias}.id AND w.role IN (${roles}) AND w.valid_from <= $1::date AND (w.valid_to IS NULL OR w.valid_to >= $1::date))`;

interface Sizes {
  employees: number;
  supervisors: number;
  coordinators: number;
  hr: number;
  rounds: number;
}

export async function pickCast(client: pg.Client, today: string, fiscalYear: number, sizes: Sizes): Promise<Cast> {
  // Plain employees (no role), each with a plan of someone in another bureau to probe.
  const employees = await client.query<{ id: number; staff_number: string; foreign_plan: number }>(
    `SELECT e.id, e.staff_number,
            (SELECT p.id FROM development_plan p JOIN employee o ON o.id = p.employee_id JOIN org_unit ou ON ou.id = o.unit_id
              WHERE p.fiscal_year = $2 AND ${BUREAU_OF("ou")} <> ${BUREAU_OF("u")} ORDER BY p.id LIMIT 1 OFFSET (e.id % 50)) AS foreign_plan
     FROM employee e JOIN org_unit u ON u.id = e.unit_id JOIN credential c ON c.employee_id = e.id
     WHERE e.active AND NOT EXISTS (SELECT 1 FROM role_assignment r WHERE r.employee_id = e.id AND ${VALID})
     ORDER BY e.id LIMIT $3`,
    [today, fiscalYear, sizes.employees],
  );
  // 係長 (a unit without its subunits) with a member's plan this year; not the approval rounds' people.
  const supervisors = await client.query<{ id: number; staff_number: string; team_plan: number; team_plan_version: number; foreign_plan: number }>(
    `SELECT DISTINCT ON (e.id) e.id, e.staff_number, p.id AS team_plan, p.version AS team_plan_version,
            (SELECT fp.id FROM development_plan fp JOIN employee o ON o.id = fp.employee_id JOIN org_unit ou ON ou.id = o.unit_id
              WHERE fp.fiscal_year = $2 AND ${BUREAU_OF("ou")} <> ${BUREAU_OF("u")} ORDER BY fp.id LIMIT 1 OFFSET (e.id % 50)) AS foreign_plan
     FROM role_assignment r
     JOIN employee e ON e.id = r.employee_id AND e.active
     JOIN credential c ON c.employee_id = e.id
     JOIN org_unit u ON u.id = r.unit_id
     JOIN employee m ON m.unit_id = u.id AND m.active AND m.id <> e.id
     JOIN development_plan p ON p.employee_id = m.id AND p.fiscal_year = $2 AND p.status <> 'SUBMITTED'
     WHERE r.role = 'SUPERVISOR' AND NOT r.include_subunits AND ${VALID} AND NOT ${WIDER("e", "'HR_DIVISION', 'HEADQUARTERS', 'BUREAU_COORDINATOR'")}
     ORDER BY e.id, p.id
     LIMIT $3`,
    [today, fiscalYear, sizes.supervisors],
  );
  const coordinators = await client.query<{ id: number; staff_number: string; section: number; foreign_section: number }>(
    `SELECT DISTINCT ON (e.id) e.id, e.staff_number, s.id AS section,
            (SELECT fs.id FROM org_unit fs WHERE fs.kind = 'SECTION' AND ${BUREAU_OF("fs")} <> r.unit_id ORDER BY fs.id LIMIT 1 OFFSET (e.id % 20)) AS foreign_section
     FROM role_assignment r
     JOIN employee e ON e.id = r.employee_id AND e.active
     JOIN credential c ON c.employee_id = e.id
     JOIN org_unit s ON s.kind = 'SECTION' AND ${BUREAU_OF("s")} = r.unit_id
     WHERE r.role = 'BUREAU_COORDINATOR' AND ${VALID} AND NOT ${WIDER("e", "'HR_DIVISION', 'HEADQUARTERS'")}
     ORDER BY e.id, s.id
     LIMIT $2`,
    [today, sizes.coordinators],
  );
  const hr = await client.query<{ id: number; staff_number: string }>(
    `SELECT e.id, e.staff_number FROM role_assignment r JOIN employee e ON e.id = r.employee_id AND e.active JOIN credential c ON c.employee_id = e.id
     WHERE r.role = 'HR_DIVISION' AND ${VALID} ORDER BY e.id LIMIT $2`,
    [today, sizes.hr],
  );
  // Submitted plans this year whose owner's 係 has a 係長 and whose 課 has a 課長 (over its subunits).
  const rounds = await client.query<{ plan: number; version: number; a_id: number; a_no: string; b_id: number; b_no: string }>(
    `SELECT DISTINCT ON (p.id) p.id AS plan, p.version, a.id AS a_id, a.staff_number AS a_no, b.id AS b_id, b.staff_number AS b_no
     FROM development_plan p
     JOIN employee o ON o.id = p.employee_id AND o.active
     JOIN org_unit u ON u.id = o.unit_id
     JOIN role_assignment ra ON ra.role = 'SUPERVISOR' AND ra.unit_id = u.id AND NOT ra.include_subunits AND ${VALID.replaceAll("r.", "ra.")}
     JOIN employee a ON a.id = ra.employee_id AND a.active AND a.id <> o.id
     JOIN credential ca ON ca.employee_id = a.id
     JOIN role_assignment rb ON rb.role = 'SUPERVISOR' AND rb.unit_id = u.parent_id AND rb.include_subunits AND ${VALID.replaceAll("r.", "rb.")}
     JOIN employee b ON b.id = rb.employee_id AND b.active AND b.id <> o.id AND b.id <> a.id
     JOIN credential cb ON cb.employee_id = b.id
     WHERE p.fiscal_year = $2 AND p.status = 'SUBMITTED'
     ORDER BY p.id, a.id, b.id
     LIMIT $3`,
    [today, fiscalYear, sizes.rounds],
  );
  const person = (id: number, staffNumber: string): Person => ({ employeeId: id, staffNumber });
  const cast: Cast = {
    employees: employees.rows.map((r) => ({ ...person(r.id, r.staff_number), foreignPlanId: r.foreign_plan })),
    supervisors: supervisors.rows.map((r) => ({
      ...person(r.id, r.staff_number),
      teamPlanId: r.team_plan,
      teamPlanVersion: r.team_plan_version,
      foreignPlanId: r.foreign_plan,
    })),
    coordinators: coordinators.rows.map((r) => ({ ...person(r.id, r.staff_number), sectionId: r.section, foreignSectionId: r.foreign_section })),
    hr: hr.rows.map((r) => person(r.id, r.staff_number)),
    rounds: rounds.rows.map((r) => ({ planId: r.plan, version: r.version, first: person(r.a_id, r.a_no), second: person(r.b_id, r.b_no) })),
  };
  for (const [group, wanted] of Object.entries(sizes) as [keyof Sizes, number][]) {
    const found = group === "rounds" ? cast.rounds.length : cast[group].length;
    if (found < wanted) throw new Error(`the dataset has ${found} ${group} for the load, ${wanted} wanted: is the city dataset loaded (npm run dataset:load)?`);
  }
  return cast;
}

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Who owns a commitment, and what a review event is about, are enforced by the database as
 * well as by lib/: a row that breaks the rule is refused whoever writes it (a script, a
 * migration, a future bug). Everything here happens in one transaction that is rolled back.
 */
let client: pg.Client;
let ids: { planId: number; employeeId: number; fiscalYear: number; unitId: number; measureId: number };

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
  const plan = await client.query<{ planId: number; employeeId: number; fiscalYear: number }>(
    `SELECT id AS "planId", employee_id AS "employeeId", fiscal_year AS "fiscalYear" FROM development_plan ORDER BY id LIMIT 1`,
  );
  const unit = await client.query<{ unitId: number }>(`SELECT id AS "unitId" FROM org_unit ORDER BY id LIMIT 1`);
  const measure = await client.query<{ measureId: number }>(`SELECT id AS "measureId" FROM measure ORDER BY id LIMIT 1`);
  if (!plan.rows[0] || !unit.rows[0] || !measure.rows[0]) throw new Error("the demo seed has no plan, unit or measure");
  ids = { ...plan.rows[0], ...unit.rows[0], ...measure.rows[0] };
});

afterAll(async () => {
  await client.query("ROLLBACK");
  await client.end();
});

/** The name of the constraint that refused the statement, or null when it was accepted. */
async function refusedBy(sql: string, params: unknown[]): Promise<string | null> {
  await client.query("SAVEPOINT attempt");
  try {
    await client.query(sql, params);
    await client.query("RELEASE SAVEPOINT attempt");
    return null;
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT attempt");
    if (!(error instanceof pg.DatabaseError)) throw error;
    const { code, constraint } = error;
    return code === "23514" ? (constraint ?? "unnamed check") : `error ${code ?? "unknown"}`;
  }
}

type Owner = { plan?: boolean; employee?: boolean; unit?: boolean };

function insertCommitment(level: string, owner: Owner) {
  return refusedBy(
    `INSERT INTO commitment (level, fiscal_year, plan_id, owner_employee_id, owner_unit_id, measure_id, title, created_by_id, updated_at)
     VALUES ($1::"CommitmentLevel", $2, $3, $4, $5, $6, 'check', $7, now())`,
    [
      level,
      ids.fiscalYear,
      owner.plan ? ids.planId : null,
      owner.employee ? ids.employeeId : null,
      owner.unit ? ids.unitId : null,
      ids.measureId,
      ids.employeeId,
    ],
  );
}

describe("a commitment's owner follows its level", () => {
  it.each([
    ["INDIVIDUAL", { plan: true, employee: true }],
    ["TEAM", { unit: true }],
    ["BUREAU", { unit: true }],
    ["CITY", {}],
  ] as const)("%s with its own owner is accepted", async (level, owner: Owner) => {
    expect(await insertCommitment(level, owner)).toBeNull();
  });

  it.each([
    ["INDIVIDUAL", { employee: true }, "commitment_plan_check"],
    ["INDIVIDUAL", { plan: true }, "commitment_owner_employee_check"],
    ["INDIVIDUAL", { plan: true, employee: true, unit: true }, "commitment_owner_unit_check"],
    ["TEAM", {}, "commitment_owner_unit_check"],
    ["TEAM", { unit: true, plan: true }, "commitment_plan_check"],
    ["BUREAU", { unit: true, employee: true }, "commitment_owner_employee_check"],
    ["CITY", { unit: true }, "commitment_owner_unit_check"],
    ["CITY", { employee: true }, "commitment_owner_employee_check"],
  ] as const)("%s owned by %o is refused by %s", async (level, owner: Owner, constraint) => {
    expect(await insertCommitment(level, owner)).toBe(constraint);
  });

  it("an existing team commitment cannot lose its unit", async () => {
    expect(await refusedBy(`UPDATE commitment SET owner_unit_id = NULL WHERE level = 'TEAM'`, [])).toBe("commitment_owner_unit_check");
  });
});

describe("a review event is about exactly one plan or commitment", () => {
  const insertEvent = async (target: { plan?: boolean; commitment?: boolean }) => {
    const commitment = await client.query<{ id: number }>(`SELECT id FROM commitment ORDER BY id LIMIT 1`);
    return refusedBy(`INSERT INTO review_event (plan_id, commitment_id, action, actor_id) VALUES ($1, $2, 'COMMENT', $3)`, [
      target.plan ? ids.planId : null,
      target.commitment ? commitment.rows[0]?.id : null,
      ids.employeeId,
    ]);
  };

  it("one of them is accepted", async () => {
    expect(await insertEvent({ plan: true })).toBeNull();
    expect(await insertEvent({ commitment: true })).toBeNull();
  });

  it("neither or both is refused", async () => {
    expect(await insertEvent({})).toBe("review_event_target_check");
    expect(await insertEvent({ plan: true, commitment: true })).toBe("review_event_target_check");
  });
});

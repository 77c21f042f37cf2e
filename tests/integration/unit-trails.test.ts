import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A unit's trail (org_unit.trail, migration 20261207100000_unit_trails) is kept by the database
 * on every write, whoever writes: here in plain SQL, in the shapes the seed and the personnel
 * import use (multi-row inserts in any order, one UPDATE over a moved subtree). Everything runs
 * in one transaction that is rolled back.
 */
let client: pg.Client;
const ids = { bureau: 0, other: 0, department: 0, section: 0, unit: 0 };

async function trails(): Promise<Record<string, string[]>> {
  const { rows } = await client.query<{ code: string; trail: string[] }>(`SELECT code, trail FROM org_unit WHERE code LIKE 'TRAIL-%' ORDER BY code`);
  return Object.fromEntries(rows.map((row) => [row.code.slice("TRAIL-".length), row.trail]));
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
  const { rows } = await client.query<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('org_unit', 'id'))::int AS id FROM generate_series(1, 5)`);
  const [bureau, other, department, section, unit] = rows.map((row) => row.id);
  if (unit === undefined || bureau === undefined || other === undefined || department === undefined || section === undefined) throw new Error("no ids");
  Object.assign(ids, { bureau, other, department, section, unit });
  const path = (...chain: number[]) => `/${chain.join("/")}/`;
  // Children before their parents, in one statement: the order a batch may come in.
  await client.query(
    `INSERT INTO org_unit (id, code, name, kind, parent_id, path) VALUES
       ($1, 'TRAIL-4-unit', '庶務係', 'UNIT', $2, $3),
       ($2, 'TRAIL-3-section', '企画課', 'SECTION', $4, $5),
       ($4, 'TRAIL-2-department', '総務部', 'DEPARTMENT', $6, $7),
       ($6, 'TRAIL-1-bureau', '試験消防局', 'BUREAU', NULL, $8),
       ($9, 'TRAIL-5-other', '試験青葉区', 'BUREAU', NULL, $10)`,
    [
      ids.unit,
      ids.section,
      path(ids.bureau, ids.department, ids.section, ids.unit),
      ids.department,
      path(ids.bureau, ids.department, ids.section),
      ids.bureau,
      path(ids.bureau, ids.department),
      path(ids.bureau),
      ids.other,
      path(ids.other),
    ],
  );
});

afterAll(async () => {
  await client.query("ROLLBACK");
  await client.end();
});

describe("org_unit.trail", () => {
  it("is every seeded unit's chain of names, from its bureau down to itself", async () => {
    const { rows } = await client.query<{ wrong: number; units: number }>(`
      SELECT count(*) FILTER (WHERE cardinality(trail) <> cardinality(string_to_array(btrim(path, '/'), '/')) OR trail[cardinality(trail)] <> name)::int AS wrong,
             count(*)::int AS units
      FROM org_unit`);
    expect(rows[0]!.units).toBeGreaterThan(10);
    expect(rows[0]!.wrong).toBe(0);
  });

  it("is filled in on insert, whatever order a batch comes in", async () => {
    expect(await trails()).toEqual({
      "1-bureau": ["試験消防局"],
      "2-department": ["試験消防局", "総務部"],
      "3-section": ["試験消防局", "総務部", "企画課"],
      "4-unit": ["試験消防局", "総務部", "企画課", "庶務係"],
      "5-other": ["試験青葉区"],
    });
  });

  it("follows a rename down to every unit below", async () => {
    await client.query(`UPDATE org_unit SET name = '総務企画部' WHERE id = $1`, [ids.department]);
    const after = await trails();
    expect(after["3-section"]).toEqual(["試験消防局", "総務企画部", "企画課"]);
    expect(after["4-unit"]).toEqual(["試験消防局", "総務企画部", "企画課", "庶務係"]);
    expect(after["1-bureau"]).toEqual(["試験消防局"]);
  });

  it("follows a move of a whole subtree, written as the personnel import writes it", async () => {
    // The section and its 係 move to the other bureau in one statement over the subtree.
    await client.query(
      `UPDATE org_unit SET parent_id = CASE WHEN id = $1 THEN $2 ELSE parent_id END, path = replace(path, $3, $4)
       WHERE path LIKE $3 || '%'`,
      [ids.section, ids.other, `/${ids.bureau}/${ids.department}/${ids.section}/`, `/${ids.other}/${ids.section}/`],
    );
    const after = await trails();
    expect(after["3-section"]).toEqual(["試験青葉区", "企画課"]);
    expect(after["4-unit"]).toEqual(["試験青葉区", "企画課", "庶務係"]);
    expect(after["2-department"]).toEqual(["試験消防局", "総務企画部"]);
  });

  it("cannot be written by hand: the database sets it again", async () => {
    await client.query(`UPDATE org_unit SET trail = '{どこか}' WHERE id = $1`, [ids.unit]);
    expect((await trails())["4-unit"]).toEqual(["試験青葉区", "企画課", "庶務係"]);
  });
});

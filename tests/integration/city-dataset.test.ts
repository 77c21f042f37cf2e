import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { DatabaseNotEmptyError } from "@/prisma/dataset/database";
import { dayFromCalendar } from "@/prisma/dataset/dates";
import { type LoadResult, loadCityDataset } from "@/prisma/dataset/load-city-dataset";
import { planOrganisation } from "@/prisma/dataset/organisation";
import { planStaff } from "@/prisma/dataset/staff";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";

/**
 * The city-scale dataset generator at a fiftieth of the city (300 staff), in a database of its
 * own, loaded twice with one seed (the second time replacing the first): it must give the same
 * rows both times, every year of the policy up to the current one, and an organisation the
 * portal's scope rules can work with.
 */
const SCALE = 0.02;
const SEED = 7;
// One day for both loads, so that a run across midnight cannot tell them apart.
const today = tokyoDate();
const currentYear = fiscalYearOf(today);

let database: ThrowawayDatabase;
let firstLoad: LoadResult;
let firstFingerprints: Record<string, string>;

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** An md5 over an ordered projection of the rows that matter, ids and timestamps included. */
const FINGERPRINTS = {
  employees: `SELECT md5(string_agg(concat_ws('|', id, staff_number, name, name_kana, job_category, rank, joined_on, unit_id, supervisor_id, email), E'\\n' ORDER BY id)) AS md5 FROM employee`,
  commitments: `SELECT md5(string_agg(concat_ws('|', id, level, fiscal_year, plan_id, owner_employee_id, owner_unit_id, measure_id, title, status, progress_percent, actual_value, version, created_at, updated_at, carried_from_id), E'\\n' ORDER BY id)) AS md5 FROM commitment`,
  plans: `SELECT md5(string_agg(concat_ws('|', id, employee_id, fiscal_year, status, vision_now, submitted_at, reviewed_at, reviewer_id, version), E'\\n' ORDER BY id)) AS md5 FROM development_plan`,
  events: `SELECT md5(string_agg(concat_ws('|', id, plan_id, commitment_id, action, from_status, to_status, actor_id, at), E'\\n' ORDER BY id)) AS md5 FROM review_event`,
  ratings: `SELECT md5(string_agg(concat_ws('|', commitment_id, rating, rated_at, rated_by_id, supervisor_comment, commented_at, commented_by_id, version), E'\\n' ORDER BY commitment_id)) AS md5 FROM year_end_rating`,
};

async function fingerprints(url: string): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(FINGERPRINTS).map(async ([name, text]) => [name, (await query<{ md5: string }>(url, text))[0]?.md5 ?? ""] as const),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_cityset");
  firstLoad = await loadCityDataset(database.url, { seed: SEED, scale: SCALE, today });
  firstFingerprints = await fingerprints(database.url);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe("city dataset", () => {
  it("refuses a database that already holds staff", async () => {
    expect(firstLoad.counts.employee).toBe(300);
    expect(firstLoad.counts.commitment).toBeGreaterThan(1_000);
    await expect(loadCityDataset(database.url, { seed: SEED, scale: SCALE, today })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
  });

  it("gives the same rows again for the same seed, scale and day (replacing the first load), and other people for another seed", async () => {
    const again = await loadCityDataset(database.url, { seed: SEED, scale: SCALE, today, replace: true });
    expect(again.counts).toEqual(firstLoad.counts);
    expect(await fingerprints(database.url)).toEqual(firstFingerprints);

    const other = planStaff(SEED + 1, planOrganisation(SEED + 1, SCALE), currentYear, dayFromCalendar(today));
    const same = planStaff(SEED, planOrganisation(SEED, SCALE), currentYear, dayFromCalendar(today));
    expect(other.people.map((person) => person.name)).not.toEqual(same.people.map((person) => person.name));
  });

  it("has plans for every fiscal year from FY2021 to the current one: past ones closed and mostly approved, this one open and mixed", async () => {
    const plans = await query<{ year: number; status: string; count: number }>(
      database.url,
      `SELECT fiscal_year AS year, status::text, count(*)::int AS count FROM development_plan GROUP BY 1, 2`,
    );
    for (let year = 2021; year <= currentYear; year++) {
      const ofYear = plans.filter((row) => row.year === year);
      const total = ofYear.reduce((sum, row) => sum + row.count, 0);
      const approved = ofYear.find((row) => row.status === "APPROVED")?.count ?? 0;
      expect(total, `plans of FY${year}`).toBeGreaterThan(100);
      if (year < currentYear) expect(approved / total, `approved in FY${year}`).toBeGreaterThan(0.8);
    }
    expect(
      plans
        .filter((row) => row.year === currentYear)
        .map((row) => row.status)
        .sort(),
    ).toEqual(["APPROVED", "DRAFT", "RETURNED", "SUBMITTED"]);
    expect(plans.some((row) => row.year > currentYear)).toBe(false);

    const years = await query<{ year: number; status: string }>(database.url, `SELECT year, status::text FROM fiscal_year ORDER BY year`);
    expect(years.map((row) => row.year)).toEqual(Array.from({ length: currentYear - 2020 }, (_, i) => 2021 + i));
    expect(years.map((row) => row.status)).toEqual(years.map((row) => (row.year < currentYear ? "CLOSED" : "OPEN")));
  });

  it("rates most agreed commitments of closed years, by their owners on the scale, with the reviewer's comments; none this year yet", async () => {
    const years = await query<{ year: number; agreed: number; rated: number; by_owner: number; by_reviewer: number; commented: number; on_scale: number }>(
      database.url,
      `SELECT c.fiscal_year AS year, count(*)::int AS agreed, count(r.commitment_id)::int AS rated,
              count(*) FILTER (WHERE r.rated_by_id = p.employee_id)::int AS by_owner,
              count(*) FILTER (WHERE r.commented_by_id = p.reviewer_id)::int AS by_reviewer,
              count(*) FILTER (WHERE r.supervisor_comment <> '')::int AS commented,
              count(*) FILTER (WHERE r.rating IN ('S', 'A', 'B', 'C', 'D'))::int AS on_scale
       FROM commitment c JOIN development_plan p ON p.id = c.plan_id
       LEFT JOIN year_end_rating r ON r.commitment_id = c.id
       WHERE c.level = 'INDIVIDUAL' AND c.status IN ('APPROVED', 'IN_PROGRESS', 'DONE')
       GROUP BY c.fiscal_year ORDER BY c.fiscal_year`,
    );
    for (const row of years) {
      if (row.year === currentYear) {
        expect(row.rated, "ratings this year").toBe(0);
        continue;
      }
      expect(row.rated / row.agreed, `rated in FY${row.year}`).toBeGreaterThan(0.8);
      expect(row.by_owner, `rated by their owners in FY${row.year}`).toBe(row.rated);
      expect(row.on_scale, `on the scale in FY${row.year}`).toBe(row.rated);
      expect(row.commented / row.rated, `commented in FY${row.year}`).toBeGreaterThan(0.6);
      expect(row.by_reviewer, `commented by the plan's reviewer in FY${row.year}`).toBe(row.commented);
    }
    const [other] = await query<{ count: number }>(
      database.url,
      `SELECT count(*)::int AS count FROM year_end_rating r JOIN commitment c ON c.id = r.commitment_id
       WHERE c.level <> 'INDIVIDUAL' OR c.status NOT IN ('APPROVED', 'IN_PROGRESS', 'DONE') OR r.rated_at < make_date(c.fiscal_year + 1, 3, 1)`,
    );
    expect(other?.count).toBe(0);
  });

  it("gives every unit a leader who sits in it and holds a SUPERVISOR grant over it, and the city its other roles", async () => {
    const leaderless = await query<{ code: string }>(
      database.url,
      `SELECT u.code FROM org_unit u
       WHERE NOT EXISTS (SELECT 1 FROM role_assignment r JOIN employee e ON e.id = r.employee_id
                         WHERE r.role = 'SUPERVISOR' AND r.unit_id = u.id AND e.unit_id = u.id AND e.active
                           AND r.valid_from <= $1::date AND (r.valid_to IS NULL OR r.valid_to >= $1::date))`,
      [`${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`],
    );
    expect(leaderless).toEqual([]);
    const roles = await query<{ role: string; unit_kind: string | null; count: number }>(
      database.url,
      `SELECT r.role::text, u.kind::text AS unit_kind, count(*)::int AS count FROM role_assignment r LEFT JOIN org_unit u ON u.id = r.unit_id GROUP BY 1, 2`,
    );
    const count = (role: string, kind: string | null) => roles.find((row) => row.role === role && row.unit_kind === kind)?.count ?? 0;
    const bureaus = (await query<{ count: number }>(database.url, `SELECT count(*)::int AS count FROM org_unit WHERE kind = 'BUREAU'`))[0]?.count ?? 0;
    expect(bureaus).toBeGreaterThanOrEqual(20);
    expect(count("BUREAU_COORDINATOR", "BUREAU")).toBeGreaterThanOrEqual(bureaus);
    expect(count("BUREAU_COORDINATOR", "BUREAU")).toBeLessThanOrEqual(2 * bureaus);
    expect(count("HR_DIVISION", null)).toBeGreaterThan(0);
    expect(count("HEADQUARTERS", null)).toBe(1);
  });

  it("gives each 係長 a team of sane size, all of whose members report to them", async () => {
    const teams = await query<{ members: number; reporting: number }>(
      database.url,
      `SELECT count(m.id)::int AS members, count(m.id) FILTER (WHERE m.supervisor_id = r.employee_id)::int AS reporting
       FROM role_assignment r
       JOIN org_unit u ON u.id = r.unit_id AND u.kind = 'UNIT'
       LEFT JOIN employee m ON m.unit_id = u.id AND m.id <> r.employee_id AND m.active
       WHERE r.role = 'SUPERVISOR'
       GROUP BY r.id`,
    );
    expect(teams.length).toBeGreaterThan(10);
    for (const team of teams) {
      expect(team.members).toBeGreaterThanOrEqual(3);
      expect(team.members).toBeLessThanOrEqual(25);
      expect(team.reporting).toBe(team.members);
    }
  });
});

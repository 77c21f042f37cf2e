import type * as DMMF from "@prisma/dmmf";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import {
  AREAS,
  compareSchema,
  loadCheckConstraints,
  loadDatamodel,
  loadPartialIndexPredicates,
  type Difference,
  type ExpectedCheck,
} from "@/tests/support/schema-comparison";
import { introspectDatabase, renderCheckDefinitions } from "@/tests/support/schema-introspection";

/**
 * The migrations are hand-written SQL (Prisma's CLI cannot run here), so nothing but this test
 * stops schema.prisma and prisma/migrations from drifting apart: the generated client would then
 * query columns, constraints or enum labels the database does not have, and a later
 * `prisma migrate dev` elsewhere would try to "repair" the difference.
 */

const adminUrl = inject("adminDatabaseUrl");
let datamodel: DMMF.Datamodel;
let predicates: Awaited<ReturnType<typeof loadPartialIndexPredicates>>;
let checks: { specs: ExpectedCheck[]; malformed: string[] };
let database: ThrowawayDatabase;
let differences: Difference[];

beforeAll(async () => {
  [datamodel, predicates] = await Promise.all([loadDatamodel(), loadPartialIndexPredicates()]);
  const written = await loadCheckConstraints(datamodel);
  // A database of its own, migrated from nothing: the shared test database is seeded and
  // shared with other files, and nothing they do should be able to hide or cause drift here.
  database = await createThrowawayDatabase(adminUrl, "hagukumi_drift");
  checks = { specs: await renderCheckDefinitions(database.url, written.specs), malformed: written.malformed };
  differences = compareSchema(datamodel, await introspectDatabase(database.url), predicates, checks);
});

afterAll(async () => {
  await database?.drop();
});

describe("a freshly migrated database matches schema.prisma", () => {
  test("the schema parsed into models and enums", () => {
    // Guards the comparisons below against passing vacuously on an empty datamodel.
    expect(datamodel.models.length).toBeGreaterThan(10);
    expect(datamodel.enums.map((e) => e.name)).toEqual(expect.arrayContaining(["Role", "OrgUnitKind"]));
    expect(checks.specs.map((c) => c.name)).toEqual(expect.arrayContaining(["commitment_owner_unit_check", "review_event_target_check"]));
  });

  // One test per area, each listing every difference of its kind, so a failure reads as a
  // to-do list (e.g. "employee.name: nullable in the database, schema says required").
  test.each(AREAS)("%s", (area) => {
    expect(differences.filter((d) => d.area === area).map((d) => d.message)).toEqual([]);
  });
});

describe("the comparison notices drift", () => {
  let drifted: ThrowawayDatabase;

  beforeAll(async () => {
    drifted = await createThrowawayDatabase(adminUrl, "hagukumi_drift_neg");
    const client = new pg.Client({ connectionString: drifted.url });
    await client.connect();
    try {
      // One statement per area; each must produce exactly one difference, no more.
      for (const statement of [
        `ALTER TABLE "employee" ALTER COLUMN "name" DROP NOT NULL`,
        `ALTER TABLE "employee" ALTER COLUMN "active" SET DEFAULT false`,
        `ALTER TABLE "setting" ADD COLUMN "note" TEXT`,
        `ALTER TYPE "Role" ADD VALUE 'GUEST'`,
        `CREATE UNIQUE INDEX "measure_name_key" ON "measure"("name")`,
        `DROP INDEX "initiative_measure_id_idx"`,
        `ALTER TABLE "credential" DROP CONSTRAINT "credential_employee_id_fkey",
           ADD CONSTRAINT "credential_employee_id_fkey" FOREIGN KEY ("employee_id")
           REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
        `CREATE TABLE "scratch" ("id" INTEGER PRIMARY KEY)`,
        `DROP INDEX "qualification_record_unverified_created_at_idx"`,
        `CREATE INDEX "qualification_record_unverified_created_at_idx" ON "qualification_record"("created_at", "id") WHERE "verified_at" IS NOT NULL`,
        `ALTER TABLE "review_event" DROP CONSTRAINT "review_event_target_check"`,
        `ALTER TABLE "commitment" DROP CONSTRAINT "commitment_owner_unit_check",
           ADD CONSTRAINT "commitment_owner_unit_check" CHECK (("owner_unit_id" IS NOT NULL) = ("level" = 'TEAM'))`,
        `ALTER TABLE "measure" ADD CONSTRAINT "measure_number_check" CHECK ("number" > 0)`,
      ]) {
        await client.query(statement);
      }
    } finally {
      await client.end();
    }
  });

  afterAll(async () => {
    await drifted?.drop();
  });

  test("each change to the database is reported, and nothing else", async () => {
    const found = compareSchema(datamodel, await introspectDatabase(drifted.url), predicates, checks);
    expect(found).toEqual(
      expect.arrayContaining([
        { area: "columns", message: "employee.name: nullable in the database, schema says required" },
        { area: "columns", message: "employee.active: has default false, schema expects default true" },
        { area: "columns", message: "setting.note: in the database, not in the schema" },
        { area: "enums", message: expect.stringMatching(/^Role: labels \[.*GUEST\]/) },
        { area: "uniques", message: 'measure(name): "measure_name_key" exists in the database but not in the schema' },
        { area: "indexes", message: expect.stringMatching(/^initiative\(measure_id\): missing in the database/) },
        { area: "foreign keys", message: expect.stringMatching(/^credential\(employee_id\) → employee\(id\).*ON DELETE Restrict, schema expects Cascade$/) },
        { area: "tables", message: "scratch: in the database, not in the schema" },
        {
          area: "indexes",
          message: "qualification_record(created_at, id): WHERE (verified_at IS NOT NULL) in the database, schema expects WHERE verified_at IS NULL",
        },
        { area: "checks", message: 'review_event: "review_event_target_check" missing in the database' },
        {
          area: "checks",
          message: expect.stringMatching(
            /^commitment: "commitment_owner_unit_check" is CHECK \(\(\(owner_unit_id IS NOT NULL\) = \(level = 'TEAM'.*schema expects .*ANY \(ARRAY\['TEAM'.*'BUREAU'/,
          ),
        },
        { area: "checks", message: 'measure: "measure_number_check" exists in the database but not in the schema' },
      ]),
    );
    // The new table's own primary key is also (rightly) unexpected; nothing beyond that.
    expect(found).toHaveLength(13);
    expect(found).toContainEqual({ area: "primary keys", message: 'scratch(id): "scratch_pkey" exists in the database but not in the schema' });
  });
});

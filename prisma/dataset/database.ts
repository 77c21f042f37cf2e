import type pg from "pg";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { seedCatalogue } from "@/prisma/seed/catalogue";

/** The policy catalogue: loaded by the normal seed, kept (or loaded) by the dataset. */
const CATALOGUE_TABLES = new Set([
  "policy",
  "promotion_plan",
  "target_image",
  "focus_theme",
  "focus_theme_point",
  "policy_area",
  "measure",
  "initiative",
  "policy_actor",
  "policy_actor_responsibility",
  "promotion_body",
]);
const MIGRATIONS_TABLE = "_prisma_migrations";
/**
 * The HR division's rules of 要確認: configuration the migration writes (its defaults), not
 * records. They neither make a database "not empty" nor go with --replace, since a replaced
 * dataset's bureau dashboards still need them.
 */
const ATTENTION_RULES = "attention_rule";

/** A database that already holds people: loading into it would mix the dataset with real records. */
export class DatabaseNotEmptyError extends Error {
  constructor(
    readonly employees: number,
    readonly tables: readonly string[],
  ) {
    super(
      `the database already holds ${employees} employees and other records (in ${tables.join(", ")}); ` +
        "load into an empty database, or pass --replace to delete everything in it first",
    );
    this.name = "DatabaseNotEmptyError";
  }
}

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name).filter((name) => name !== MIGRATIONS_TABLE);
}

/**
 * Makes sure the dataset lands in an empty database: with `replace`, every table but the
 * migrations' own and the attention rules is emptied first (ids restart at 1); without it, a database holding any
 * people or records is refused, and one holding only the catalogue keeps it.
 */
export async function prepareDatabase(client: pg.Client, replace: boolean): Promise<void> {
  const tables = await publicTables(client);
  if (replace) {
    await client.query(
      `TRUNCATE ${tables
        .filter((table) => table !== ATTENTION_RULES)
        .map((table) => `"${table}"`)
        .join(", ")} RESTART IDENTITY CASCADE`,
    );
    return;
  }
  const held: string[] = [];
  // Settings are configuration, not records: the young-staff one is written only where missing.
  for (const table of tables.filter((name) => !CATALOGUE_TABLES.has(name) && name !== "setting" && name !== ATTENTION_RULES)) {
    const { rows } = await client.query<{ held: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table}") AS held`);
    if (rows[0]?.held) held.push(table);
  }
  if (held.length > 0) {
    const { rows } = await client.query<{ employees: number }>(`SELECT count(*)::int AS employees FROM employee`);
    throw new DatabaseNotEmptyError(rows[0]?.employees ?? 0, held);
  }
}

/**
 * Loads the policy catalogue exactly as the demo seed does (prisma/seed/catalogue.ts, through
 * Prisma), unless a policy is there already: then the HR division's catalogue stays as it is.
 */
export async function ensureCatalogue(client: pg.Client, databaseUrl: string): Promise<boolean> {
  const { rows } = await client.query<{ policies: number }>(`SELECT count(*)::int AS policies FROM policy`);
  if ((rows[0]?.policies ?? 0) > 0) return false;
  const db = createPrismaClient(databaseUrl, 1);
  try {
    await db.$transaction((tx) => seedCatalogue(tx), { timeout: 60_000 });
  } finally {
    await db.$disconnect();
  }
  return true;
}

/** Exact row counts of every table the portal has, for the summary. */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const tables = await publicTables(client);
  const { rows } = await client.query<{ table: string; rows: string }>(
    tables.map((table) => `SELECT '${table}' AS table, count(*) AS rows FROM "${table}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.table, Number(row.rows)]));
}

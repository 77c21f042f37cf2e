import pg from "pg";
import type { CheckSpec, ExpectedCheck } from "./schema-comparison";

/**
 * What a PostgreSQL database really holds in its `public` schema, read from pg_catalog, in the
 * terms schema-comparison.ts compares with schema.prisma. Prisma's own `_prisma_migrations`
 * bookkeeping table is left out: it is no model.
 */

export interface DbColumn {
  table: string;
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}
export interface DbIndex {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  method: string;
  /** a partial index's predicate as PostgreSQL prints it back, e.g. "(verified_at IS NULL)" */
  predicate: string | null;
  /** key columns in order; an expression appears as "(expr)" */
  columns: string[];
  /** "" where the column uses its type's default operator class */
  opclasses: string[];
  descending: boolean[];
}
export interface DbForeignKey {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}
/** `definition` as pg_get_constraintdef() prints it, e.g. "CHECK ((byte_size > 0))" */
export interface DbCheck {
  table: string;
  name: string;
  definition: string;
}
export interface DbSnapshot {
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
  checks: DbCheck[];
}

// pg_catalog rather than information_schema: format_type() renders types exactly as Prisma's
// migrations write them ("timestamp(3) without time zone", "text[]"), and information_schema
// has no view of index columns, operator classes or sort order at all.
const COLUMNS_SQL = `
SELECT c.relname AS "table", a.attname AS name, a.attnotnull AS "notNull",
       pg_get_expr(d.adbin, d.adrelid) AS "default",
       CASE WHEN t.typtype = 'e' THEN 'enum:' || t.typname
            WHEN et.typtype = 'e' THEN 'enum:' || et.typname || '[]'
            ELSE format_type(a.atttypid, a.atttypmod) END AS type
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY c.relname, a.attnum`;

const INDEXES_SQL = `
SELECT t.relname AS "table", ic.relname AS name, i.indisunique AS "unique", i.indisprimary AS "primary",
       am.amname AS method, pg_get_expr(i.indpred, i.indrelid) AS predicate,
       array(SELECT CASE WHEN k.attnum = 0 THEN '(' || pg_get_indexdef(i.indexrelid, k.n::int, true) || ')'
                         ELSE (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum) END
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, n) WHERE k.n <= i.indnkeyatts ORDER BY k.n)::text[] AS columns,
       array(SELECT CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname END
             FROM unnest(i.indclass::oid[]) WITH ORDINALITY c(oid, n) JOIN pg_opclass oc ON oc.oid = c.oid ORDER BY c.n)::text[] AS opclasses,
       array(SELECT (o.option & 1) = 1 FROM unnest(i.indoption::int2[]) WITH ORDINALITY o(option, n) ORDER BY o.n) AS descending
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
JOIN pg_am am ON am.oid = ic.relam
WHERE t.relname <> '_prisma_migrations'`;

const FOREIGN_KEYS_SQL = `
SELECT t.relname AS "table", c.conname AS name, rt.relname AS "refTable",
       array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
       array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS "refColumns",
       c.confdeltype::text AS "onDelete", c.confupdtype::text AS "onUpdate"
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
JOIN pg_class rt ON rt.oid = c.confrelid
WHERE c.contype = 'f'`;

const CHECKS_SQL = `
SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
WHERE c.contype = 'c'`;

const TABLES_SQL = `
SELECT c.relname AS name FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
WHERE c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

const ENUMS_SQL = `
SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
GROUP BY t.typname`;

const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

export async function introspectDatabase(connectionString: string): Promise<DbSnapshot> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const columns = (await client.query<DbColumn>(COLUMNS_SQL)).rows.filter((c) => c.table !== "_prisma_migrations");
    const enums = (await client.query<{ name: string; labels: string[] }>(ENUMS_SQL)).rows;
    const foreignKeys = (await client.query<DbForeignKey>(FOREIGN_KEYS_SQL)).rows.map((fk) => ({
      ...fk,
      onDelete: ACTIONS[fk.onDelete] ?? fk.onDelete,
      onUpdate: ACTIONS[fk.onUpdate] ?? fk.onUpdate,
    }));
    return {
      tables: (await client.query<{ name: string }>(TABLES_SQL)).rows.map((row) => row.name),
      columns,
      enums: new Map(enums.map((e) => [e.name, e.labels])),
      indexes: (await client.query<DbIndex>(INDEXES_SQL)).rows,
      foreignKeys,
      checks: (await client.query<DbCheck>(CHECKS_SQL)).rows,
    };
  } finally {
    await client.end();
  }
}

/**
 * Each schema CHECK's expression as PostgreSQL prints it back: added to an empty copy of its
 * table in a transaction that is rolled back, then read with pg_get_constraintdef(). PostgreSQL
 * rewrites what it parses (`IN (...)` becomes `= ANY (ARRAY[...])`, casts and parentheses are
 * added), so comparing its own rendering of both sides is exact where comparing text would
 * have to guess. An expression it refuses is rendered as the error, which then differs.
 */
export async function renderCheckDefinitions(connectionString: string, specs: readonly CheckSpec[]): Promise<ExpectedCheck[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const rendered: ExpectedCheck[] = [];
    for (const spec of specs) {
      await client.query("BEGIN");
      try {
        await client.query(`CREATE TEMP TABLE "check_probe" (LIKE "${spec.table}")`);
        await client.query(`ALTER TABLE "check_probe" ADD CONSTRAINT "check_probe" CHECK (${spec.expression})`);
        const { rows } = await client.query<{ definition: string }>(
          `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'check_probe'::regclass AND conname = 'check_probe'`,
        );
        rendered.push({ ...spec, definition: rows[0]?.definition ?? "(not created)" });
      } catch (error) {
        rendered.push({ ...spec, definition: `(PostgreSQL refuses it: ${error instanceof Error ? error.message : String(error)})` });
      } finally {
        await client.query("ROLLBACK");
      }
    }
    return rendered;
  } finally {
    await client.end();
  }
}

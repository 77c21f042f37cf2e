import type pg from "pg";

/**
 * Foreign keys, checked once per table instead of once per row. PostgreSQL checks a foreign key
 * with a trigger per inserted row (an index probe and a row lock on the referenced row); for the
 * four million rows of a full load that is most of the time the load takes. Where the session
 * may (a superuser, as on a trial or a bench server), the load runs with those triggers off
 * (session_replication_role = replica; NOT NULL, CHECK and unique constraints still apply) and
 * every foreign key of the schema is then proved with one anti-join, inside the same transaction,
 * so a broken reference still rolls the whole load back. Elsewhere the triggers simply run.
 */
export async function skipRowForeignKeyChecks(client: pg.Client): Promise<boolean> {
  try {
    await client.query("SET session_replication_role = replica");
    return true;
  } catch {
    return false;
  }
}

export async function restoreRowForeignKeyChecks(client: pg.Client): Promise<void> {
  await client.query("SET session_replication_role = DEFAULT");
}

interface ForeignKey {
  name: string;
  child: string;
  childColumns: string[];
  parent: string;
  parentColumns: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Throws naming every foreign key some row breaks; returns how many keys were checked. The keys
 * of one table are checked together, in one scan of it joined to each table it points to (a
 * foreign key always points to a unique key, so the joins add no rows).
 */
export async function verifyForeignKeys(client: pg.Client): Promise<number> {
  const { rows: keys } = await client.query<ForeignKey>(`
    SELECT c.conname AS name, cl.relname AS child, pl.relname AS parent,
           array_agg(ca.attname::text ORDER BY k.n) AS "childColumns", array_agg(pa.attname::text ORDER BY k.n) AS "parentColumns"
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid
    JOIN pg_class pl ON pl.oid = c.confrelid
    CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_attnum, parent_attnum, n)
    JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child_attnum
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_attnum
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
    GROUP BY c.conname, cl.relname, pl.relname
    ORDER BY cl.relname, c.conname`);
  const byChild = new Map<string, ForeignKey[]>();
  for (const key of keys) byChild.set(key.child, [...(byChild.get(key.child) ?? []), key]);

  const broken: string[] = [];
  for (const [child, childKeys] of byChild) {
    const joins = childKeys.map((key, i) => {
      const match = key.childColumns.map((column, c) => `p${i}.${ident(key.parentColumns[c] ?? column)} = c.${ident(column)}`).join(" AND ");
      return `LEFT JOIN ${ident(key.parent)} p${i} ON ${match}`;
    });
    const missing = childKeys.map((key, i) => {
      const present = key.childColumns.map((column) => `c.${ident(column)} IS NOT NULL`).join(" AND ");
      return `count(*) FILTER (WHERE ${present} AND p${i}.${ident(key.parentColumns[0] ?? "id")} IS NULL) AS k${i}`;
    });
    const { rows } = await client.query<Record<string, string>>(`SELECT ${missing.join(", ")} FROM ${ident(child)} c ${joins.join(" ")}`);
    childKeys.forEach((key, i) => {
      const count = Number(rows[0]?.[`k${i}`] ?? 0);
      if (count > 0) broken.push(`${key.name} (${count} rows of ${child})`);
    });
  }
  if (broken.length > 0) throw new Error(`dataset: foreign keys broken: ${broken.join(", ")}`);
  return keys.length;
}

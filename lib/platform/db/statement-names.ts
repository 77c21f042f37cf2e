import { createHash } from "node:crypto";

/**
 * How many distinct statements one process names. Prisma writes a list filter (`in`) with one
 * placeholder per value, so one query of the code gives a text per list length; the cap keeps a
 * connection's prepared statements, and PostgreSQL's memory for their plans, bounded whatever the
 * lists. A pass of the bench over every page named 279 texts (about 256 on each connection).
 */
export const STATEMENT_NAME_LIMIT = 2_000;

/**
 * Marks a statement whose best plan depends on its values, so it runs unnamed and PostgreSQL
 * plans it for each execution. A named statement is planned for its values only for its first
 * five executions and may then keep one generic plan; the staff search's trigram index suits
 * some patterns and not others (one or two kanji have no trigram), and a generic plan cost it
 * 3–5 ms more per search than planning each one (measured on the city dataset).
 */
export const PLANNED_PER_VALUE = "/* planned per value */";

/**
 * Names the statements Prisma sends through node-postgres, so that each connection asks
 * PostgreSQL to parse and plan a query once and then only binds and executes it. Unnamed, every
 * execution was parsed and planned again: with relation joins and the scope's subqueries that was
 * most of PostgreSQL's time (tests/bench/RESULTS.md: 8 → 3 ms of its CPU per request on the
 * employee's dashboard, 68 → 32 ms on the largest bureau's team view). The name is the text's
 * hash, the same in every process, so it never depends on which query came first. Texts past the
 * limit, and those marked PLANNED_PER_VALUE, run unnamed, as before.
 */
export function createStatementNamer(limit = STATEMENT_NAME_LIMIT): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // node-postgres runs a query with an empty name unnamed.
    if (sql.includes(PLANNED_PER_VALUE) || names.size >= limit) return "";
    const name = `h${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
    return name;
  };
}

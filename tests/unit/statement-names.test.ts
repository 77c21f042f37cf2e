import { describe, expect, it } from "vitest";
import { createStatementNamer, PLANNED_PER_VALUE } from "@/lib/platform/db/statement-names";

describe("prepared statements' names", () => {
  it("gives a text the same name every time, in every process, and different texts different names", () => {
    const first = createStatementNamer();
    const second = createStatementNamer();
    const one = first({ sql: 'SELECT "t0"."id" FROM "public"."employee" AS "t0" WHERE "t0"."id" = $1' });
    expect(one).toMatch(/^h[\w-]{27}$/);
    expect(first({ sql: 'SELECT "t0"."id" FROM "public"."employee" AS "t0" WHERE "t0"."id" = $1' })).toBe(one);
    expect(second({ sql: 'SELECT "t0"."id" FROM "public"."employee" AS "t0" WHERE "t0"."id" = $1' })).toBe(one);
    expect(first({ sql: 'SELECT "t0"."id" FROM "public"."employee" AS "t0" WHERE "t0"."id" IN ($1,$2)' })).not.toBe(one);
  });

  it("names no more texts than its limit: later ones run unnamed, the named keep their names", () => {
    const name = createStatementNamer(3);
    const lengths = [1, 2, 3, 4, 5].map((count) => name({ sql: `SELECT 1 WHERE 1 IN (${Array.from({ length: count }, (_, i) => `$${i + 1}`).join(",")})` }));
    expect(lengths.slice(0, 3).every((value) => value.length > 0)).toBe(true);
    expect(new Set(lengths.slice(0, 3)).size).toBe(3);
    expect(lengths.slice(3)).toEqual(["", ""]);
    expect(name({ sql: "SELECT 1 WHERE 1 IN ($1)" })).toBe(lengths[0]);
  });

  it("leaves a statement marked as planned per value unnamed, every time", () => {
    const name = createStatementNamer();
    const search = `SELECT ${PLANNED_PER_VALUE} count(*) FROM employee e WHERE e.search_key LIKE $1`;
    expect(name({ sql: search })).toBe("");
    expect(name({ sql: search })).toBe("");
  });
});

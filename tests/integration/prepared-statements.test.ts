import { afterEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/platform/db/create-client";

/**
 * Issue 16: the portal's queries run as named prepared statements, so PostgreSQL plans each
 * query once per connection (lib/platform/db/statement-names.ts); DATABASE_PREPARED_STATEMENTS=off
 * (behind a pooler that cannot carry them) leaves every query unnamed. Read on the connection
 * itself: one connection in the pool, so the check runs where the reads ran.
 */
let client: PrismaClient | undefined;

afterEach(async () => {
  await client?.$disconnect();
  client = undefined;
});

async function preparedOnConnection(preparedStatements: boolean): Promise<{ statement: string; calls: number }[]> {
  client = createPrismaClient(process.env.DATABASE_URL ?? "", { size: 1, preparedStatements });
  for (const id of [1, 2, 3]) await client.employee.findUnique({ where: { id }, select: { id: true, unit: { select: { name: true } } } });
  return client.$queryRaw<{ statement: string; calls: number }[]>`
    SELECT statement, (generic_plans + custom_plans)::int AS calls FROM pg_prepared_statements
    WHERE statement LIKE '%FROM "public"."employee"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
}

describe("prepared statements", () => {
  it("prepares a query once on its connection and runs it again there", async () => {
    const prepared = await preparedOnConnection(true);
    expect(prepared).toHaveLength(1);
    expect(prepared[0]?.calls).toBe(3);
  });

  it("prepares nothing when they are turned off", async () => {
    expect(await preparedOnConnection(false)).toEqual([]);
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createStatementNamer } from "./statement-names";

export interface PoolLimits {
  /** connections this process may open */
  size: number;
  /** how long a request waits for a free connection before it fails (a clear error page, not a hang) */
  acquireTimeoutMs: number;
  /** the longest any one statement may run before PostgreSQL cancels it */
  statementTimeoutMs: number;
  /**
   * Named prepared statements (statement-names.ts): PostgreSQL plans a query once per connection.
   * Off only behind a pooler that hands one client's statements to another connection (PgBouncer
   * in transaction mode before 1.21).
   */
  preparedStatements: boolean;
}

const DEFAULT_LIMITS: PoolLimits = { size: 10, acquireTimeoutMs: 5_000, statementTimeoutMs: 30_000, preparedStatements: true };

/**
 * A Prisma client over node-postgres. Scripts and tests call this; the app uses lib/platform/db/client.
 * The pool drops connections that break (a database restart) and opens new ones on the next
 * query, so the process survives a restart and serves again once the database is back.
 */
export function createPrismaClient(connectionString: string, limits: number | Partial<PoolLimits> = {}): PrismaClient {
  const { size, acquireTimeoutMs, statementTimeoutMs, preparedStatements } = { ...DEFAULT_LIMITS, ...(typeof limits === "number" ? { size: limits } : limits) };
  const adapter = new PrismaPg(
    { connectionString, max: size, connectionTimeoutMillis: acquireTimeoutMs, idleTimeoutMillis: 60_000, statement_timeout: statementTimeoutMs },
    // An idle connection the server dropped is logged, not thrown: the pool replaces it.
    {
      onPoolError: (error) => console.error(`[db] idle connection lost: ${error.message}`),
      ...(preparedStatements ? { statementNameGenerator: createStatementNamer() } : {}),
    },
  );
  return new PrismaClient({ adapter });
}

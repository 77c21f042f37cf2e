import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { env } from "@/lib/platform/env";

// One client per process, kept on globalThis: Next.js bundles the pages and the route handlers
// (sign-in, exports) apart, each with its own copy of this module, and each copy made its own
// client, its own pool and its own query compiler (19 connections from a process whose pool is
// 10, measured). In development Next also reloads modules, which would open a pool each time.
declare global {
  var hagukumiPrisma: PrismaClient | undefined;
}

export const db = (globalThis.hagukumiPrisma ??= createPrismaClient(env.DATABASE_URL, {
  size: env.DATABASE_POOL_SIZE,
  acquireTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
  statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
  preparedStatements: env.DATABASE_PREPARED_STATEMENTS === "on",
}));

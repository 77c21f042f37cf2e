import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { env } from "@/lib/platform/env";

// One client per process; in development Next reloads modules, so the instance is kept on
// globalThis to avoid opening a new pool on every reload.
declare global {
  var hagukumiPrisma: PrismaClient | undefined;
}

export const db =
  globalThis.hagukumiPrisma ??
  createPrismaClient(env.DATABASE_URL, {
    size: env.DATABASE_POOL_SIZE,
    acquireTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
  });
if (process.env.NODE_ENV !== "production") globalThis.hagukumiPrisma = db;

import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Where serve.ts leaves the address of the end-to-end server's throwaway database, for a spec
 * that starts a second portal on the same data (oidc-sign-in.spec.ts) or reads the audit trail.
 * One file per server port, like the clock's.
 */
export const SERVER_DATABASE_FILE = path.join(tmpdir(), `hagukumi-e2e-database-${process.env.E2E_PORT ?? "3100"}`);

export function serverDatabaseUrl(): string {
  return readFileSync(SERVER_DATABASE_FILE, "utf8").trim();
}

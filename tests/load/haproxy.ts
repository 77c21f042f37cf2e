import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * HAProxy in front of the instances, as the city's load balancer would be: round robin per
 * request, no cookie and no stick table (any request may land on any instance, so whatever the
 * portal keeps must live in the cookie or the database), health checks on the sign-in page.
 */

const HAPROXY = "/usr/sbin/haproxy";

export interface Backend {
  name: string;
  port: number;
}

export interface BalancerConfig {
  port: number;
  statsPort: number;
  backends: Backend[];
}

/** Health-check timing: a dead instance is out of rotation after fall × inter. */
export const CHECK_INTERVAL_MS = 1_000;
export const CHECK_FALL = 2;

export function haproxyConfig(config: BalancerConfig): string {
  return [
    "global",
    "  maxconn 4096",
    "",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    // Longer than the generator's 30 s: a slow page is the generator's to time out, not HAProxy's.
    "  timeout server 60s",
    "  timeout check 2s",
    // The portal throttles failed sign-ins per address: it must see the client's, not HAProxy's.
    "  option forwardfor",
    // A connection refused by an instance that just died is tried once more, on another one.
    "  retries 2",
    "  option redispatch",
    "",
    "frontend portal",
    `  bind 127.0.0.1:${config.port}`,
    // The whole request, body included, before it goes on: an instance that answers a POST
    // at once (the overload gate's 503 reads no body and closes) would otherwise cut the
    // client off mid-upload, and the client sees a broken pipe instead of the 503.
    "  option http-buffer-request",
    "  default_backend instances",
    "",
    "backend instances",
    "  balance roundrobin",
    "  option httpchk GET /signin",
    "  http-check expect status 200",
    `  default-server inter ${CHECK_INTERVAL_MS} fall ${CHECK_FALL} rise 2`,
    ...config.backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`),
    "",
    "frontend stats",
    `  bind 127.0.0.1:${config.statsPort}`,
    "  stats enable",
    "  stats uri /stats",
    "",
  ].join("\n");
}

export interface ServerStats {
  name: string;
  /** UP, DOWN, … as HAProxy's CSV says */
  status: string;
  /** requests (HTTP mode: sessions) sent to this server so far */
  total: number;
}

/** The backend's servers from HAProxy's stats CSV (`# pxname,svname,…` then one line each). */
export function parseStats(csv: string, backend = "instances"): ServerStats[] {
  const [head, ...lines] = csv.trim().split("\n");
  const columns = (head ?? "").replace(/^# /, "").split(",");
  const at = (name: string) => columns.indexOf(name);
  return lines
    .map((line) => line.split(","))
    .filter((fields) => fields[at("pxname")] === backend && !["FRONTEND", "BACKEND"].includes(fields[at("svname")] ?? ""))
    .map((fields) => ({ name: fields[at("svname")] ?? "", status: fields[at("status")] ?? "", total: Number(fields[at("stot")] ?? 0) }));
}

export interface Balancer {
  baseUrl: string;
  stats: () => Promise<ServerStats[]>;
  stop: () => void;
  tail: () => string;
}

/** Starts HAProxy with the config in a temporary directory; resolves once every server is UP. */
export async function startBalancer(config: BalancerConfig): Promise<Balancer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hagukumi-haproxy-"));
  const file = path.join(dir, "haproxy.cfg");
  writeFileSync(file, haproxyConfig(config));
  // -db: stay in the foreground, so the process is ours to stop.
  const child = spawn(HAPROXY, ["-f", file, "-db"], { stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  let exited = false;
  child.on("exit", () => (exited = true));
  const balancer: Balancer = {
    baseUrl: `http://127.0.0.1:${config.port}`,
    stats: async () => {
      const response = await fetch(`http://127.0.0.1:${config.statsPort}/stats;csv`, { signal: AbortSignal.timeout(2_000) });
      return parseStats(await response.text());
    },
    stop: () => {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
    tail: () => output.join("").split("\n").slice(-20).join("\n"),
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`haproxy exited:\n${balancer.tail()}`);
    try {
      const servers = await balancer.stats();
      if (servers.length === config.backends.length && servers.every((server) => server.status === "UP")) return balancer;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  balancer.stop();
  throw new Error(`HAProxy's health checks did not find every instance up within 30 s:\n${balancer.tail()}`);
}

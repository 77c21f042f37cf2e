import { execFileSync } from "node:child_process";
import { type Account, type AccountKey, type Accounts, pickAccounts } from "./accounts";
import type { ModeRun, Row, ScaleRun } from "./budgets";
import { countAuditRows, type DatasetStats, databaseName } from "./database";
import { combine, idleLatency, measure, settle } from "./load";
import { describeMachine } from "./machine";
import { sampleMemory } from "./memory";
import { pickRecords } from "./records";
import { findFreePort, type RunningServer, startServer } from "./server";
import { signIn } from "./sign-in";
import { ACCOUNT_IDS, resolveTargets, type Target, verifyTarget } from "./targets";
import { toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";

export interface ServerConfig {
  label: string;
  short: string;
  workers: number;
  node: string;
}

export interface ScalePlan {
  url: string;
  label: string;
  stats: DatasetStats;
}

export interface ScaleSettings {
  duration: number;
  warmup: number;
  port: number;
  only: string[];
  commit: string;
  log: (line: string) => void;
  /** registers the server's stop with the run's cleanup, so Ctrl-C ends it; returns the unregister */
  onServer: (server: RunningServer) => () => void;
}

/** The version string of a Node.js binary, "v20.20.2". */
export function nodeVersion(binary: string): string {
  return execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
}

/**
 * Signs in every account the targets need. An account refused at sign-in fails its targets
 * rather than the run: the other roles' numbers still count.
 */
async function signInAll(baseUrl: string, targets: Target[], accounts: Accounts, log: (line: string) => void): Promise<Map<AccountKey, string | Error>> {
  const sessions = new Map<AccountKey, string | Error>();
  for (const key of new Set(targets.flatMap((target) => (target.account ? [target.account] : [])))) {
    const account: Account = accounts[key];
    try {
      sessions.set(key, await signIn(baseUrl, account.staffNumber));
    } catch (error) {
      sessions.set(key, error instanceof Error ? error : new Error(String(error)));
      log(`sign-in as ${ACCOUNT_IDS[key]} ${account.staffNumber} failed: ${String(error)}`);
    }
  }
  return sessions;
}

/** One server configuration over the whole list: start, sign in, verify each page, load each. */
async function measureMode(url: string, config: ServerConfig, targets: Target[], accounts: Accounts, settings: ScaleSettings): Promise<ModeRun> {
  const { log } = settings;
  const node = nodeVersion(config.node);
  const server = await startServer(url, { port: await findFreePort(settings.port), workers: config.workers, node: config.node });
  const unregister = settings.onServer(server);
  const memory = sampleMemory(server.pid);
  const rows: Row[] = [];
  const failures: ModeRun["failures"] = [];
  let peak: ModeRun["memory"] | undefined;
  try {
    log(`${config.label} (WEB_CONCURRENCY=${config.workers}, Node ${node}): serving on ${server.baseUrl} (pid ${server.pid})`);
    const sessions = await signInAll(server.baseUrl, targets, accounts, log);
    const verified: { target: Target; cookie: string | undefined; bytes: number }[] = [];
    for (const target of targets) {
      const session = target.account ? sessions.get(target.account) : undefined;
      if (session instanceof Error) {
        failures.push({ target, problem: `sign-in refused: ${session.message}` });
        continue;
      }
      const verification = await verifyTarget(server.baseUrl, target, session);
      if (verification.ok) verified.push({ target, cookie: session, bytes: verification.bytes });
      else {
        failures.push({ target, problem: verification.problem });
        log(
          `FAILED ${target.id} ${target.path} as ${target.account ? `${ACCOUNT_IDS[target.account]} ${accounts[target.account].staffNumber}` : "nobody"}: ${verification.problem}`,
        );
      }
    }
    if (failures.some((failure) => failure.problem.startsWith("answered 5"))) log(`the server's last lines:\n${server.tail()}`);
    const idleMs = await idleLatency(server.baseUrl);
    const load = async (target: Target, cookie: string | undefined) => {
      const measurement = await measure(new URL(target.path, server.baseUrl).toString(), cookie, 10, settings.duration, settings.warmup);
      const waited = await settle(server.baseUrl, idleMs, config.workers);
      const failed = measurement.non2xx + measurement.errors;
      const latency = measurement.requests === 0 ? "no answer" : `p50 ${measurement.p50.toFixed(0)} ms, p95 ${measurement.p95.toFixed(0)} ms`;
      const backlog = waited > 2_000 ? `; the server took ${(waited / 1000).toFixed(0)} s more to finish what was in flight` : "";
      const memoryNow = `, largest process's peak so far ${memory.largestSoFarMb()} MB`;
      log(`${target.id}: ${measurement.requestsPerSecond.toFixed(1)} req/s, ${latency}${failed > 0 ? `, ${failed} errors` : ""}${memoryNow}${backlog}`);
      return measurement;
    };
    for (const { target, cookie, bytes } of verified) rows.push({ target, measurement: await load(target, cookie), bytes });
    // The ceiling again at the end, the two halves as one: every page is compared with the
    // machine as it was over the whole list, not only at its start (other work comes and goes).
    const ceiling = rows.find((row) => row.target.budget === "ceiling");
    if (ceiling) ceiling.measurement = combine(ceiling.measurement, await load(ceiling.target, undefined));
  } catch (error) {
    console.error(`[bench] the server's last lines:\n${server.tail()}`);
    throw error;
  } finally {
    peak = memory.stop();
    await server.stop();
    unregister();
  }
  return { label: config.label, short: config.short, workers: config.workers, node, rows, failures, memory: peak };
}

/** One database, each server configuration in turn over the same accounts and targets. */
export async function benchScale(plan: ScalePlan, configs: ServerConfig[], settings: ScaleSettings, filter?: (target: Target) => boolean): Promise<ScaleRun> {
  const { log } = settings;
  const today = tokyoDate();
  const fiscalYear = fiscalYearOf(today);
  const startedAt = new Date();
  const machine = describeMachine();
  if (machine.loadAverage > machine.cpus / 2)
    log(`WARNING: the machine is busy (load average ${machine.loadAverage} on ${machine.cpus} CPUs): the numbers will be noisy`);
  log(`— ${plan.label}: ${databaseName(plan.url)}, ${plan.stats.activeEmployees} active staff —`);
  const accounts = await pickAccounts(plan.url, toIsoDate(today), fiscalYear);
  for (const key of Object.keys(ACCOUNT_IDS) as AccountKey[]) log(`${ACCOUNT_IDS[key]}: ${accounts[key].staffNumber}, ${accounts[key].why}`);
  const records = await pickRecords(plan.url, accounts, toIsoDate(today), fiscalYear);
  const resolved = resolveTargets({ fiscalYear, accounts, records }, settings.only);
  const targets = filter ? resolved.targets.filter(filter) : resolved.targets;
  for (const { spec, reason } of resolved.noData) log(`no data for ${spec.id} (${spec.route}): ${reason}`);
  // The ceiling is measured twice; a slow page adds the time the server needs to settle after it.
  const minutes = ((targets.length + 1) * configs.length * (settings.duration + settings.warmup)) / 60;
  log(`${targets.length} pages × ${configs.length} mode(s): about ${Math.ceil(minutes + configs.length)} minutes`);
  const auditBefore = await countAuditRows(plan.url);
  const modes: ModeRun[] = [];
  for (const config of configs) modes.push(await measureMode(plan.url, config, targets, accounts, settings));
  const auditRowsAdded = (await countAuditRows(plan.url)) - auditBefore;
  log(`the run added ${auditRowsAdded} audit_log rows`);
  return {
    label: plan.label,
    startedAt,
    commit: settings.commit,
    machine,
    stats: plan.stats,
    accounts,
    duration: settings.duration,
    warmup: settings.warmup,
    modes,
    noData: filter ? resolved.noData.filter(({ spec }) => filter({ ...spec, path: "" })) : resolved.noData,
    auditRowsAdded,
  };
}

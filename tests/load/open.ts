import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { databaseName, readDatasetStats } from "../bench/database";
import { describeMachine } from "../bench/machine";
import { checkWrites, type WriteCheck } from "./consistency";
import { cpuBetween, type MemorySample, peakBetween, sampleGroups } from "./memory";
import { answersOf, runOpenLoop, type StepRun } from "./open-loop";
import { type MixShare, mixTable, type OpenReport, RECOVERY_DRAIN_SECONDS, stepTable } from "./open-report";
import type { OpenOptions } from "./options";
import type { PortalInstance } from "./portal";
import { percentile, planSteps, plannedSeconds, stepFigures } from "./schedule";
import { castFor, castPeople, log, measuredCommit, signInAll, withDatabase } from "./setup";
import { type Actions, makePageUsers, makeUsers, type Traffic } from "./traffic";

const NO_WRITES: WriteCheck = { acknowledged: 0, lost: 0, duplicated: 0, unacknowledgedPresent: 0, auditMismatches: 0, refusedByForm: 0 };

/** lib/platform/env.ts's default, which this run keeps. */
const MAX_REQUESTS_IN_FLIGHT = Number(process.env.MAX_REQUESTS_IN_FLIGHT ?? 16);

/**
 * The open-loop run: the rate stepped up past what the server serves, then down again. `page`:
 * that page alone instead of the mix (`--page`), on a server that may have served another first.
 */
export async function runOpen(o: OpenOptions, server: PortalInstance, actions: Actions, page: string | null = null): Promise<OpenReport> {
  const startedAt = new Date();
  const deathsBefore = server.serverDeaths();
  const machine = describeMachine();
  const fiscalYear = fiscalYearOf(tokyoDate());
  const stats = await readDatasetStats(o.databaseUrl, fiscalYear);
  const cast = await castFor(o.databaseUrl, o.users, 0);
  log(`signing in ${o.users} users…`);
  const cookies = await signInAll(server.baseUrl, castPeople(cast));
  const runId = startedAt.toISOString().slice(0, 19).replace(/\D/g, "");
  const traffic: Traffic = { outcomes: [], writes: [] };
  const users =
    page === null
      ? makeUsers(server.baseUrl, cast, cookies, actions, `${runId}-open`, traffic, fiscalYear, o.clickShare)
      : makePageUsers(server.baseUrl, [...cookies.values()], page, o.clickShare);

  const steps = planSteps(o);
  log(
    `open loop${page === null ? "" : ` on ${page} alone`}: ${steps.map((step) => `${step.rate}/s × ${step.seconds} s`).join(", ")} (${Math.round(plannedSeconds(steps) / 60)} min)`,
  );
  const origin = performance.now();
  const clock = () => performance.now() - origin;
  const memory = sampleGroups(() => [server.pid], clock);
  const runs = await runOpenLoop(users, steps, clock, (step) => log(`${step.kind} at ${step.rate} requests/s for ${step.seconds} s`));
  memory.stop();
  if (o.trace) {
    // One file a page: a page run after another would overwrite the first's.
    const file = page === null ? o.trace : o.trace.replace(/(\.\w+)?$/, (extension) => `-${page.replace(/\W+/g, "")}${extension}`);
    writeTrace(file, runs, memory.samples);
    log(`trace: ${file}`);
  }

  const results = runs.map((run) => {
    const figures = stepFigures(answersOf(run), run.step.seconds);
    const drained = run.startedAt + RECOVERY_DRAIN_SECONDS * 1000;
    const settled =
      run.step.kind === "recovery" && run.step.seconds > RECOVERY_DRAIN_SECONDS
        ? stepFigures(answersOf({ ...run, requests: run.requests.filter((request) => request.at >= drained) }), run.step.seconds - RECOVERY_DRAIN_SECONDS)
        : undefined;
    // A request counts for the step that sent it; its memory and CPU are what the step's load
    // caused, up to when the next step began.
    const cpu = cpuBetween(memory.samples, run.startedAt, run.endedAt, run.requests.length, machine.cpus);
    return {
      step: run.step,
      figures,
      memory: peakBetween(memory.samples, run.startedAt, run.endedAt),
      lateP95: percentile(
        run.requests.map((request) => request.lateMs).sort((a, b) => a - b),
        95,
      ),
      ...(settled ? { settled } : {}),
      ...(cpu ? { cpu } : {}),
    };
  });
  for (const line of stepTable(results)) console.log(line);
  // One page alone has no mix to break down, no writes and no probes.
  const mix = page === null ? mixOf(runs.find((run) => run.step.kind === "step")) : undefined;
  if (mix) for (const line of mixTable(mix)) console.log(line);
  const probes = runs.flatMap((run) => run.requests).filter((request) => request.kind === "probe");
  for (const probe of probes.filter((request) => request.leaked)) log(`out-of-scope ${probe.role} ${probe.what} answered ${probe.status}`);
  const writes = page === null ? await withDatabase(o.databaseUrl, (client) => checkWrites(client, traffic.writes)) : NO_WRITES;
  const serverDeaths = server.serverDeaths() - deathsBefore;
  if (serverDeaths > 0 || !server.alive()) log(`a server process ended; the instance's last lines:\n${server.tail()}`);

  return {
    startedAt,
    commit: measuredCommit(),
    machine,
    database: databaseName(o.databaseUrl),
    staff: stats.activeEmployees,
    users: users.length,
    page,
    clickShare: o.clickShare,
    // The launcher's default unless --workers: one server process per core.
    serverProcesses: o.workers ?? availableParallelism(),
    maxInFlight: MAX_REQUESTS_IN_FLIGHT,
    steps: results,
    ...(mix ? { mix } : {}),
    writes,
    probes: probes.length,
    leaked: probes.filter((request) => request.leaked).length,
    serverDeaths,
    launcherAlive: server.alive(),
  };
}

/**
 * `--trace`: every request (when it was sent, its step's rate, who, what, the status and ms) and
 * every sample of the portal's memory and CPU and PostgreSQL's CPU, one JSON object a line in the
 * order of the run's clock, so that a burst of 503s can be set beside what the machine was doing.
 * CPU is cumulative: an interval's use is the difference between two samples.
 */
function writeTrace(file: string, runs: StepRun[], samples: MemorySample[]): void {
  const requests = runs.flatMap((run) =>
    run.requests.map(({ at, lateMs, kind, role, what, status, ms, error }) => ({
      type: "request",
      at: Math.round(at),
      rate: run.step.rate,
      step: run.step.kind,
      role,
      kind,
      what,
      status,
      ms: Math.round(ms),
      lateMs: Math.round(lateMs),
      ...(error ? { error } : {}),
    })),
  );
  const lines = [...requests, ...samples.map((sample) => ({ type: "sample", ...sample, at: Math.round(sample.at) }))].sort((a, b) => a.at - b.at);
  writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
}

/** Each kind of request of a step (role, kind, page with its ids as :id), with its timings, slowest p50 first. */
function mixOf(run: StepRun | undefined): MixShare[] {
  const groups = new Map<string, { role: string; kind: string; what: string; ms: number[] }>();
  for (const request of run?.requests ?? []) {
    const key = `${request.role} ${request.kind} ${request.what}`;
    const group = groups.get(key) ?? { role: request.role, kind: request.kind, what: request.what, ms: [] };
    group.ms.push(request.ms);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ ms, ...group }) => {
      const sorted = ms.sort((a, b) => a - b);
      return { ...group, count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
    })
    .sort((a, b) => b.p50 - a.p50);
}

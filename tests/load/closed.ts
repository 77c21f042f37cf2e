import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { databaseName, readDatasetStats } from "../bench/database";
import { describeMachine } from "../bench/machine";
import { runApprovalRounds } from "./approvals";
import { checkRounds, checkWrites } from "./consistency";
import type { ClosedOptions } from "./options";
import type { PortalInstance } from "./portal";
import { markdown, type PhaseSummary, type RunReport, summarise } from "./report";
import { castFor, castPeople, log, measuredCommit, signInAll, withDatabase } from "./setup";
import { type Actions, makeUsers, runUsers, type Traffic } from "./traffic";

/**
 * The closed-loop run: users who wait for each answer and think before the next step, with
 * PostgreSQL restarted half-way through the second phase, then the double approvals.
 */

function run(command: string): Promise<void> {
  return new Promise((resolve, reject) => execFile("/bin/sh", ["-c", command], (error) => (error ? reject(error) : resolve())));
}

/** Whether PostgreSQL accepts a connection and answers a query now. */
async function databaseUp(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function runClosed(o: ClosedOptions, server: PortalInstance, actions: Actions): Promise<{ report: RunReport; body: string }> {
  const startedAt = new Date();
  const machine = describeMachine();
  const fiscalYear = fiscalYearOf(tokyoDate());
  const stats = await readDatasetStats(o.databaseUrl, fiscalYear);
  const cast = await castFor(o.databaseUrl, o.users, o.rounds);
  log(`signing in ${o.users} users and ${o.rounds * 2} approvers…`);
  const cookies = await signInAll(server.baseUrl, castPeople(cast));
  const runId = startedAt.toISOString().slice(0, 19).replace(/\D/g, "");

  const phases: PhaseSummary[] = [];
  const loadPhase = async (name: string, withRestart: boolean) => {
    const traffic: Traffic = { outcomes: [], writes: [] };
    const users = makeUsers(server.baseUrl, cast, cookies, actions, `${runId}-${phases.length + 1}`, traffic, fiscalYear, o.clickShare);
    const began = Date.now();
    log(`${name}: ${users.length} users for ${o.duration} s${withRestart ? ", PostgreSQL restarted half-way" : ""}`);
    let window: PhaseSummary["restart"];
    const restart = async () => {
      await sleep((o.duration * 1000) / 2);
      const startedRestart = Date.now() - began;
      log(`${name}: restarting PostgreSQL (${o.restart})`);
      await run(o.restart!);
      // Back when it answers a query (the restart command may return earlier or later).
      while (!(await databaseUp(o.databaseUrl))) await sleep(100);
      const back = Date.now() - began;
      log(`${name}: PostgreSQL back after ${((back - startedRestart) / 1000).toFixed(1)} s`);
      window = { startedAt: startedRestart, databaseBackAt: back, servingAgainAt: null, windowEnd: back + 10_000 };
    };
    await Promise.all([runUsers(users, o.duration * 1000, o.think, traffic, began), withRestart ? restart() : Promise.resolve()]);
    if (window) {
      const back = window.databaseBackAt;
      // The first page that read the database and answered after it was back.
      const served = traffic.outcomes
        .filter((outcome) => outcome.kind !== "probe" && outcome.status === 200 && outcome.at + outcome.ms >= back)
        .map((outcome) => outcome.at + outcome.ms);
      window.servingAgainAt = served.length > 0 ? Math.min(...served) : null;
    }
    const writes = await withDatabase(o.databaseUrl, (client) => checkWrites(client, traffic.writes));
    const summary = summarise(name, o.duration, users.length, traffic.outcomes, writes, window);
    for (const outcome of traffic.outcomes.filter((item) => item.leaked))
      log(`${name}: out-of-scope ${outcome.role} ${outcome.what} answered ${outcome.status}`);
    log(`${name}: ${summary.requests} requests, ${JSON.stringify(summary.byStatus)}, p95 ${summary.p95.toFixed(0)} ms, writes ${JSON.stringify(writes)}`);
    phases.push(summary);
  };

  await loadPhase("steady load", false);
  if (o.restart) await loadPhase("load with a PostgreSQL restart", true);

  log(`${o.rounds} approval rounds…`);
  const roundsStarted = new Date();
  const results = await runApprovalRounds(server.baseUrl, cast.rounds, cookies, actions.reviewPlan);
  const rounds = await withDatabase(o.databaseUrl, (client) => checkRounds(client, cast.rounds, results, roundsStarted));

  const report: RunReport = {
    startedAt,
    commit: measuredCommit(),
    machine,
    database: databaseName(o.databaseUrl),
    staff: stats.activeEmployees,
    thinkMs: o.think,
    // The launcher's default unless --workers: one server process per core.
    serverProcesses: o.workers ?? availableParallelism(),
    phases,
    rounds: { ...rounds, other: results.reduce((sum, result) => sum + result.other, 0) },
    serverSurvived: server.alive() && server.serverDeaths() === 0,
  };
  if (!report.serverSurvived) log(`a server process or the launcher ended; its last lines:\n${server.tail()}`);
  return { report, body: markdown(report) };
}

/**
 * `npm run load`: 100 signed-in users of every role against a production build on the city
 * dataset, with reads, writes and scope probes; the same again with PostgreSQL restarted in
 * the middle; then 50 rounds of two supervisors approving one plan at once (issue 8). Each
 * phase ends with a consistency check against the database. Results: tests/load/RESULTS.md.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hagukumi_city npm run load
 *
 * Options (`npm run load -- --help`):
 *   --duration <s>           seconds of each load phase (default 120)
 *   --users <n>              concurrent users (default 100: 70 employees, 16 supervisors, 8 bureau
 *                            coordinators, 6 HR; scaled for other numbers)
 *   --think <min-max>        think time between a user's requests, in ms (default 5000-15000:
 *                            reading a page or filling a form; 100 users then offer about
 *                            10 requests/s, within what this 2-core machine serves)
 *   --rounds <n>             approval rounds (default 50)
 *   --restart-command <cmd>  how to restart PostgreSQL (default: pg_ctlcluster, fast mode, for
 *                            the Debian cluster on this machine); --no-restart skips that phase
 *   --no-build               serve the existing .next build
 *   --no-write               print only
 *
 * It writes to the database: training records and plan comments marked 負荷試験 <run id>, and
 * the approval rounds approve submitted plans (`npm run dataset:load -- --replace` restores it).
 * The restart needs the right to restart the server (root, or the postgres user, here).
 * Exit status 0 when every check passes, 2 when one fails, 1 on an error.
 */
import { execFile } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { toIsoDate, tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { databaseName, readDatasetStats } from "../bench/database";
import { describeMachine, gitCommit } from "../bench/machine";
import { ROOT } from "../bench/options";
import { buildApp, findFreePort, startServer } from "../bench/server";
import { signIn } from "../bench/sign-in";
import { runApprovalRounds } from "./approvals";
import { pickCast, type Person } from "./cast";
import { checkRounds, checkWrites } from "./consistency";
import { markdown, type PhaseSummary, type RunReport, summarise, verdicts } from "./report";
import { actionId, readActionIds } from "./server-actions";
import { type Actions, makeUsers, runUsers, type Traffic } from "./traffic";

const log = (line: string) => console.log(`[load] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "120" },
      users: { type: "string", default: "100" },
      think: { type: "string", default: "5000-15000" },
      rounds: { type: "string", default: "50" },
      "restart-command": { type: "string" },
      "no-restart": { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
      "no-write": { type: "boolean", default: false },
      "database-url": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("npm run load -- [--duration s] [--users n] [--think min-max] [--rounds n] [--restart-command cmd | --no-restart] [--no-build] [--no-write] [--database-url url]");
    process.exit(0);
  }
  const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("set DATABASE_URL (or --database-url) to the city dataset's database; the restart phase restarts that server");
  const think = /^(\d+)-(\d+)$/.exec(values.think);
  if (!think) throw new Error("--think takes min-max in ms, such as 1000-4000");
  const version = readdirSync("/etc/postgresql", { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
  return {
    databaseUrl,
    duration: Number(values.duration),
    users: Number(values.users),
    think: [Number(think[1]), Number(think[2])] as [number, number],
    rounds: Number(values.rounds),
    restart: values["no-restart"] ? null : (values["restart-command"] ?? (version ? `pg_ctlcluster --skip-systemctl-redirect -m fast ${version} main restart` : null)),
    build: !values["no-build"],
    write: !values["no-write"],
  };
}

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

async function signInAll(baseUrl: string, people: Person[]): Promise<Map<number, string>> {
  const cookies = new Map<number, string>();
  const queue = [...new Map(people.map((person) => [person.employeeId, person])).values()];
  // A few at a time: each sign-in verifies an argon2 hash, which is meant to be slow.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let person = queue.shift(); person; person = queue.shift()) cookies.set(person.employeeId, await signIn(baseUrl, person.staffNumber));
    }),
  );
  return cookies;
}

async function main(): Promise<number> {
  const o = options();
  const startedAt = new Date();
  const machine = describeMachine();
  const fiscalYear = fiscalYearOf(tokyoDate());
  const stats = await readDatasetStats(o.databaseUrl, fiscalYear);
  log(`database ${stats.database}: ${stats.activeEmployees} active staff`);

  if (o.build) await buildApp(o.databaseUrl, log);
  const ids = readActionIds();
  const actions: Actions = {
    createTraining: actionId(ids, "app/(portal)/me/records/actions.ts", "createTrainingAction"),
    reviewPlan: actionId(ids, "app/(portal)/plans/[planId]/actions.ts", "reviewPlanAction"),
  };
  // One server process, as the figures in tests/load/RESULTS.md were measured with `next start`.
  const server = await startServer(o.databaseUrl, { port: await findFreePort(3400), workers: 1, node: process.execPath });
  log(`serving on ${server.baseUrl} (pid ${server.pid})`);
  const alive = () => {
    try {
      process.kill(server.pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  try {
    const share = (part: number) => Math.max(1, Math.round((o.users * part) / 100));
    const sizes = { employees: o.users - share(16) - share(8) - share(6), supervisors: share(16), coordinators: share(8), hr: share(6), rounds: o.rounds };
    const client = new pg.Client({ connectionString: o.databaseUrl });
    await client.connect();
    const cast = await pickCast(client, toIsoDate(tokyoDate()), fiscalYear, sizes);
    await client.end();
    log(`signing in ${o.users} users and ${o.rounds * 2} approvers…`);
    const cookies = await signInAll(server.baseUrl, [...cast.employees, ...cast.supervisors, ...cast.coordinators, ...cast.hr, ...cast.rounds.flatMap((round) => [round.first, round.second])]);
    const runId = startedAt.toISOString().slice(0, 19).replace(/\D/g, "");

    const phases: PhaseSummary[] = [];
    const loadPhase = async (name: string, withRestart: boolean) => {
      const traffic: Traffic = { outcomes: [], writes: [] };
      const users = makeUsers(server.baseUrl, cast, cookies, actions, `${runId}-${phases.length + 1}`, traffic, fiscalYear);
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
        const served = traffic.outcomes.filter((outcome) => outcome.kind !== "probe" && outcome.status === 200 && outcome.at + outcome.ms >= back).map((outcome) => outcome.at + outcome.ms);
        window.servingAgainAt = served.length > 0 ? Math.min(...served) : null;
      }
      const checker = new pg.Client({ connectionString: o.databaseUrl });
      await checker.connect();
      const writes = await checkWrites(checker, traffic.writes);
      await checker.end();
      const summary = summarise(name, o.duration, users.length, traffic.outcomes, writes, window);
      for (const outcome of traffic.outcomes.filter((item) => item.leaked)) log(`${name}: out-of-scope ${outcome.role} ${outcome.what} answered ${outcome.status}`);
      log(`${name}: ${summary.requests} requests, ${JSON.stringify(summary.byStatus)}, p95 ${summary.p95.toFixed(0)} ms, writes ${JSON.stringify(writes)}`);
      phases.push(summary);
    };

    await loadPhase("steady load", false);
    if (o.restart) await loadPhase("load with a PostgreSQL restart", true);

    log(`${o.rounds} approval rounds…`);
    const roundsStarted = new Date();
    const results = await runApprovalRounds(server.baseUrl, cast.rounds, cookies, actions.reviewPlan);
    const checker = new pg.Client({ connectionString: o.databaseUrl });
    await checker.connect();
    const rounds = await checkRounds(checker, cast.rounds, results, roundsStarted);
    await checker.end();

    const report: RunReport = {
      startedAt,
      commit: gitCommit(),
      machine,
      database: databaseName(o.databaseUrl),
      staff: stats.activeEmployees,
      thinkMs: o.think,
      phases,
      rounds: { ...rounds, other: results.reduce((sum, result) => sum + result.other, 0) },
      serverSurvived: alive(),
    };
    if (!report.serverSurvived) log(`the server exited; its last lines:\n${server.tail()}`);
    const checks = verdicts(report);
    for (const check of checks) console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.label}: ${check.measured}`);
    if (o.write) {
      writeFileSync(path.join(ROOT, "tests/load/RESULTS.md"), markdown(report));
      log("results written to tests/load/RESULTS.md");
    }
    return checks.every((check) => check.pass) ? 0 : 2;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[load] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

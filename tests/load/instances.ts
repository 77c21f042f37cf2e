import { setTimeout as sleep } from "node:timers/promises";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { databaseName, readDatasetStats } from "../bench/database";
import { describeMachine } from "../bench/machine";
import { signIn } from "../bench/sign-in";
import { findFreePort } from "../bench/server";
import { checkWrites } from "./consistency";
import { type Balancer, startBalancer } from "./haproxy";
import { checkFigureCacheShared, checkSessionsAcross, checkThrottleAcross, countFigureCache, SIGN_IN_THROTTLE } from "./instance-checks";
import { aroundKill, instancesMarkdown, type InstancesReport, instancesVerdicts, type KillWindow, timeline, timelineTable } from "./instances-report";
import { checkJobs, countMonthlyRaisedSince, jobsLogCounts, prepareJobs, removeMonthlyReminders } from "./jobs-check";
import { answersOf, expectedStatus, runOpenLoop } from "./open-loop";
import type { InstancesOptions } from "./options";
import { type PortalInstance, startPortal } from "./portal";
import { writeSection } from "./results-file";
import { builtActions, castFor, castPeople, log, measuredCommit, signInAll, withDatabase } from "./setup";
import { makeUsers, type Traffic } from "./traffic";

/**
 * Several instances of the portal behind HAProxy, one of them killed half-way: the run that
 * shows nothing the portal needs lives in a server process.
 */

/** Often, so that every instance's jobs run several rounds within the run. */
const JOB_INTERVAL_SECONDS = 10;

/** Polls HAProxy until it reports `name` DOWN; resolves with the run clock's time then, or null. */
async function waitUntilDown(balancer: Balancer, name: string, clock: () => number, timeoutMs = 30_000): Promise<number | null> {
  const deadline = clock() + timeoutMs;
  while (clock() < deadline) {
    const servers = await balancer.stats().catch(() => []);
    if (servers.find((server) => server.name === name)?.status.startsWith("DOWN")) return clock();
    await sleep(100);
  }
  return null;
}

export async function runInstances(o: InstancesOptions, resultsFile: string): Promise<number> {
  const startedAt = new Date();
  const machine = describeMachine();
  const fiscalYear = fiscalYearOf(tokyoDate());
  const stats = await readDatasetStats(o.databaseUrl, fiscalYear);
  const actions = builtActions();
  const cast = await castFor(o.databaseUrl, o.users, 0);
  const jobsMark = await withDatabase(o.databaseUrl, prepareJobs);
  log(`removed ${jobsMark.removed} unread monthly reminders for the jobs to raise again`);

  const ports: number[] = [];
  for (let index = 0; index <= o.instances; index += 1) ports.push(await findFreePort((ports.at(-1) ?? 3399) + 1));
  const statsPort = await findFreePort(ports.at(-1)! + 1);
  const names = Array.from({ length: o.instances }, (_, index) => `instance-${String.fromCharCode(97 + index)}`);
  // Started together, so that their jobs' first rounds race for the same reminders. Behind the
  // one HAProxy, which appends the client to X-Forwarded-For: one trusted hop.
  const instances: PortalInstance[] = await Promise.all(
    names.map((name, index) =>
      startPortal({
        name,
        databaseUrl: o.databaseUrl,
        port: ports[index]!,
        workers: 1,
        jobs: true,
        env: { JOB_INTERVAL_SECONDS: String(JOB_INTERVAL_SECONDS), TRUSTED_PROXY_HOPS: "1" },
      }),
    ),
  );
  let balancer: Balancer | undefined;
  try {
    balancer = await startBalancer({
      port: ports[o.instances]!,
      statsPort,
      backends: instances.map((instance, index) => ({ name: instance.name, port: ports[index]! })),
    });
    log(`${instances.map((instance) => `${instance.name} ${instance.baseUrl}`).join(", ")}; HAProxy ${balancer.baseUrl}`);

    const sessions = await checkSessionsAcross(instances, cast.employees[0]!.staffNumber);
    const hr = cast.hr[0]!;
    const figureCache = await withDatabase(o.databaseUrl, async (client) =>
      checkFigureCacheShared(client, instances, await signIn(instances[0]!.baseUrl, hr.staffNumber), `/city?fy=${fiscalYear}`),
    );
    const throttle = await withDatabase(o.databaseUrl, (client) =>
      checkThrottleAcross(client, instances, SIGN_IN_THROTTLE.maxFailuresPerAccount, SIGN_IN_THROTTLE.windowMinutes),
    );
    log(`sessions ${JSON.stringify(sessions)}; figure cache ${JSON.stringify(figureCache)}; throttle ${JSON.stringify(throttle)}`);

    log(`signing in ${o.users} users through HAProxy…`);
    const cookies = await signInAll(balancer.baseUrl, castPeople(cast));
    const traffic: Traffic = { outcomes: [], writes: [] };
    const runId = startedAt.toISOString().slice(0, 19).replace(/\D/g, "");
    const users = makeUsers(balancer.baseUrl, cast, cookies, actions, `${runId}-instances`, traffic, fiscalYear, o.clickShare);

    // Killed: the instance whose jobs have raised the most reminders, so that what the jobs do
    // after the kill is the others' work.
    let victim = instances.at(-1)!;
    let afterKill = { removed: 0, notificationId: 0 };
    const origin = performance.now();
    const clock = () => performance.now() - origin;
    const kill: KillWindow = { killedAt: 0, markedDownAt: null };
    let shares: { name: string; total: number }[] = [];
    const killHalfWay = async () => {
      await sleep((o.duration * 1000) / 2);
      shares = (await balancer!.stats()).map((server) => ({ name: server.name, total: server.total }));
      victim = instances.reduce(
        (most, instance) => (jobsLogCounts(instance.lines()).reminders > jobsLogCounts(most.lines()).reminders ? instance : most),
        victim,
      );
      kill.killedAt = clock();
      victim.kill();
      log(`killed ${victim.name} (SIGKILL to process group ${victim.pid}) at ${(kill.killedAt / 1000).toFixed(1)} s`);
      kill.markedDownAt = await waitUntilDown(balancer!, victim.name, clock);
      log(`HAProxy marked ${victim.name} down ${kill.markedDownAt === null ? "never" : `after ${((kill.markedDownAt - kill.killedAt) / 1000).toFixed(1)} s`}`);
      afterKill = await withDatabase(o.databaseUrl, removeMonthlyReminders);
      log(`removed ${afterKill.removed} monthly reminders again, for the survivors' jobs to raise`);
    };
    log(`open loop through HAProxy: ${o.rate} requests/s for ${o.duration} s, one instance killed half-way`);
    const [runs] = await Promise.all([runOpenLoop(users, [{ kind: "step", rate: o.rate, seconds: o.duration }], clock), killHalfWay()]);
    const requests = runs.flatMap((run) => run.requests);
    const answers = runs.flatMap((run) => answersOf(run).map((answer, index) => ({ ...answer, at: run.requests[index]!.at })));
    const around = aroundKill(answers, kill);
    const unexpected: Record<string, number> = {};
    for (const answer of answers.filter((a) => a.status !== a.expected)) unexpected[answer.status] = (unexpected[answer.status] ?? 0) + 1;
    log(`answers other than expected, by status (0: no answer): ${JSON.stringify(unexpected)}`);
    const down = kill.markedDownAt ?? Number.POSITIVE_INFINITY;
    for (const request of requests.filter((r) => r.at >= down && r.status !== expectedStatus(r) && r.status !== 503)) {
      log(
        `after the instance was marked down: ${request.role} ${request.what} sent at ${(request.at / 1000).toFixed(1)} s answered ${request.status}${request.error ? ` (${request.error})` : ""} after ${request.ms.toFixed(0)} ms`,
      );
    }

    // The jobs of the survivors get one more round in, after the load.
    await sleep(JOB_INTERVAL_SECONDS * 1000);
    const checked = await withDatabase(o.databaseUrl, async (client) => ({
      writes: await checkWrites(client, traffic.writes),
      jobs: await checkJobs(
        client,
        jobsMark,
        instances.map((instance) => ({ name: instance.name, lines: instance.lines() })),
        traffic.writes.filter((write) => write.kind === "comment").map((write) => write.marker),
      ),
      cache: await countFigureCache(client),
      raisedAfterKill: await countMonthlyRaisedSince(client, afterKill.notificationId),
    }));
    const probes = requests.filter((request) => request.kind === "probe");
    const survivors = instances.filter((instance) => instance !== victim);
    const report: InstancesReport = {
      startedAt,
      commit: measuredCommit(),
      machine,
      database: databaseName(o.databaseUrl),
      staff: stats.activeEmployees,
      users: users.length,
      clickShare: o.clickShare,
      instances: names,
      killed: victim.name,
      rate: o.rate,
      seconds: o.duration,
      shares,
      kill,
      around,
      timeline: timeline(answers, 5_000),
      sessions,
      figureCache: { ...figureCache, ...checked.cache },
      throttle,
      jobs: { ...checked.jobs, afterKill: { removed: afterKill.removed, raised: checked.raisedAfterKill } },
      writes: checked.writes,
      probes: probes.length,
      leaked: probes.filter((probe) => probe.leaked).length,
      survivorsHealthy: survivors.every((instance) => instance.alive() && instance.serverDeaths() === 0),
    };
    for (const line of timelineTable(report)) console.log(line);
    const checks = instancesVerdicts(report);
    for (const check of checks) console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.label}: ${check.measured}`);
    if (!report.survivorsHealthy) for (const instance of survivors) log(`${instance.name}'s last lines:\n${instance.tail()}`);
    if (o.write) writeSection(resultsFile, "instances", instancesMarkdown(report));
    return checks.every((check) => check.pass) ? 0 : 2;
  } finally {
    balancer?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

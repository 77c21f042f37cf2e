import type { Machine } from "../bench/machine";
import { tokyoTimestamp } from "../bench/report";
import type { WriteCheck } from "./consistency";
import type { FigureCacheCheck, SessionCheck, ThrottleCheck } from "./instance-checks";
import type { JobsCheck } from "./jobs-check";
import type { Verdict } from "./report";
import { percentile } from "./schedule";

/** The several-instances run: what happened around the kill, the checks, the section. */

export interface TimedAnswer {
  /** sent, ms since the load began */
  at: number;
  ms: number;
  status: number;
  expected: number;
}

export interface KillWindow {
  killedAt: number;
  /** when HAProxy's stats first showed the killed instance DOWN (null: never seen) */
  markedDownAt: number | null;
}

/**
 * `failed`: answered neither as expected nor with a 503 (another status, such as HAProxy's 502
 * for a request the dead instance was rendering, a reset, a timeout). `refused503`: the overload
 * gate's answer, counted apart as in the open-loop steps: it is the portal saying "too busy",
 * not a request lost.
 */
interface Counts {
  sent: number;
  failed: number;
  refused503: number;
}

export interface AroundKill {
  before: Counts & { p95: number };
  /** sent before the kill, still unanswered when it came */
  inFlight: Counts;
  /** sent between the kill and HAProxy marking the instance down */
  beforeDown: Counts;
  afterDown: Counts & { served: number; p95: number };
}

const isFailure = (answer: TimedAnswer) => answer.status !== answer.expected && answer.status !== 503;

export function aroundKill(answers: TimedAnswer[], window: KillWindow): AroundKill {
  const down = window.markedDownAt ?? Number.POSITIVE_INFINITY;
  const p95 = (list: TimedAnswer[]) =>
    percentile(
      list
        .filter((a) => a.status === 200)
        .map((a) => a.ms)
        .sort((x, y) => x - y),
      95,
    );
  const before = answers.filter((a) => a.at + a.ms < window.killedAt);
  const inFlight = answers.filter((a) => a.at < window.killedAt && a.at + a.ms >= window.killedAt);
  const beforeDown = answers.filter((a) => a.at >= window.killedAt && a.at < down);
  const afterDown = answers.filter((a) => a.at >= down);
  const counts = (list: TimedAnswer[]): Counts => ({
    sent: list.length,
    failed: list.filter(isFailure).length,
    refused503: list.filter((a) => a.status === 503).length,
  });
  return {
    before: { ...counts(before), p95: p95(before) },
    inFlight: counts(inFlight),
    beforeDown: counts(beforeDown),
    afterDown: { ...counts(afterDown), served: afterDown.filter((a) => a.status === a.expected).length, p95: p95(afterDown) },
  };
}

/** Answers per `bucketMs` of sending time: how the load went on across the kill. */
export interface Bucket {
  from: number;
  sent: number;
  served: number;
  refused503: number;
  failed: number;
}

export function timeline(answers: TimedAnswer[], bucketMs: number): Bucket[] {
  const buckets: Bucket[] = [];
  for (const answer of answers) {
    const index = Math.floor(answer.at / bucketMs);
    for (let next = buckets.length; next <= index; next += 1) buckets.push({ from: next * bucketMs, sent: 0, served: 0, refused503: 0, failed: 0 });
    const bucket = buckets[index]!;
    bucket.sent += 1;
    if (answer.status === answer.expected) bucket.served += 1;
    else if (answer.status === 503) bucket.refused503 += 1;
    else bucket.failed += 1;
  }
  return buckets;
}

export interface InstancesReport {
  startedAt: Date;
  commit: string;
  machine: Machine;
  database: string;
  staff: number;
  users: number;
  /** of a user's pages after the first, the share reached by a link (a click) */
  clickShare: number;
  instances: string[];
  killed: string;
  rate: number;
  seconds: number;
  /** requests HAProxy had sent to each instance when the kill came */
  shares: { name: string; total: number }[];
  kill: KillWindow;
  around: AroundKill;
  timeline: Bucket[];
  sessions: SessionCheck[];
  figureCache: FigureCacheCheck & { rows: number; keys: number };
  throttle: ThrottleCheck;
  /** reminders removed after the kill, and how many of them the survivors' jobs raised again */
  jobs: JobsCheck & { afterKill: { removed: number; raised: number } };
  writes: WriteCheck;
  leaked: number;
  probes: number;
  survivorsHealthy: boolean;
}

const seconds = (ms: number | null) => (ms === null ? "never" : `${(ms / 1000).toFixed(1)} s`);

export function instancesVerdicts(r: InstancesReport): Verdict[] {
  const a = r.around;
  const t = r.throttle;
  const j = r.jobs;
  const raised = Object.values(j.raised).reduce((sum, count) => sum + count, 0);
  return [
    {
      label: "HAProxy sent requests to every instance (round robin)",
      pass: r.shares.every((share) => share.total > 0),
      measured: r.shares.map((share) => `${share.name} ${share.total}`).join(", "),
    },
    {
      label: "no failure before the kill (503s, the overload gate's answer, apart)",
      pass: a.before.failed === 0,
      measured: `${a.before.failed} of ${a.before.sent} (${a.before.refused503} 503s)`,
    },
    {
      label: "HAProxy's health check took the killed instance out",
      pass: r.kill.markedDownAt !== null,
      measured: r.kill.markedDownAt === null ? "never" : `after ${seconds(r.kill.markedDownAt - r.kill.killedAt)}`,
    },
    {
      label: "failures only among requests in flight at the kill or sent before it was marked down",
      pass: a.afterDown.failed === 0,
      measured: `${a.inFlight.failed} of ${a.inFlight.sent} in flight, ${a.beforeDown.failed} of ${a.beforeDown.sent} sent before marked down, ${a.afterDown.failed} of ${a.afterDown.sent} after`,
    },
    {
      label: "the other instance kept serving after the kill",
      pass: a.afterDown.served > 0 && r.survivorsHealthy,
      measured: `${a.afterDown.served} of ${a.afterDown.sent} answered as expected (${a.afterDown.refused503} 503s), p95 ${a.afterDown.p95.toFixed(0)} ms`,
    },
    {
      label: "a session made on one instance is good on the other",
      pass: r.sessions.every((s) => s.status === 200),
      measured: r.sessions.map((s) => `${s.signedInOn}→${s.readOn} ${s.status}`).join(", "),
    },
    {
      label: "the figure cache is shared: the other instance read the rows the first stored",
      pass: r.figureCache.statuses.every((s) => s === 200) && r.figureCache.computedByFirst > 0 && r.figureCache.recomputedByOthers === 0,
      measured: `pages ${r.figureCache.statuses.join(", ")}; ${r.figureCache.computedByFirst} rows stored by the first, ${r.figureCache.recomputedByOthers} recomputed; after the run ${r.figureCache.rows} rows for ${r.figureCache.keys} keys`,
    },
    {
      label: `the sign-in throttle counts across instances (${t.limit} failures, sent to each in turn)`,
      pass:
        t.acceptedBefore &&
        t.wrongRefused === t.limit &&
        t.refusedAfter.every((x) => x.refused) &&
        (t.audited["auth.sign-in-throttled"] ?? 0) === t.refusedAfter.length,
      measured: `right password before: ${t.acceptedBefore ? "accepted" : "refused"}; after: ${t.refusedAfter.map((x) => `${x.instance} ${x.refused ? "refused" : "ACCEPTED"}`).join(", ")}; audit ${JSON.stringify(t.audited)}`,
    },
    {
      label: "the jobs ran on every instance and wrote no reminder or digest twice",
      pass:
        j.byInstance.every((x) => x.started && x.failedRounds === 0) &&
        raised > 0 &&
        j.duplicateReminders === 0 &&
        j.duplicateDigests === 0 &&
        j.misaddressed === 0,
      measured:
        `${raised} reminders raised (${j.byInstance.map((x) => `${x.name} ${x.reminders}${x.failedRounds > 0 ? `, ${x.failedRounds} rounds failed` : ""}`).join("; ")}; ${j.removed} removed first), ` +
        `${j.duplicateReminders} doubled; ${j.digests} digests, ${j.duplicateDigests} doubled, ${j.misaddressed} misaddressed`,
    },
    {
      label: "the jobs went on without the killed instance (the reminders removed after the kill raised again)",
      pass: j.afterKill.removed > 0 && j.afterKill.raised === j.afterKill.removed,
      measured: `${j.afterKill.raised} of ${j.afterKill.removed} raised again by ${r.instances.filter((name) => name !== r.killed).join(", ")}`,
    },
    {
      label: "one notification per plan comment, written with it (none twice, none lost)",
      pass: j.comments === j.commentNotifications,
      measured: `${j.comments} comments written, ${j.commentNotifications} PLAN_COMMENTED notifications`,
    },
    { label: "no acknowledged write lost", pass: r.writes.lost === 0, measured: `${r.writes.lost} of ${r.writes.acknowledged}` },
    {
      label: "no write duplicated, one audit row each",
      pass: r.writes.duplicated + r.writes.auditMismatches === 0,
      measured: `${r.writes.duplicated} duplicated, ${r.writes.auditMismatches} audit mismatches (${r.writes.unacknowledgedPresent} written whose answer the kill lost)`,
    },
    {
      label: "no write refused by its form (each write really attempted)",
      pass: r.writes.refusedByForm === 0,
      measured: `${r.writes.refusedByForm} answered 200 without being done`,
    },
    { label: "no out-of-scope record served", pass: r.leaked === 0, measured: `${r.leaked} of ${r.probes} probes` },
  ];
}

export function timelineTable(r: InstancesReport): string[] {
  const mark = (from: number, to: number) =>
    [
      r.kill.killedAt >= from && r.kill.killedAt < to ? "kill" : "",
      r.kill.markedDownAt !== null && r.kill.markedDownAt >= from && r.kill.markedDownAt < to ? "down" : "",
    ]
      .filter(Boolean)
      .join(", ");
  return [
    "| from s | sent | served | 503 | failed | event |",
    "| ---: | ---: | ---: | ---: | ---: | --- |",
    ...r.timeline.map((b, index) => {
      const to = r.timeline[index + 1]?.from ?? Number.POSITIVE_INFINITY;
      return `| ${(b.from / 1000).toFixed(0)} | ${b.sent} | ${b.served} | ${b.refused503} | ${b.failed} | ${mark(b.from, to)} |`;
    }),
  ];
}

export function instancesMarkdown(r: InstancesReport): string {
  const m = r.machine;
  const a = r.around;
  return [
    "## Several instances behind HAProxy, one killed",
    "",
    `\`npm run load -- --instances ${r.instances.length}\`: ${r.instances.length} \`npm run serve\` launchers (one server process each, the jobs on in every one) behind HAProxy (round robin, no stickiness, health checks on /signin every second, out after two failures). The users sign in through HAProxy; the open-loop mix runs through it at ${r.rate} requests/s for ${r.seconds} s, and half-way the whole process group of ${r.killed} (the instance whose jobs had raised the most reminders) is killed with SIGKILL; its monthly reminders are then removed again for the survivors' jobs to raise.`,
    "",
    `- Run ${tokyoTimestamp(r.startedAt)}, commit \`${r.commit}\``,
    `- Machine: ${m.cpu} × ${m.cpus} CPUs, ${m.ramGb} GB RAM; Node ${m.node}; load average ${m.loadAverage} when the run began (instances, HAProxy, PostgreSQL and the generator share the machine)`,
    `- Database \`${r.database}\`: ${r.staff.toLocaleString("en-US")} active staff; ${r.users} users, who reach ${Math.round(r.clickShare * 100)} % of their pages after the first by a link (a click: the page's server components, no HTML)`,
    `- Kill at ${seconds(r.kill.killedAt)}, marked down by HAProxy at ${seconds(r.kill.markedDownAt)}. Before the kill: ${a.before.sent} requests, ${a.before.failed} failed, ${a.before.refused503} 503s, p95 ${a.before.p95.toFixed(0)} ms. In flight at the kill: ${a.inFlight.sent}, ${a.inFlight.failed} failed. Sent before it was marked down: ${a.beforeDown.sent}, ${a.beforeDown.failed} failed. After: ${a.afterDown.sent}, ${a.afterDown.failed} failed, ${a.afterDown.refused503} 503s, p95 ${a.afterDown.p95.toFixed(0)} ms. Failed: any status but the expected one or a 503, a reset, a timeout (30 s).`,
    "",
    ...timelineTable(r),
    "",
    "| check | measured | result |",
    "| --- | --- | ---: |",
    ...instancesVerdicts(r).map((v) => `| ${v.label} | ${v.measured} | ${v.pass ? "PASS" : "**FAIL**"} |`),
  ].join("\n");
}

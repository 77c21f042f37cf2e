import type { Machine } from "../bench/machine";
import { tokyoTimestamp } from "../bench/report";
import type { RoundCheck, WriteCheck } from "./consistency";
import type { Outcome } from "./traffic";

/** The figures of one phase, the pass criteria, and the file the run writes. */

export interface PhaseSummary {
  name: string;
  seconds: number;
  users: number;
  requests: number;
  byStatus: Record<string, number>;
  p50: number;
  p95: number;
  writes: WriteCheck;
  probes: number;
  leaked: number;
  /** 5xx or no answer outside the restart window (all of them when there was no restart) */
  failuresOutside: number;
  failuresInside: number;
  restart?: { startedAt: number; databaseBackAt: number; servingAgainAt: number | null; windowEnd: number };
}

export interface RunReport {
  startedAt: Date;
  commit: string;
  machine: Machine;
  database: string;
  staff: number;
  thinkMs: [number, number];
  serverProcesses: number;
  phases: PhaseSummary[];
  rounds: RoundCheck & { other: number };
  serverSurvived: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const statusClass = (status: number) => (status === 0 ? "no answer" : status === 404 ? "404" : `${Math.floor(status / 100)}xx`);
const failed = (outcome: Outcome) => outcome.status === 0 || outcome.status >= 500;

/** `window`: [from, to] in ms since the phase began; a request overlapping it is inside. */
export function summarise(
  name: string,
  seconds: number,
  users: number,
  outcomes: Outcome[],
  writes: WriteCheck,
  window?: PhaseSummary["restart"],
): PhaseSummary {
  const byStatus: Record<string, number> = {};
  for (const outcome of outcomes) byStatus[statusClass(outcome.status)] = (byStatus[statusClass(outcome.status)] ?? 0) + 1;
  const times = outcomes
    .filter((outcome) => !failed(outcome))
    .map((outcome) => outcome.ms)
    .sort((a, b) => a - b);
  const inside = (outcome: Outcome) => window !== undefined && outcome.at <= window.windowEnd && outcome.at + outcome.ms >= window.startedAt;
  const probes = outcomes.filter((outcome) => outcome.kind === "probe");
  return {
    name,
    seconds,
    users,
    requests: outcomes.length,
    byStatus,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    writes,
    probes: probes.length,
    leaked: probes.filter((outcome) => outcome.leaked).length,
    failuresOutside: outcomes.filter((outcome) => failed(outcome) && !inside(outcome)).length,
    failuresInside: outcomes.filter((outcome) => failed(outcome) && inside(outcome)).length,
    ...(window ? { restart: window } : {}),
  };
}

export interface Verdict {
  label: string;
  pass: boolean;
  measured: string;
}

export function verdicts(report: RunReport): Verdict[] {
  const list: Verdict[] = [];
  for (const phase of report.phases) {
    const w = phase.writes;
    list.push({
      label: `${phase.name}: no 5xx or unanswered request${phase.restart ? " outside the restart window" : ""}`,
      pass: phase.failuresOutside === 0,
      measured: String(phase.failuresOutside),
    });
    list.push({ label: `${phase.name}: no acknowledged write lost`, pass: w.lost === 0, measured: `${w.lost} of ${w.acknowledged}` });
    list.push({ label: `${phase.name}: no write duplicated`, pass: w.duplicated === 0, measured: String(w.duplicated) });
    list.push({
      label: `${phase.name}: nothing written that was not acknowledged`,
      pass: w.unacknowledgedPresent === 0,
      measured: String(w.unacknowledgedPresent),
    });
    list.push({ label: `${phase.name}: one audit row per write`, pass: w.auditMismatches === 0, measured: `${w.auditMismatches} mismatches` });
    list.push({
      label: `${phase.name}: no write refused by its form (each write really attempted)`,
      pass: w.refusedByForm === 0,
      measured: `${w.refusedByForm} answered 200 without being done`,
    });
    list.push({ label: `${phase.name}: no out-of-scope record served`, pass: phase.leaked === 0, measured: `${phase.leaked} of ${phase.probes} probes` });
    if (phase.restart) {
      const { databaseBackAt, servingAgainAt } = phase.restart;
      const seconds = servingAgainAt === null ? null : Math.max(0, servingAgainAt - databaseBackAt) / 1000;
      list.push({
        label: `${phase.name}: serving again within 10 s of the database's return`,
        pass: seconds !== null && seconds <= 10,
        measured: seconds === null ? "never" : `${seconds.toFixed(1)} s`,
      });
    }
  }
  list.push({
    label: "the server processes survived every phase (none ended or was forked again)",
    pass: report.serverSurvived,
    measured: report.serverSurvived ? "yes" : "no",
  });
  list.push({
    label: "approval rounds: exactly one of two approvals done, the other refused",
    pass: report.rounds.clean === report.rounds.rounds,
    measured: `${report.rounds.clean} of ${report.rounds.rounds}`,
  });
  list.push({
    label: "approval rounds: each plan approved once, with one event and one audit row",
    pass: report.rounds.inconsistent === 0,
    measured: `${report.rounds.inconsistent} inconsistent`,
  });
  return list;
}

export function phaseTable(phases: PhaseSummary[]): string[] {
  return [
    "| phase | seconds | users | requests | 2xx | 3xx | 404 | other 4xx | 5xx | no answer | p50 ms | p95 ms | writes acknowledged | probes |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...phases.map((p) => {
      const s = (key: string) => String(p.byStatus[key] ?? 0);
      return `| ${p.name} | ${p.seconds} | ${p.users} | ${p.requests} | ${s("2xx")} | ${s("3xx")} | ${s("404")} | ${s("4xx")} | ${s("5xx")} | ${s("no answer")} | ${p.p50.toFixed(0)} | ${p.p95.toFixed(0)} | ${p.writes.acknowledged} | ${p.probes} |`;
    }),
  ];
}

export function markdown(report: RunReport): string {
  const m = report.machine;
  const lines = [
    "## Closed-loop users, a PostgreSQL restart, double approvals",
    "",
    "`npm run load`: each user waits for an answer, then thinks before the next request.",
    "",
    `- Run ${tokyoTimestamp(report.startedAt)}, commit \`${report.commit}\``,
    `- Machine: ${m.cpu} × ${m.cpus} CPUs, ${m.ramGb} GB RAM; Node ${m.node}; load average ${m.loadAverage} when the run began (server, PostgreSQL and the load generator share the machine)`,
    `- Database \`${report.database}\`: ${report.staff.toLocaleString("en-US")} active staff (the city dataset); production build served by \`npm run serve\` (lib/platform/cli/serve.ts): ${report.serverProcesses} server processes, the jobs beside them`,
    `- Each user waits ${report.thinkMs[0] / 1000}–${report.thinkMs[1] / 1000} s between requests (reading a page, filling a form); requests time out after 30 s`,
    "",
    ...phaseTable(report.phases),
    "",
  ];
  for (const phase of report.phases.filter((p) => p.restart)) {
    const r = phase.restart!;
    lines.push(
      `Restart (${phase.name}): PostgreSQL restarted ${(r.startedAt / 1000).toFixed(1)} s into the phase and accepted connections again at ${(r.databaseBackAt / 1000).toFixed(1)} s; ` +
        `the portal served a page again at ${r.servingAgainAt === null ? "—" : `${(r.servingAgainAt / 1000).toFixed(1)} s`}; ` +
        `${phase.failuresInside} requests failed inside the window (restart → database back + 10 s), ${phase.failuresOutside} outside it.`,
      "",
    );
  }
  lines.push(
    `Approval rounds: ${report.rounds.rounds} rounds of two supervisors (the 係長 and the 課長 above) approving the same submitted plan at once: ${report.rounds.clean} with exactly one approval done and the other refused as changed, ${report.rounds.other} other answers, ${report.rounds.inconsistent} plans not approved exactly once.`,
    "",
    "| check | measured | result |",
    "| --- | --- | ---: |",
    ...verdicts(report).map((v) => `| ${v.label} | ${v.measured} | ${v.pass ? "PASS" : "**FAIL**"} |`),
    "",
  );
  return lines.join("\n");
}

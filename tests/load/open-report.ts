import type { Machine } from "../bench/machine";
import { tokyoTimestamp } from "../bench/report";
import type { WriteCheck } from "./consistency";
import type { CpuUse } from "./memory";
import type { Verdict } from "./report";
import { P95_BUDGET_MS, pickCapacity, servedCleanly, type Step, type StepFigures } from "./schedule";

/** The open-loop run's table, verdicts and RESULTS.md section. */

/** The mix the portal is meant to carry (issue 16). */
export const CAPACITY_GOAL = 100;

export interface StepResult {
  step: Step;
  figures: StepFigures;
  /** peaks over the step, across every process of the instance */
  memory: { largestMb: number; sumMb: number };
  /** the generator's own lateness against the timetable, p95 in ms */
  lateP95: number;
  /** the recovery step without its first RECOVERY_DRAIN_SECONDS: what the portal serves once the overload's queue has drained */
  settled?: StepFigures;
  /** the machine's busy share and the CPU a request cost, over the step */
  cpu?: CpuUse;
}

/**
 * When the offered load falls from the overload step, requests already queued in the server
 * (up to the gate's limit per process, each taking up to a second under overload) are still
 * being answered, and a request that meets a full gate in that moment gets the 503 it should.
 * Recovery is judged after this many seconds: the portal must then serve cleanly by itself.
 */
export const RECOVERY_DRAIN_SECONDS = 5;

/** One kind of request of the mix (role, page or write), as the first step (uncontended) served it. */
export interface MixShare {
  role: string;
  kind: string;
  what: string;
  count: number;
  p50: number;
  p95: number;
}

export interface OpenReport {
  startedAt: Date;
  commit: string;
  machine: Machine;
  database: string;
  staff: number;
  users: number;
  /** `--page`: the one page every request opened (null: the mix) */
  page: string | null;
  /** of a user's pages after the first, the share reached by a link (a click) */
  clickShare: number;
  serverProcesses: number;
  maxInFlight: number;
  steps: StepResult[];
  /** the mix at the lowest step, slowest first: where a capacity's time goes */
  mix?: MixShare[];
  writes: WriteCheck;
  probes: number;
  leaked: number;
  /** server processes the launcher reported ended (each forked again) */
  serverDeaths: number;
  launcherAlive: boolean;
}

/** What "served cleanly" means, as every capacity figure here is read. */
const CLEANLY = `the highest step with p95 under ${P95_BUDGET_MS} ms, no error and no 503`;

const STEP_NAMES: Record<Step["kind"], string> = { "warm-up": "warm-up", step: "step", recovery: "recovery" };

export function stepTable(steps: StepResult[]): string[] {
  const rows = steps.map((result) => {
    const f = result.figures;
    return [
      STEP_NAMES[result.step.kind],
      String(result.step.rate),
      String(result.step.seconds),
      f.offered.toFixed(1),
      f.achieved.toFixed(1),
      f.p50.toFixed(0),
      f.p95.toFixed(0),
      String(f.refused503),
      String(f.errors),
      String(result.memory.largestMb),
      String(result.memory.sumMb),
      result.lateP95.toFixed(0),
      result.cpu ? result.cpu.machineBusyPercent.toFixed(0) : "—",
      result.cpu ? result.cpu.portalMsPerRequest.toFixed(1) : "—",
      result.cpu ? result.cpu.postgresMsPerRequest.toFixed(1) : "—",
      result.step.kind === "warm-up" ? "—" : servedCleanly(f) ? "yes" : "no",
    ];
  });
  const head = [
    "step",
    "rate/s",
    "s",
    "offered/s",
    "achieved/s",
    "p50 ms",
    "p95 ms",
    "503",
    "errors",
    "largest MB",
    "sum MB",
    "late p95 ms",
    "busy %",
    "portal ms/req",
    "pg ms/req",
    "served",
  ];
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, index) => (index === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

export function openVerdicts(report: OpenReport): Verdict[] {
  const capacity = pickCapacity(report.steps);
  const judged = report.steps.filter((result) => result.step.kind !== "warm-up");
  const errors = judged.reduce((sum, result) => sum + result.figures.errors, 0);
  const recovery = report.steps.find((result) => result.step.kind === "recovery");
  const top = report.steps.filter((result) => result.step.kind === "step").at(-1);
  const w = report.writes;
  const measuredCapacity = capacity === null ? "no step" : `${capacity} requests/s`;
  // One page alone is a reference, not the budget: its capacity is reported, not judged.
  const capacityVerdict =
    report.page === null
      ? {
          label: `capacity (${CLEANLY}) at least ${CAPACITY_GOAL} requests/s`,
          pass: capacity !== null && capacity >= CAPACITY_GOAL,
          measured: measuredCapacity,
        }
      : {
          label: `${report.page} alone: ${CLEANLY} (a reference, not judged)`,
          pass: true,
          measured: measuredCapacity,
        };
  const mixVerdicts =
    report.page === null
      ? [
          { label: "no acknowledged write lost", pass: w.lost === 0, measured: `${w.lost} of ${w.acknowledged}` },
          {
            label: "no write duplicated, nothing written that was not acknowledged, one audit row each",
            pass: w.duplicated + w.unacknowledgedPresent + w.auditMismatches === 0,
            measured: `${w.duplicated} duplicated, ${w.unacknowledgedPresent} unacknowledged present, ${w.auditMismatches} audit mismatches`,
          },
          {
            label: "no write refused by its form (each write really attempted)",
            pass: w.refusedByForm === 0,
            measured: `${w.refusedByForm} answered 200 without being done`,
          },
          { label: "no out-of-scope record served", pass: report.leaked === 0, measured: `${report.leaked} of ${report.probes} probes` },
        ]
      : [];
  return [
    capacityVerdict,
    {
      label: "overload answered with 503, never an error, a timeout or a reset",
      pass: errors === 0,
      measured: `${errors} errors; ${top ? `${top.figures.refused503} 503s at ${top.step.rate}/s` : ""}`,
    },
    {
      label: "every server process survived (none ran out of memory, none was forked again)",
      pass: report.serverDeaths === 0 && report.launcherAlive,
      measured: `${report.serverDeaths} ended; largest process peaked at ${Math.max(...report.steps.map((result) => result.memory.largestMb))} MB`,
    },
    ...(recovery
      ? [
          {
            label: `served cleanly again within ${RECOVERY_DRAIN_SECONDS} s of the load falling (the recovery step after its first ${RECOVERY_DRAIN_SECONDS} s)`,
            pass: recovery.settled !== undefined && servedCleanly(recovery.settled),
            measured: recovery.settled
              ? `after ${RECOVERY_DRAIN_SECONDS} s: p95 ${recovery.settled.p95.toFixed(0)} ms, ${recovery.settled.refused503} 503s, ${recovery.settled.errors} errors; whole step: ${recovery.figures.refused503} 503s, ${recovery.figures.errors} errors`
              : "the step was too short to judge",
          },
        ]
      : []),
    ...mixVerdicts,
  ];
}

const LEGEND =
  "- offered: requests sent per second; achieved: answered as expected (200, a probe's 404) per second; p50/p95 of the 200 answers; errors: any other status, timeouts (30 s), resets; memory: resident peaks over the step, the largest process and the sum of all the instance's processes; late: the generator's own lag behind its timetable; busy: the whole machine's CPU over the step, all cores, the generator's included; portal and pg ms/req: the portal's processes' and PostgreSQL's CPU per request sent";

/** Where and on what a run measured: the lines under a section's heading. */
function runLines(report: OpenReport, reached: string): string[] {
  const m = report.machine;
  return [
    `- Run ${tokyoTimestamp(report.startedAt)}, commit \`${report.commit}\``,
    `- Machine: ${m.cpu} × ${m.cpus} CPUs, ${m.ramGb} GB RAM; Node ${m.node}; load average ${m.loadAverage} when the run began (server, PostgreSQL and the load generator share the machine)`,
    `- Database \`${report.database}\`: ${report.staff.toLocaleString("en-US")} active staff; ${report.users} signed-in users, ${reached}; \`npm run serve\` with ${report.serverProcesses} server processes (${report.maxInFlight} requests in flight each before 503) and the jobs`,
    LEGEND,
  ];
}

const verdictTable = (verdicts: Verdict[]) => [
  "| check | measured | result |",
  "| --- | --- | ---: |",
  ...verdicts.map((v) => `| ${v.label} | ${v.measured} | ${v.pass ? "PASS" : "**FAIL**"} |`),
];

export function openMarkdown(report: OpenReport): string {
  const capacity = pickCapacity(report.steps);
  return [
    "## Open-loop capacity steps",
    "",
    "`npm run load -- --open`: requests sent on a timetable whatever the answers (random moments, exactly the step's rate), each one step of a user picked at random from the closed loop's users, so the same mix of roles, pages, writes and scope probes.",
    "",
    ...runLines(
      report,
      `who reach ${Math.round(report.clickShare * 100)} % of their pages after the first by a link (a click: the page's server components, no HTML, as a browser's router asks; the rest, downloads and probes are whole requests)`,
    ),
    "",
    ...stepTable(report.steps),
    "",
    `Capacity: **${capacity === null ? "no step served cleanly" : `${capacity} requests/s`}** of the mix (${CLEANLY}; goal ${CAPACITY_GOAL}).`,
    "",
    ...verdictTable(openVerdicts(report)),
    ...(report.mix && report.mix.length > 0 ? ["", ...mixTable(report.mix)] : []),
  ].join("\n");
}

/**
 * `--page`: one page alone per run, on the same server one after the other. On the bench's
 * ceiling and floor this is what the stack serves on this machine before any page's own work:
 * the most the mix could reach.
 */
export function pagesMarkdown(reports: OpenReport[]): string {
  const first = reports[0];
  if (!first) return "";
  return [
    "## One page alone: what the stack serves",
    "",
    `\`npm run load -- --open --page ${reports.map((report) => report.page).join(",")}\`: the same open-loop steps as the mix's, every request the one page, reached as the mix reaches its pages. The ceiling (\`/bench-ceiling\`) touches neither the session nor the database; the floor (\`/bench-floor\`) is a signed-in page with nothing of its own (the layout, the actor, the menu). What they serve is the most any mix of real pages could.`,
    "",
    ...runLines(first, `who reach ${Math.round(first.clickShare * 100)} % of their requests after the first by a link`),
    ...reports.flatMap((report) => {
      const capacity = pickCapacity(report.steps);
      return [
        "",
        `### \`${report.page}\` alone`,
        "",
        ...stepTable(report.steps),
        "",
        `Served cleanly up to **${capacity === null ? "no step" : `${capacity} requests/s`}** (${CLEANLY}).`,
        "",
        ...verdictTable(openVerdicts(report)),
      ];
    }),
  ].join("\n");
}

/** The mix at the first step, by request kind: what each costs when nothing waits (ids as :id). */
export function mixTable(mix: MixShare[]): string[] {
  return [
    "The mix at the first step (nothing waiting), slowest p50 first:",
    "",
    "| role | request | kind | count | p50 ms | p95 ms |",
    "| --- | --- | --- | ---: | ---: | ---: |",
    ...mix.map((row) => `| ${row.role} | \`${row.what}\` | ${row.kind} | ${row.count} | ${row.p50.toFixed(0)} | ${row.p95.toFixed(0)} |`),
  ];
}

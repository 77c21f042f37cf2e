import type { Accounts } from "./accounts";
import type { DatasetStats } from "./database";
import type { Measurement } from "./load";
import type { Machine } from "./machine";
import type { MemoryPeak } from "./memory";
import type { Target } from "./targets";

export const CONNECTIONS = [1, 10] as const;
/** The concurrency the budgets are judged at. */
export const BUDGET_CONNECTIONS = 10;
const BUDGET = { core: 0.7, dashboard: 0.5, p95Ms: 300, memoryMb: 600 } as const;

export interface Row {
  target: Target;
  measurement: Measurement;
  /** the body's size in bytes when the page was verified */
  bytes: number;
}

export interface ScaleRun {
  label: string;
  startedAt: Date;
  commit: string;
  machine: Machine;
  stats: DatasetStats;
  accounts: Accounts;
  duration: number;
  warmup: number;
  rows: Row[];
  memory: MemoryPeak;
  auditRowsAdded: number;
}

export interface Check {
  budget: string;
  measured: string;
  pass: boolean;
}

const number = new Intl.NumberFormat("en-US");
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const percent = (ratio: number | null) => (ratio === null || !Number.isFinite(ratio) ? "–" : `${Math.round(ratio * 100)} %`);

export function tokyoTimestamp(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", dateStyle: "short", timeStyle: "short", hourCycle: "h23" }).format(date);
  return `${parts.replace(",", "")} JST`;
}

/** A target's throughput over the ceiling's at the same concurrency in the same run. */
export function ceilingRatio(run: ScaleRun, row: Row): number | null {
  const ceiling = run.rows.find((other) => other.target.budget === "ceiling" && other.measurement.connections === row.measurement.connections);
  if (!ceiling || ceiling.measurement.requestsPerSecond === 0) return null;
  return row.measurement.requestsPerSecond / ceiling.measurement.requestsPerSecond;
}

export function checkBudgets(run: ScaleRun): Check[] {
  const checks: Check[] = [];
  for (const row of run.rows) {
    const { target, measurement } = row;
    if (measurement.connections !== BUDGET_CONNECTIONS || (target.budget !== "core" && target.budget !== "dashboard")) continue;
    const floor = BUDGET[target.budget];
    const ratio = ceilingRatio(run, row);
    // A page slower than the whole measurement has no latency to show, only a failure.
    const none = `no answer within ${run.duration} s`;
    checks.push({ budget: `${target.label} ≥ ${floor * 100} % of ceiling`, measured: measurement.requests === 0 ? none : percent(ratio), pass: ratio !== null && ratio >= floor });
    checks.push({
      budget: `${target.label} p95 < ${BUDGET.p95Ms} ms`,
      measured: measurement.requests === 0 ? none : `${fixed(measurement.p95)} ms`,
      pass: measurement.p95 < BUDGET.p95Ms,
    });
  }
  checks.push({
    budget: `server memory < ${BUDGET.memoryMb} MB`,
    measured: `${run.memory.highWaterMb} MB`,
    pass: run.memory.highWaterMb < BUDGET.memoryMb,
  });
  const failed = run.rows.reduce((sum, row) => sum + row.measurement.non2xx + row.measurement.errors, 0);
  checks.push({ budget: "every answer a 2xx (all pages, both concurrencies)", measured: `${failed} non-2xx or failed`, pass: failed === 0 });
  return checks;
}

function cells(run: ScaleRun, row: Row): string[] {
  const m = row.measurement;
  return [
    row.target.label,
    String(m.connections),
    String(Math.round(row.bytes / 1024)),
    String(m.requests),
    fixed(m.p50, 1),
    fixed(m.p95, 1),
    fixed(m.requestsPerSecond, 1),
    String(m.non2xx + m.errors),
    row.target.budget === "ceiling" ? "100 %" : percent(ceilingRatio(run, row)),
  ];
}

// "answers" is the sample size: a page slower than the run has none, and its p95 rests on few.
const HEADER = ["page", "conns", "KB", "answers", "p50 ms", "p95 ms", "req/s", "non-2xx", "of ceiling"];

/** The results as a plain-text table for the terminal. */
export function consoleReport(run: ScaleRun): string {
  const table = [HEADER, ...run.rows.map((row) => cells(run, row))];
  const widths = HEADER.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length)));
  const lines = table.map((line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  "));
  const checks = checkBudgets(run).map((check) => `${check.pass ? "PASS" : "FAIL"}  ${check.budget}: ${check.measured}`);
  return [
    ...lines,
    "",
    `server memory: ${run.memory.highWaterMb} MB peak (VmHWM summed over ${run.memory.processes} process(es)); highest sampled RSS ${run.memory.sampledMb} MB`,
    ...checks,
  ].join("\n");
}

/** Text columns (the first `textColumns`) left, numbers right. */
function markdownTable(header: string[], rows: string[][], textColumns = 1): string {
  const align = header.map((_, column) => (column < textColumns ? "---" : "---:"));
  return [header, align, ...rows].map((line) => `| ${line.join(" | ")} |`).join("\n");
}

/** One dataset size's section of RESULTS.md. */
export function markdownSection(run: ScaleRun): string {
  const { stats, machine, accounts } = run;
  const rows = run.rows.map((row) => {
    const [label = "", ...rest] = cells(run, row);
    return [label, `\`${row.target.path}\``, ...rest];
  });
  const checks = checkBudgets(run);
  return [
    `## ${run.label.endsWith("staff") ? run.label : `${run.label} — ${number.format(stats.activeEmployees)} active staff`}`,
    "",
    `- Run ${tokyoTimestamp(run.startedAt)}, commit \`${run.commit}\``,
    `- Machine: ${machine.cpu} × ${machine.cpus} CPUs, ${machine.ramGb} GB RAM; Node ${machine.node}; PostgreSQL ${stats.postgresVersion}; ` +
      `load average ${machine.loadAverage} when the run began (server, PostgreSQL and autocannon share the machine)`,
    `- Dataset \`${stats.database}\`: ${number.format(stats.employees)} employees (${number.format(stats.activeEmployees)} active), ` +
      `${number.format(stats.plans)} development plans (${number.format(stats.plansThisYear)} this fiscal year), ${number.format(stats.commitments)} commitments`,
    `- Load: autocannon, ${run.duration} s measured after ${run.warmup} s of warm-up per page and concurrency; production build (\`next start\`)`,
    `- Accounts: employee \`${accounts.employee.staffNumber}\` (${accounts.employee.why}); supervisor \`${accounts.supervisor.staffNumber}\` (${accounts.supervisor.why}); ` +
      `bureau \`${accounts.bureau.staffNumber}\` (${accounts.bureau.why}); HR \`${accounts.hr.staffNumber}\``,
    "",
    markdownTable(["page", "path", ...HEADER.slice(1)], rows, 2),
    "",
    `Server memory: ${run.memory.highWaterMb} MB peak (VmHWM summed over the ${run.memory.processes} process(es) of \`next start\`; highest sampled RSS ${run.memory.sampledMb} MB). ` +
      `KB is the body of one answer. The run added ${number.format(run.auditRowsAdded)} audit_log rows (its sign-ins and exports).`,
    "",
    markdownTable(
      [`budget (at ${BUDGET_CONNECTIONS} connections)`, "measured", "result"],
      checks.map((check) => [check.budget, check.measured, check.pass ? "PASS" : "**FAIL**"]),
      2,
    ),
  ].join("\n");
}

/** Each page's numbers side by side across dataset sizes, smallest first, with full ÷ smallest. */
export function growthSection(runs: ScaleRun[], startedAt: Date, commit: string): string {
  const first = runs[0];
  if (!first) return "";
  const last = runs[runs.length - 1] ?? first;
  const header = ["page", ...runs.map((run) => `${run.label} (${number.format(run.stats.activeEmployees)} staff)`), `${last.label} ÷ ${first.label}`];
  const growth = (values: number[]) => {
    const low = values[0] ?? Number.NaN;
    const high = values[values.length - 1] ?? Number.NaN;
    return low > 0 ? `× ${fixed(high / low, 2)}` : "–";
  };
  const table = (connections: number, pick: (run: ScaleRun, row: Row) => number) =>
    markdownTable(
      header,
      first.rows
        .filter((row) => row.measurement.connections === connections)
        .map((row) => {
          const values = runs.map((run) => {
            const same = run.rows.find((other) => other.target.id === row.target.id && other.measurement.connections === connections);
            return same ? pick(run, same) : Number.NaN;
          });
          return [row.target.label, ...values.map((value) => fixed(value, 1)), growth(values)];
        }),
    );
  const memory = runs.map((run) => run.memory.highWaterMb);
  return [
    "## Growth with staff count",
    "",
    `Run ${tokyoTimestamp(startedAt)}, commit \`${commit}\`: the same build and machine against each database in turn (details in the sections below).`,
    "",
    "Median time per page, 1 connection (ms):",
    "",
    table(1, (_, row) => row.measurement.p50),
    "",
    `p95 at ${BUDGET_CONNECTIONS} connections (ms):`,
    "",
    table(BUDGET_CONNECTIONS, (_, row) => row.measurement.p95),
    "",
    `Throughput at ${BUDGET_CONNECTIONS} connections (req/s):`,
    "",
    table(BUDGET_CONNECTIONS, (_, row) => row.measurement.requestsPerSecond),
    "",
    `Share of the ceiling's throughput at ${BUDGET_CONNECTIONS} connections (%):`,
    "",
    table(BUDGET_CONNECTIONS, (run, row) => (ceilingRatio(run, row) ?? Number.NaN) * 100),
    "",
    markdownTable(["", ...header.slice(1)], [["server memory peak (MB)", ...memory.map(String), growth(memory)]]),
  ].join("\n");
}

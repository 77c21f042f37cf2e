import { ACCOUNT_IDS, TARGETS } from "./targets";
import { WARMUP_ANSWERS_PER_CONNECTION } from "./load";
import { ceilingShare, CONNECTIONS, MEMORY_BUDGET_MB, type ModeRun, modeMisses, type Row, runChecks, type ScaleRun, sizeMiss } from "./budgets";

/** The warm-up as tests/bench/load.ts runs it: its seconds, and a least number of answers. */
function warmupWords(seconds: number): string {
  return seconds > 0 ? `${seconds} s and at least ${WARMUP_ANSWERS_PER_CONNECTION * CONNECTIONS} answers` : "nothing";
}

const number = new Intl.NumberFormat("en-US");
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const percent = (ratio: number | null) => (ratio === null || !Number.isFinite(ratio) ? "–" : `${Math.round(ratio * 100)} %`);

export function tokyoTimestamp(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", dateStyle: "short", timeStyle: "short", hourCycle: "h23" }).format(date);
  return `${parts.replace(",", "")} JST`;
}

interface Line {
  id: string;
  path: string;
  account: string;
  kb: string;
  cells: string[];
  missed: string;
}

/** One line per target in the list's order, a mode's four numbers side by side with the other's. */
function lines(run: ScaleRun): Line[] {
  const result: Line[] = [];
  for (const spec of TARGETS) {
    const found = run.modes.map((mode) => ({
      mode,
      row: mode.rows.find((row) => row.target.id === spec.id),
      failure: mode.failures.find((f) => f.target.id === spec.id),
    }));
    const seen = found.find((each) => each.row ?? each.failure);
    if (!seen) continue;
    const target = seen.row?.target ?? seen.failure?.target;
    if (!target) continue;
    const measured = found.find((each) => each.row)?.row;
    const missed: string[] = [];
    const size = measured ? sizeMiss(measured) : null;
    if (size) missed.push(size);
    const cells: string[] = [];
    for (const { mode, row, failure } of found) {
      if (!row) {
        cells.push("failed", "", "", "");
        if (failure) missed.push(`${mode.short}: ${failure.problem}`);
        continue;
      }
      const m = row.measurement;
      // No answer within the measurement: each took longer than it lasted.
      const latency = (value: number) => (m.requests === 0 ? `>${Math.round(m.seconds * 1000)}` : fixed(value));
      cells.push(fixed(m.requestsPerSecond, 1), latency(m.p50), latency(m.p95), spec.budget === "ceiling" ? "100 %" : percent(ceilingShare(mode, row)));
      const misses = modeMisses(mode, row);
      if (misses.length > 0) missed.push(`${mode.short}: ${misses.join(", ")}`);
    }
    result.push({
      id: spec.id,
      path: target.path,
      account: target.account ? ACCOUNT_IDS[target.account] : "–",
      kb: measured ? String(Math.round(measured.bytes / 1024)) : "–",
      cells,
      missed: missed.join("; "),
    });
  }
  return result;
}

function modeHeader(modes: ModeRun[]): string[] {
  return modes.flatMap((mode) => [`${mode.short} req/s`, `${mode.short} p50`, `${mode.short} p95`, `${mode.short} ceil`]);
}

/** Left-aligned text in the first `textColumns`, numbers right. */
function plainTable(header: string[], rows: string[][], textColumns: number): string {
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length)));
  return table
    .map((line) =>
      line
        .map((cell, column) => (column < textColumns || column === line.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Text columns (the first `textColumns`, and the last when `textLast`) left, numbers right. */
function markdownTable(header: string[], rows: string[][], textColumns = 1, textLast = false): string {
  const align = header.map((_, column) => (column < textColumns || (textLast && column === header.length - 1) ? "---" : "---:"));
  return [header, align, ...rows].map((line) => `| ${line.join(" | ")} |`).join("\n");
}

const escapeCell = (text: string) => text.replaceAll("|", "\\|");

function modesLegend(run: ScaleRun): string {
  return run.modes.map((mode) => `${mode.short} = WEB_CONCURRENCY=${mode.workers} on Node ${mode.node}`).join("; ");
}

/** The results for the terminal: the table, then the run-wide checks and what could not be measured. */
export function consoleReport(run: ScaleRun): string {
  const header = ["page", "account", "KB", ...modeHeader(run.modes), "missed budgets"];
  const table = plainTable(
    header,
    lines(run).map((line) => [line.id, line.account, line.kb, ...line.cells, line.missed]),
    2,
  );
  return [
    `${modesLegend(run)}; ${CONNECTIONS} connections, ${run.duration} s after a warm-up of ${warmupWords(run.warmup)} per page; ceil = share of the ceiling's req/s in the same mode`,
    table,
    "",
    ...runChecks(run).map((check) => `${check.pass ? "PASS" : "FAIL"}  ${check.budget}: ${check.measured}`),
    ...run.noData.map(({ spec, reason }) => `NO DATA  ${spec.id} (${spec.route}): ${reason}; not measured`),
  ].join("\n");
}

/** One dataset size's section of RESULTS.md. */
export function markdownSection(run: ScaleRun): string {
  const { stats, machine, accounts } = run;
  const accountList = (Object.keys(ACCOUNT_IDS) as (keyof typeof ACCOUNT_IDS)[]).map(
    (key) => `${ACCOUNT_IDS[key]} \`${accounts[key].staffNumber}\` (${accounts[key].why})`,
  );
  const header = ["page", "path", "account", "KB", ...modeHeader(run.modes), "missed budgets"];
  const rows = lines(run).map((line) => [line.id, `\`${line.path}\``, line.account, line.kb, ...line.cells, escapeCell(line.missed)]);
  const checks = runChecks(run);
  return [
    `## ${run.label.endsWith("staff") ? run.label : `${run.label} — ${number.format(stats.activeEmployees)} active staff`}`,
    "",
    `- Run ${tokyoTimestamp(run.startedAt)}, commit \`${run.commit}\``,
    `- Machine: ${machine.cpu} × ${machine.cpus} CPUs, ${machine.ramGb} GB RAM; PostgreSQL ${stats.postgresVersion}; ` +
      `load average ${machine.loadAverage} when the run began (server, PostgreSQL and autocannon share the machine)`,
    `- Dataset \`${stats.database}\`: ${number.format(stats.employees)} employees (${number.format(stats.activeEmployees)} active), ` +
      `${number.format(stats.plans)} development plans (${number.format(stats.plansThisYear)} this fiscal year), ${number.format(stats.commitments)} commitments`,
    `- Server: \`lib/platform/cli/serve.ts\` (the cluster, as the README deploys it), JOBS=off; ${modesLegend(run)}`,
    `- Load: autocannon, ${CONNECTIONS} connections, ${run.duration} s measured after a warm-up of ${warmupWords(run.warmup)} per page and mode; "ceil" is the page's share of the ceiling's throughput in the same mode`,
    `- Accounts: ${accountList.join("; ")}`,
    "",
    markdownTable(header, rows, 3, true),
    "",
    "Memory: each Node.js process's peak resident size (VmHWM): the cluster's primary and its server processes. " +
      `KB is the body of one answer. The run added ${number.format(run.auditRowsAdded)} audit_log rows (its sign-ins, exports and the reads the portal records).`,
    "",
    markdownTable(
      ["check", "measured", "result"],
      checks.map((check) => [escapeCell(check.budget), escapeCell(check.measured), check.pass ? "PASS" : "**FAIL**"]),
      3,
    ),
    ...(run.noData.length > 0
      ? [
          "",
          "Not measured, the dataset has nothing to open them with:",
          "",
          ...run.noData.map(({ spec, reason }) => `- ${spec.id} (\`${spec.route}\`): ${reason}`),
        ]
      : []),
  ].join("\n");
}

/** The Node.js comparison: the same pages on each Node, one process each, side by side. */
export function nodeSection(run: ScaleRun): string {
  const header = ["page", "account", ...run.modes.flatMap((mode) => [`Node ${mode.node} req/s`, "p95 ms", "ceil"])];
  const ids = TARGETS.map((spec) => spec.id).filter((id) => run.modes.some((mode) => mode.rows.some((row) => row.target.id === id)));
  const rows = ids.map((id) => {
    const cells = run.modes.flatMap((mode) => {
      const row: Row | undefined = mode.rows.find((each) => each.target.id === id);
      if (!row) return ["failed", "", ""];
      const m = row.measurement;
      return [
        fixed(m.requestsPerSecond, 1),
        m.requests === 0 ? `>${Math.round(m.seconds * 1000)}` : fixed(m.p95),
        row.target.budget === "ceiling" ? "100 %" : percent(ceilingShare(mode, row)),
      ];
    });
    const account = run.modes.flatMap((mode) => mode.rows).find((row) => row.target.id === id)?.target.account;
    return [id, account ? ACCOUNT_IDS[account] : "–", ...cells];
  });
  return [
    "## Node 24 and 20 side by side",
    "",
    `Run ${tokyoTimestamp(run.startedAt)}, commit \`${run.commit}\`, dataset \`${run.stats.database}\` (${number.format(run.stats.activeEmployees)} active staff): ` +
      `the same build and database served by \`lib/platform/cli/serve.ts\` with one process on each Node in turn; ${CONNECTIONS} connections, ${run.duration} s after a warm-up of ${warmupWords(run.warmup)} per page; load average ${run.machine.loadAverage} as it began.`,
    "",
    markdownTable(header, rows, 2),
    "",
    markdownTable(
      ["", ...run.modes.map((mode) => `Node ${mode.node}`)],
      [[`server memory, largest process (MB; budget ${MEMORY_BUDGET_MB})`, ...run.modes.map((mode) => String(mode.memory.largestMb))]],
    ),
  ].join("\n");
}

/** Each page's throughput and p95 across dataset sizes, smallest first (the last mode of each run). */
export function growthSection(runs: ScaleRun[], startedAt: Date, commit: string): string {
  const pick = (run: ScaleRun) => run.modes[run.modes.length - 1];
  const first = runs[0] ? pick(runs[0]) : undefined;
  if (!first) return "";
  const header = ["page", ...runs.map((run) => `${run.label} (${number.format(run.stats.activeEmployees)} staff)`)];
  const table = (value: (row: Row) => number, digits: number) =>
    markdownTable(
      header,
      first.rows.map((row) => [
        row.target.id,
        ...runs.map((run) =>
          fixed(
            value(
              pick(run)?.rows.find((other) => other.target.id === row.target.id) ?? {
                ...row,
                measurement: { ...row.measurement, requestsPerSecond: Number.NaN, p95: Number.NaN },
              },
            ),
            digits,
          ),
        ),
      ]),
    );
  return [
    "## Growth with staff count",
    "",
    `Run ${tokyoTimestamp(startedAt)}, commit \`${commit}\`: the same build and machine against each database in turn, ${first.label} (details in the sections below).`,
    "",
    `Throughput at ${CONNECTIONS} connections (req/s):`,
    "",
    table((row) => row.measurement.requestsPerSecond, 1),
    "",
    `p95 at ${CONNECTIONS} connections (ms):`,
    "",
    table((row) => row.measurement.p95, 0),
    "",
    markdownTable(["", ...header.slice(1)], [["largest server process (MB)", ...runs.map((run) => String(pick(run)?.memory.largestMb ?? "–"))]]),
  ].join("\n");
}

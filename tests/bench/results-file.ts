import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * RESULTS.md keeps one block per dataset size, the growth table and the Node.js comparison,
 * each between markers, so that a run replaces its own blocks and leaves the others (measured
 * on other days, perhaps) alone. Hand-written blocks ("analysis") are always kept; generated
 * blocks of an older format (the issue 7 tables, judged by other budgets) are dropped.
 */
interface Block {
  key: string;
  staff: number;
  body: string;
  /** the generator's format; undefined for hand-written blocks and the older tables */
  format?: number;
}

const FORMAT = 2;
const HAND_WRITTEN = new Set(["analysis"]);

const BLOCK = /<!-- bench:block (\{.*?\}) -->\n([\s\S]*?)\n<!-- \/bench:block -->/g;

const PREAMBLE = `# Benchmark results

Written by \`npm run bench\` (tests/bench/run.ts; its header lists the options). Each dataset
size has its own section, replaced when that size is measured again; \`npm run bench -- --growth\`
measures the 1/4, 1/2 and full datasets against one build and writes the growth table;
\`npm run bench -- --compare-node /usr/bin/node\` writes the Node.js comparison.

Every page each role reaches is loaded with its account (a typical one, and for the supervisor
and the bureau coordinator also the largest scope), served by \`lib/platform/cli/serve.ts\` with one
process and with one per core. Budgets, at 10 connections, against the ceiling page (the same
app touching neither the database nor the session) measured in the same run and mode: every
page a p95 under 300 ms and at least 50 % of the ceiling's throughput, the employee's pages and
the team view 70 %; HTML at most 150 KB, the employee's (/me…) and the supervisor's pages
(/team…, /plans/…, /ojt/…, /interviews/…) 60 KB; each server process under 600 MB.
`;

function readBlocks(file: string): Block[] {
  if (!existsSync(file)) return [];
  const blocks: Block[] = [];
  for (const match of readFileSync(file, "utf8").matchAll(BLOCK)) {
    try {
      const meta = JSON.parse(match[1] ?? "{}") as { key?: unknown; staff?: unknown; format?: unknown };
      if (typeof meta.key === "string")
        blocks.push({ key: meta.key, staff: Number(meta.staff) || 0, body: match[2] ?? "", format: typeof meta.format === "number" ? meta.format : undefined });
    } catch {
      // a hand-edited marker: drop that block rather than the file
    }
  }
  return blocks;
}

export function scaleKey(label: string): string {
  return `scale:${label}`;
}

export const GROWTH_KEY = "growth";
export const NODE_KEY = "node";

/** Replaces (or adds) the given blocks and rewrites the file. */
export function writeResults(file: string, updates: Omit<Block, "format">[]): void {
  const kept = readBlocks(file).filter((block) => HAND_WRITTEN.has(block.key) || block.format === FORMAT);
  const blocks = new Map(kept.map((block) => [block.key, block]));
  for (const update of updates) blocks.set(update.key, { ...update, format: FORMAT });
  const top = (block: Block) => Number(block.key === GROWTH_KEY) * 2 + Number(block.key === NODE_KEY);
  const ordered = [...blocks.values()].sort((a, b) => top(b) - top(a) || a.staff - b.staff || a.key.localeCompare(b.key));
  const text = ordered.map(
    (block) =>
      `<!-- bench:block ${JSON.stringify({ key: block.key, staff: block.staff, ...(block.format ? { format: block.format } : {}) })} -->\n${block.body}\n<!-- /bench:block -->`,
  );
  writeFileSync(file, `${PREAMBLE}\n${text.join("\n\n")}\n`);
}

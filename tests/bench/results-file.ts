import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * RESULTS.md keeps one block per dataset size plus the growth table, each between markers, so
 * that a run replaces its own size's block and leaves the others' (measured on other days,
 * perhaps) alone. Blocks are written smallest dataset first, the growth table on top.
 */
interface Block {
  key: string;
  staff: number;
  body: string;
}

const BLOCK = /<!-- bench:block (\{.*?\}) -->\n([\s\S]*?)\n<!-- \/bench:block -->/g;

const PREAMBLE = `# Benchmark results

Written by \`npm run bench\` (tests/bench/run.ts; its header lists the options). Each dataset
size has its own section, replaced when that size is measured again; \`npm run bench -- --growth\`
measures the 1/4, 1/2 and full datasets against one build and writes the growth table.

Budgets, at 10 connections: every dashboard at least 50 % of the ceiling's throughput (a page
of the same app touching neither the database nor the session, measured in the same run) with
a p95 under 300 ms; the employee dashboard and the team view at least 70 %; the server under
600 MB. The CSV export is measured without a budget.
`;

function readBlocks(file: string): Block[] {
  if (!existsSync(file)) return [];
  const blocks: Block[] = [];
  for (const match of readFileSync(file, "utf8").matchAll(BLOCK)) {
    try {
      const meta = JSON.parse(match[1] ?? "{}") as { key?: unknown; staff?: unknown };
      if (typeof meta.key === "string") blocks.push({ key: meta.key, staff: Number(meta.staff) || 0, body: match[2] ?? "" });
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

/** Replaces (or adds) the given blocks and rewrites the file. */
export function writeResults(file: string, updates: Block[]): void {
  const blocks = new Map(readBlocks(file).map((block) => [block.key, block]));
  for (const update of updates) blocks.set(update.key, update);
  const ordered = [...blocks.values()].sort((a, b) => Number(b.key === GROWTH_KEY) - Number(a.key === GROWTH_KEY) || a.staff - b.staff || a.key.localeCompare(b.key));
  const text = ordered.map((block) => `<!-- bench:block ${JSON.stringify({ key: block.key, staff: block.staff })} -->\n${block.body}\n<!-- /bench:block -->`);
  writeFileSync(file, `${PREAMBLE}\n${text.join("\n\n")}\n`);
}

import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * tests/load/RESULTS.md holds one section per mode of `npm run load`, each between markers, so
 * that a run replaces its own mode's section and leaves the others (perhaps measured on another
 * day, on another commit: each section says which) as they were.
 */

export type Section = "closed" | "open" | "pages" | "instances";

const ORDER: Section[] = ["closed", "open", "pages", "instances"];

const PREAMBLE = `# Load and fault results

Written by \`npm run load\` (tests/load/run.ts; its header lists the modes and options). Each
mode has its own section, replaced when that mode runs again: the closed-loop users with a
PostgreSQL restart and the double approvals (\`npm run load\`), the open-loop capacity steps
(\`npm run load -- --open\`), the same steps on one page alone, the bench's ceiling and floor
(\`npm run load -- --open --page /bench-ceiling,/bench-floor\`), and two instances behind
HAProxy, one killed mid-run (\`npm run load -- --instances 2\`).
`;

const BLOCK = /<!-- load:(\w+) -->\n([\s\S]*?)\n<!-- \/load:\1 -->/g;

export function readSections(text: string): Map<Section, string> {
  const sections = new Map<Section, string>();
  for (const match of text.matchAll(BLOCK)) {
    const name = match[1] as Section;
    if (ORDER.includes(name)) sections.set(name, match[2] ?? "");
  }
  return sections;
}

export function renderSections(sections: Map<Section, string>): string {
  const blocks = ORDER.filter((name) => sections.has(name)).map((name) => `<!-- load:${name} -->\n${sections.get(name)}\n<!-- /load:${name} -->`);
  return `${PREAMBLE}\n${blocks.join("\n\n")}\n`;
}

/** Replaces (or adds) one section and rewrites the file. */
export function writeSection(file: string, section: Section, body: string): void {
  const sections = existsSync(file) ? readSections(readFileSync(file, "utf8")) : new Map<Section, string>();
  sections.set(section, body.trimEnd());
  writeFileSync(file, renderSections(sections));
}

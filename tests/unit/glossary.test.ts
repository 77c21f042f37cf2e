import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";

/**
 * The glossary (README, design notes) as a lint over the message catalogues and the code that
 * writes figures: one word for a thing in each language, hours as 「時間」, counts with thousands
 * separators, less than a year of service as 「1年未満」, measures in the policy's numbering.
 * Each rule names the variant it refuses; the first test proves every rule catches its variant,
 * so none of them passes by matching nothing.
 */

type Catalogue = { [key: string]: string | Catalogue };
const root = path.resolve(import.meta.dirname, "../..");

function flatten(catalogue: Catalogue, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[full, value] as [string, string]] : flatten(value, full);
  });
}

/**
 * Placeholders that carry a count, a sum or a number of pages: written `{name, number}` (or
 * counted by a plural's `#`), so that 15000 reads 15,000. A bare `{total}` prints the digits
 * as they come. Small bounded numbers (a row number, a quarter, a score) are not listed.
 */
const COUNTS = [
  "count",
  "total",
  "done",
  "planned",
  "achieved",
  "confirmed",
  "changed",
  "remaining",
  "reached",
  "population",
  "members",
  "hours",
  "minutes",
  "sessions",
  "interviews",
  "days",
  "limit",
  "capacity",
  "lines",
  "enrolled",
  "change",
  "unchanged",
  "reject",
  "created",
  "updated",
  "deleted",
  "shown",
  "plans",
  "page",
  "pages",
  "pageCount",
  "kilobytes",
];

interface Rule {
  /** what the glossary says instead */
  rule: string;
  languages: readonly ("ja" | "en")[];
  refuses: RegExp;
  /** a message the rule must refuse: proof that it can fail */
  example: string;
}

const RULES: Rule[] = [
  {
    rule: "hours are 「時間」 in Japanese, never h after a number",
    languages: ["ja"],
    refuses: /(?:\}|\d)\s*(?:h|H|ｈ|hrs?)(?![a-zA-Z])/,
    example: "研修 {hours, number}h",
  },
  { rule: "the whole organisation is 全庁 (the policy's word), never 全市", languages: ["ja"], refuses: /全市/, example: "全市の数値" },
  { rule: "the whole organisation is city-wide in English, never the whole city", languages: ["en"], refuses: /whole city/i, example: "Covers the whole city" },
  {
    rule: "less than a year of service is 「1年未満」, never 0年",
    languages: ["ja"],
    refuses: /(?<![\d０-９])[0０]年(?!度)|在職\{\w+\}年|\{years\}年(?!未満|度|間)/,
    example: "在職{years}年",
  },
  {
    rule: "a count is written {name, number}, so that it has thousands separators",
    languages: ["ja", "en"],
    refuses: new RegExp(`\\{\\s*(?:${COUNTS.join("|")})\\s*\\}`),
    example: "全{total}件",
  },
  {
    rule: "a measure is named （1）①…, built by measureLabel(), never typed into a message",
    languages: ["ja"],
    refuses: /[①-⑳]\s*\{|\{\w+\}\.\s*\{name\}/,
    example: "施策 ①{name}",
  },
];

const CATALOGUES = { ja: flatten(ja as Catalogue), en: flatten(en as Catalogue) };

/** Keys rendered outside ICU (lib/platform/server/short-page.ts fills `{name}` itself), so `, number` would show. */
const NOT_ICU = new Set(["common.overloadBody", "common.requestTooLargeBody"]);

describe("the glossary", () => {
  it.each(RULES)("catches its own variant: $rule", ({ refuses, example }) => {
    expect(refuses.test(example)).toBe(true);
  });

  it.each(RULES)("holds in the catalogue: $rule", ({ languages, refuses }) => {
    const offending = languages.flatMap((language) =>
      CATALOGUES[language].filter(([key, text]) => !NOT_ICU.has(key) && refuses.test(text)).map(([key, text]) => `${language}: ${key}: ${text}`),
    );
    expect(offending).toEqual([]);
  });

  it("writes hours as 時間 in Japanese wherever the catalogue shows hours", () => {
    // The positive side of the first rule: the keys that show hours say 時間.
    const hours = CATALOGUES.ja.filter(([, text]) => /\{(?:hours|value), number\}時間/.test(text));
    expect(hours.length).toBeGreaterThan(8);
  });
});

// ——— The code that names measures and shows figures ———

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const SOURCES = ["app", "components", "lib"]
  .flatMap(sourceFiles)
  .map((file) => ({ file: file.split(path.sep).join("/"), text: readFileSync(path.join(root, file), "utf8") }));

describe("the code's spelling of measures and units", () => {
  it("builds a measure's name only in lib/policy/measure-label.ts", () => {
    // circledNumber alone is the editor's label for the next measure to add (「追加する施策⑥の名称」).
    const elsewhere = SOURCES.filter(({ file, text }) => file !== "lib/policy/measure-label.ts" && /circledNumber\((?!\(area\.measures)/.test(text)).map(
      ({ file }) => file,
    );
    expect(elsewhere).toEqual([]);
    // Nor by hand: "(1)1 name", "1. name" or "（1）①name" from an area's and a measure's numbers.
    const byHand = SOURCES.filter(
      ({ file, text }) => file !== "lib/policy/measure-label.ts" && /`[（(]\$\{[\w.]*areaNumber\}[）)]|\$\{m\.number\}\. /.test(text),
    ).map(({ file }) => file);
    expect(byHand).toEqual([]);
  });

  it("puts no unit letter after a figure in the code", () => {
    // `${value}h` or show("trainingHours", "h"): the unit belongs to the catalogue (時間 / h).
    const units = SOURCES.filter(({ text }) => /\$\{[^}]+\}h[`"]|,\s*"h"\)/.test(text)).map(({ file }) => file);
    expect(units).toEqual([]);
  });

  it("confirms every action with a message the catalogue has", () => {
    const confirmations = new Set(Object.keys(ja.confirmations));
    const used = SOURCES.filter(({ file }) => file.endsWith("-actions.ts")).flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:done|key):\s*([^,\n]+)/g)].flatMap((match) =>
        // The strings a key expression can give: literals outside a comparison (`decision === "approve"`).
        [...match[1]!.replace(/[!=]==\s*"[^"]*"/g, "").matchAll(/"(\w+)"/g)].map((literal) => ({ file, key: literal[1]! })),
      ),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({ key }) => !confirmations.has(key))).toEqual([]);
  });
});

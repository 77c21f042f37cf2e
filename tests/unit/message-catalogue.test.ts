import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ja from "@/lib/i18n/messages/ja.json";

/**
 * The two message catalogues are one catalogue in two languages: a key present in only one of
 * them shows the raw key (or throws) to the readers of the other, and a placeholder renamed in
 * one language silently drops the value. This also proves that every key the code asks for by a
 * literal name exists, since next-intl only finds out at render time, on the page that uses it.
 */

type Catalogue = { [key: string]: string | Catalogue };
const CATALOGUES = { ja: ja as Catalogue, en: en as Catalogue };
const root = path.resolve(import.meta.dirname, "../..");

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") leaves.set(full, value);
    else for (const [leaf, text] of flatten(value, full)) leaves.set(leaf, text);
  }
  return leaves;
}

const flat = { ja: flatten(CATALOGUES.ja), en: flatten(CATALOGUES.en) };

/**
 * Levels share one set of words (app/(portal)/commitments/level-text.ts); a city commitment has
 * no owning unit, so its unit label exists only to keep that shape and is never rendered.
 */
const EMPTY_BY_DESIGN = new Set(["levelCommitments.CITY.unit"]);

/**
 * The argument names of an ICU message, nested plural/select branches included. A small
 * hand-written walk rather than a parser from node_modules: the catalogue only uses simple
 * arguments, plural and select, and the walk also rejects unbalanced braces.
 */
export function placeholders(message: string): Set<string> {
  const names = new Set<string>();
  let i = 0;
  // ICU quoting: '{' … ' is literal text; '' is an apostrophe.
  const skipQuote = () => {
    if (message[i + 1] === "'") return void (i += 2);
    if (message[i + 1] !== "{" && message[i + 1] !== "}" && message[i + 1] !== "#") return void (i += 1);
    const end = message.indexOf("'", i + 1);
    i = end === -1 ? message.length : end + 1;
  };
  const readText = (inBranch: boolean) => {
    while (i < message.length) {
      const c = message[i];
      if (c === "'") skipQuote();
      else if (c === "{") readArgument();
      else if (c === "}") {
        if (inBranch) return;
        throw new Error(`unbalanced "}" in ${JSON.stringify(message)}`);
      } else i += 1;
    }
    if (inBranch) throw new Error(`unclosed branch in ${JSON.stringify(message)}`);
  };
  const readArgument = () => {
    const close = /[,}]/g;
    close.lastIndex = i + 1;
    const stop = close.exec(message);
    if (!stop) throw new Error(`unclosed "{" in ${JSON.stringify(message)}`);
    names.add(message.slice(i + 1, stop.index).trim());
    i = stop.index;
    if (message[i] === "}") return void (i += 1);
    const format = /^,\s*(\w+)\s*(,?)/.exec(message.slice(i));
    const kind = format?.[1];
    if (kind === "plural" || kind === "select" || kind === "selectordinal") {
      i += format![0].length;
      // Branches: selector {text} selector {text} … }
      while (i < message.length) {
        while (/\s/.test(message[i] ?? "")) i += 1;
        if (message[i] === "}") return void (i += 1);
        const open = message.indexOf("{", i);
        if (open === -1) throw new Error(`malformed ${kind} in ${JSON.stringify(message)}`);
        i = open + 1;
        readText(true);
        i += 1;
      }
      throw new Error(`unclosed ${kind} in ${JSON.stringify(message)}`);
    }
    // number, date, time with an optional style: no nested text.
    const end = message.indexOf("}", i);
    if (end === -1) throw new Error(`unclosed "{" in ${JSON.stringify(message)}`);
    i = end + 1;
  };
  readText(false);
  return names;
}

describe("message catalogues", () => {
  it("have exactly the same keys in ja and en", () => {
    const missing = {
      en: [...flat.ja.keys()].filter((key) => !flat.en.has(key)),
      ja: [...flat.en.keys()].filter((key) => !flat.ja.has(key)),
    };
    expect(missing, "keys missing per language").toEqual({ en: [], ja: [] });
    // A key that is a message in one language and a group in the other never reaches flatten's leaves.
    expect(flat.ja.size).toBeGreaterThan(100);
  });

  it("have no empty messages", () => {
    const empty = Object.entries(flat).flatMap(([locale, leaves]) =>
      [...leaves].filter(([key, text]) => text.trim() === "" && !EMPTY_BY_DESIGN.has(key)).map(([key]) => `${locale}: ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it("use the same ICU placeholders for each key in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, jaText] of flat.ja) {
      const enText = flat.en.get(key);
      if (enText === undefined) continue;
      const [jaNames, enNames] = [[...placeholders(jaText)].sort(), [...placeholders(enText)].sort()];
      if (jaNames.join() !== enNames.join()) mismatched.push(`${key}: ja {${jaNames.join(", ")}} ≠ en {${enNames.join(", ")}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("reads placeholders through plurals, selects and quotes", () => {
    expect([...placeholders("{count, plural, one {# year} other {# years of {name}}}")]).toEqual(["count", "name"]);
    expect([...placeholders("{kind, select, a {A} other {{n, number}}} '{'literal'}' it's")]).toEqual(["kind", "n"]);
    expect(() => placeholders("{open")).toThrow();
    expect(() => placeholders("close}")).toThrow();
  });
});

// ——— Keys used in code ———

const SOURCE_DIRS = ["app", "components", "lib"];
const SKIPPED_DIRS = new Set(["node_modules", "generated"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Splits `a, [b, c], f(d, e)` at its top-level commas. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i]!;
    if (quote) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth += 1;
    else if (")]}".includes(c)) depth -= 1;
    else if (c === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The text from `open` (an opening bracket) to its matching close, exclusive of both. */
function bracketed(source: string, open: number): string {
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const closer = pairs[source[open]!]!;
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    if (source[i] === source[open]) depth += 1;
    else if (source[i] === closer && (depth -= 1) === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

/** A namespace: "" for the whole catalogue, a string, or null when it is computed (a template). */
type Namespace = string | null;

const TRANSLATOR_CALL = /^(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:(["'])([^"']*)\1|(`[^`]*`))?\s*\)$/;
const CREATE_TRANSLATOR = /^createTranslator\(\{[^}]*?\bnamespace:\s*(?:(["'])([^"']*)\1|(`))/;

function namespaceOf(expression: string): Namespace | undefined {
  const call = TRANSLATOR_CALL.exec(expression.trim());
  if (call) return call[3] ? null : (call[2] ?? "");
  if (/^createTranslator\(/.test(expression.trim())) {
    const named = CREATE_TRANSLATOR.exec(expression.trim());
    return named ? (named[3] ? null : named[2]!) : "";
  }
  return undefined;
}

interface Binding {
  name: string;
  namespace: Namespace;
  at: number;
}

/** Every `const t = getTranslations("ns")`, and each translator inside `const [a, t] = await Promise.all([…])`. */
function translatorBindings(source: string): Binding[] {
  const bindings: Binding[] = [];
  for (const match of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*((?:await\s+)?(?:useTranslations|getTranslations|createTranslator)\()/g)) {
    const callStart = match.index + match[0].length - 1;
    const namespace = namespaceOf(`${match[2]}${bracketed(source, callStart)})`);
    if (namespace !== undefined) bindings.push({ name: match[1]!, namespace, at: match.index });
  }
  for (const match of source.matchAll(/(?:const|let)\s+\[/g)) {
    const namesOpen = match.index + match[0].length - 1;
    const names = splitTopLevel(bracketed(source, namesOpen));
    const rest = source.slice(namesOpen).match(/^\[[^=]*?\]\s*=\s*await\s+Promise\.all\(\s*\[/);
    if (!rest) continue;
    const values = splitTopLevel(bracketed(source, namesOpen + rest[0].length - 1));
    names.forEach((name, index) => {
      const namespace = values[index] === undefined ? undefined : namespaceOf(values[index]);
      if (namespace !== undefined && /^\w+$/.test(name)) bindings.push({ name, namespace, at: match.index });
    });
  }
  return bindings.sort((a, b) => a.at - b.at);
}

/** `(await getTranslations("ns"))("key")`, used for one-off page titles. */
const INLINE_CALL = /\(\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(["'])([^"']*)\1\s*\)\s*\)\(\s*(["'])([^"']*)\3/g;

interface KeyUse {
  file: string;
  key: string;
}

function scanKeys() {
  const used: KeyUse[] = [];
  const skipped = { templateKeys: 0, computedKeys: 0, computedNamespaces: 0 };
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(dir));
  for (const file of files) {
    const source = readFileSync(path.join(root, file), "utf8");
    const bindings = translatorBindings(source);
    for (const inline of source.matchAll(INLINE_CALL)) used.push({ file, key: inline[2] ? `${inline[2]}.${inline[4]}` : inline[4]! });
    for (const name of new Set(bindings.map((binding) => binding.name))) {
      // `t(`, `t.rich(`, `t.markup(`, `t.raw(` — not `t.has(`, which asks whether a key exists.
      const calls = new RegExp(`(?<![\\w$.])${name}(?:\\.(?:rich|markup|raw))?\\(\\s*(?:(["'])((?:\\\\.|(?!\\1).)*)\\1\\s*[,)]|(\`)|(?=[^)]))`, "g");
      for (const call of source.matchAll(calls)) {
        // The nearest binding above the call: components in one file may each bind their own `t`.
        const binding = bindings.filter((candidate) => candidate.name === name && candidate.at < call.index).at(-1);
        if (!binding) continue;
        if (binding.namespace === null) skipped.computedNamespaces += 1;
        else if (call[3]) skipped.templateKeys += 1;
        else if (call[2] === undefined) skipped.computedKeys += 1;
        else used.push({ file, key: binding.namespace ? `${binding.namespace}.${call[2]}` : call[2] });
      }
    }
  }
  return { files, used, skipped };
}

describe("keys used in the code", () => {
  const { files, used, skipped } = scanKeys();

  it("finds the translators and their literal keys", () => {
    // Guards the scanner itself: a regex that stopped matching would make the next test vacuous.
    expect(files.length).toBeGreaterThan(100);
    expect(used.length).toBeGreaterThan(500);
    console.info(`message keys: ${used.length} literal uses in ${files.length} files; skipped ${skipped.templateKeys} template-literal keys, ${skipped.computedKeys} computed keys and ${skipped.computedNamespaces} calls on computed namespaces`);
  });

  it.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])("exist in %s", (locale) => {
    const missing = used.filter((use) => !flat[locale].has(use.key)).map((use) => `${use.file}: ${use.key}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});

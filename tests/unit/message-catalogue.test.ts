import type { useTranslations } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";

/**
 * The two message catalogues are one catalogue in two languages: a key present in only one of
 * them shows the raw key (or throws) to the readers of the other, and a placeholder renamed in
 * one language silently drops the value. That every key the code asks for exists is the
 * compiler's job (see keysAreTyped below).
 */

type Catalogue = { [key: string]: string | Catalogue };
const CATALOGUES = { ja: ja as Catalogue, en: en as Catalogue };

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

/**
 * Every key the code asks for is checked by the compiler: lib/platform/i18n/app-config.d.ts gives
 * next-intl the catalogue's type, so `t("nav.noSuchKey")` fails `tsc` in the static check.
 * This function is never called; it is here so that the check itself cannot quietly stop
 * working — if the typing were lost, the @ts-expect-error lines below would be unused, and
 * an unused @ts-expect-error is itself a compile error.
 */
export function keysAreTyped(t: ReturnType<typeof useTranslations<"nav">>, root: ReturnType<typeof useTranslations<never>>) {
  t("me");
  root("nav.me");
  // @ts-expect-error a key the catalogue lacks does not compile
  t("noSuchKey");
  // @ts-expect-error nor does a namespace it lacks
  root("noSuchNamespace.me");
}

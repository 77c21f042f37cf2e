import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import ja from "@/lib/i18n/messages/ja.json";

/**
 * Client components get only the parts of the catalogue listed in lib/i18n/client-namespaces.ts.
 * A client component that asks for a namespace no group sends shows raw keys in the browser,
 * which no server-side test would notice; this reads every client module and fails instead.
 */

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
    .map((file) => path.join(folder, file));
}

/** The top-level namespaces a client module asks for, by useTranslations("ns…") or t("ns.…"). */
export function namespacesUsed(source: string): Set<string> {
  const used = new Set<string>();
  for (const match of source.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) used.add(match[1]!);
  // A translator without a namespace takes full keys: t("validation.required"), t(`records.${x}`).
  if (/useTranslations\(\s*\)/.test(source)) for (const match of source.matchAll(/\bt\(\s*["'`]([A-Za-z]+)\./g)) used.add(match[1]!);
  return used;
}

const clientModules = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => /^["']use client["']/m.test(readFileSync(path.join(root, file), "utf8")));

describe("messages sent to the browser", () => {
  it("finds the client modules and what they ask for", () => {
    expect(clientModules.length).toBeGreaterThan(20);
    expect(namespacesUsed('const t = useTranslations("ojt.form");')).toEqual(new Set(["ojt"]));
    expect(namespacesUsed("const t = useTranslations();\nt(`records.${key}`); t(\"validation.required\")")).toEqual(new Set(["records", "validation"]));
  });

  it("cover every namespace a client component uses", () => {
    const sent = new Set<string>(Object.values(CLIENT_NAMESPACES).flat());
    const missing = clientModules.flatMap((file) => [...namespacesUsed(readFileSync(path.join(root, file), "utf8"))].filter((ns) => !sent.has(ns)).map((ns) => `${file}: ${ns}`));
    expect(missing).toEqual([]);
  });

  it("name namespaces that exist, and each group includes the one it extends", () => {
    for (const namespace of Object.values(CLIENT_NAMESPACES).flat()) expect(Object.keys(ja)).toContain(namespace);
    expect(CLIENT_NAMESPACES.portal).toEqual(expect.arrayContaining([...CLIENT_NAMESPACES.everywhere]));
    expect(CLIENT_NAMESPACES.hrTools).toEqual(expect.arrayContaining([...CLIENT_NAMESPACES.portal]));
  });

  it("keep the HR division's tools off the other pages", () => {
    // Components of the HR tools are used only under app/(portal)/city, which sends hrTools.
    const hrOnly = CLIENT_NAMESPACES.hrTools.filter((ns) => !(CLIENT_NAMESPACES.portal as readonly string[]).includes(ns));
    const outside = clientModules
      .filter((file) => !/^components\/(programmes|personnel|role-assignments|rollover|transfers|reminders)\//.test(file))
      .flatMap((file) => [...namespacesUsed(readFileSync(path.join(root, file), "utf8"))].filter((ns) => hrOnly.includes(ns as never)).map((ns) => `${file}: ${ns}`));
    expect(outside).toEqual([]);
  });
});

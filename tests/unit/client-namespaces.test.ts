import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, type ClientMessageGroup } from "@/lib/i18n/client-namespaces";
import ja from "@/lib/i18n/messages/ja.json";

/**
 * Client components get only the parts of the catalogue their route segment's layout sends
 * (lib/i18n/client-namespaces.ts). A client component that asks for a namespace its page was
 * not sent shows raw keys in the browser, which no server-side test would notice: this follows
 * every page's imports to the client modules it renders and fails instead.
 */

const root = path.resolve(import.meta.dirname, "../..");

/** The top-level namespaces a client module asks for, by useTranslations("ns…") or t("ns.…"). */
export function namespacesUsed(source: string): Set<string> {
  const used = new Set<string>();
  for (const match of source.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) used.add(match[1]!);
  // A translator without a namespace takes full keys: t("validation.required"), t(`records.${x}`).
  if (/useTranslations\(\s*\)/.test(source)) for (const match of source.matchAll(/\bt\(\s*["'`]([A-Za-z]+)\./g)) used.add(match[1]!);
  // useFormFeedback(state, { sections: ["records", …] }) reads `<section>.validation`.
  for (const match of source.matchAll(/\bsections:\s*\[([^\]]*)\]/g)) for (const name of match[1]!.matchAll(/["'`]([A-Za-z]+)["'`]/g)) used.add(name[1]!);
  return used;
}

const isClientModule = (source: string) => /^\s*["']use client["']/.test(source);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null || base.includes(`${path.sep}generated${path.sep}`)) return null;
  return [`${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")].find((file) => existsSync(file)) ?? null;
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gs;

/** Every namespace the client modules reachable from `file` through its imports use. */
function namespacesReachable(file: string, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  if (seen.has(file)) return used;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (isClientModule(source)) for (const namespace of namespacesUsed(source)) used.add(namespace);
  for (const match of source.matchAll(IMPORT)) {
    const target = resolveImport(file, match[1] ?? match[2] ?? "");
    if (target) for (const namespace of namespacesReachable(target, seen)) used.add(namespace);
  }
  return used;
}

/**
 * The group the nearest layout above a page sends (the root layout sends "everywhere"). A
 * layout's own components sit outside its provider: for a layout, the search starts above it.
 */
function groupInEffect(file: string): ClientMessageGroup {
  const start = path.basename(file) === "layout.tsx" ? path.dirname(path.dirname(file)) : path.dirname(file);
  for (let folder = start; folder.startsWith(path.join(root, "app")); folder = path.dirname(folder)) {
    const layout = path.join(folder, "layout.tsx");
    if (!existsSync(layout)) continue;
    const source = readFileSync(layout, "utf8");
    const group = /messagesLayout\(\s*"(\w+)"\s*\)|<ClientMessages group="(\w+)"/.exec(source);
    if (group) return (group[1] ?? group[2]) as ClientMessageGroup;
  }
  throw new Error(`no layout above ${file} sends messages`);
}

const pages = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)(page|layout|error|not-found)\.tsx$/.test(file) && file !== "layout.tsx")
  .map((file) => path.join(root, "app", file));

describe("messages sent to the browser", () => {
  it("finds the pages, their client modules and what they ask for", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(namespacesUsed('const t = useTranslations("ojt.form");')).toEqual(new Set(["ojt"]));
    expect(namespacesUsed("const t = useTranslations();\nt(`records.${key}`); t(\"validation.required\")")).toEqual(new Set(["records", "validation"]));
    expect(namespacesUsed('useFormFeedback(state, { sections: ["ojt", "records"] });')).toEqual(new Set(["ojt", "records"]));
    // The new-commitment page renders the commitment form, a client module, through a server component.
    expect([...namespacesReachable(path.join(root, "app/(portal)/commitments/new/page.tsx"))]).toContain("commitments");
  });

  it("cover every namespace each page's client components use", () => {
    const missing = pages.flatMap((page) => {
      const group = groupInEffect(page);
      const sent = new Set<string>(CLIENT_NAMESPACES[group]);
      return [...namespacesReachable(page)].filter((namespace) => !sent.has(namespace)).map((namespace) => `${path.relative(root, page)} (${group}): ${namespace}`);
    });
    expect(missing).toEqual([]);
  });

  it("name namespaces that exist, and every group includes what every page may need", () => {
    for (const namespaces of Object.values(CLIENT_NAMESPACES)) {
      for (const namespace of namespaces) expect(Object.keys(ja)).toContain(namespace);
      expect(namespaces).toEqual(expect.arrayContaining([...CLIENT_NAMESPACES.everywhere]));
    }
  });

  it("send the employee's dashboard nothing beyond what every page gets", () => {
    expect(groupInEffect(path.join(root, "app/(portal)/me/page.tsx"))).toBe("everywhere");
    expect(groupInEffect(path.join(root, "app/(portal)/team/page.tsx"))).toBe("everywhere");
  });
});

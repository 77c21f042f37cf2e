import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, type ClientMessageGroup, partSends } from "@/lib/platform/i18n/client-namespaces";
import ja from "@/lib/platform/i18n/messages/ja.json";

/**
 * Client components get only the parts of the catalogue their route segment's layout sends
 * (lib/platform/i18n/client-namespaces.ts). A client component that asks for a namespace its page was
 * not sent shows raw keys in the browser, which no server-side test would notice: this follows
 * every page's imports to the client modules it renders and fails instead.
 */

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The parts of the catalogue a client module asks for, as precisely as its source says: a
 * translator's namespace and the first segment of each key it is called with
 * (`useTranslations("records")` and `t("training.kind")` → "records.training"), its whole
 * namespace when a key is not written out or the translator is handed on to other code.
 */
export function namespacesUsed(source: string): Set<string> {
  const used = new Set<string>();
  // A translator not kept in a variable of its own: its whole namespace.
  for (const match of source.matchAll(/(?<!=\s*)useTranslations\(\s*["'`]([A-Za-z.]+)/g)) used.add(match[1]!);
  for (const match of source.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*["'`]([A-Za-z.]+)["'`]\s*\)/g)) {
    const [, name, namespace] = match as unknown as [string, string, string];
    const rest = source.slice(match.index + match[0].length);
    // A call's first argument: a key written out, up to its placeholder if it has one
    // (t(`training.kinds.${kind}`) asks for "training.kinds").
    const calls = [...rest.matchAll(new RegExp(`\\b${name}(?:\\.\\w+)?\\(\\s*(["'\`])?([A-Za-z0-9][A-Za-z0-9.]*)?`, "g"))].map(
      (call) => [call[0], call[1], call[2]?.replace(/\.+$/, "")] as const,
    );
    const handedOn = rest.match(new RegExp(`\\b${name}\\b(?!\\s*\\(|\\.\\w+\\s*\\()`));
    if (calls.length === 0 || handedOn || calls.some((call) => !call[1] || !call[2])) used.add(namespace);
    else for (const call of calls) used.add(`${namespace}.${call[2]}`);
  }
  // A translator without a namespace takes full keys: t("validation.required"), t(`records.${x}`).
  if (/useTranslations\(\s*\)/.test(source)) for (const match of source.matchAll(/\bt\(\s*["'`]([A-Za-z]+)\./g)) used.add(match[1]!);
  return used;
}

/** Whether the group's parts include `used`: the part itself or one it lies within (but a validation section not named). */
const covers = (parts: readonly string[], used: string) => parts.some((part) => partSends(part, used));

const isClientModule = (source: string) => /^\s*["']use client["']/.test(source);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
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
    expect(namespacesUsed('const t = useTranslations("ojt.form");')).toEqual(new Set(["ojt.form"]));
    expect(namespacesUsed('const t = useTranslations("records");\nt("training.kind"); t.rich(`form.${x}`); t("form.save"); t("vision3Years")')).toEqual(
      new Set(["records.training.kind", "records.form", "records.form.save", "records.vision3Years"]),
    );
    expect(namespacesUsed('const t = useTranslations("records");\nt(`${key}`)')).toEqual(new Set(["records"]));
    expect(namespacesUsed('return labels(useTranslations("roleAdmin"));')).toEqual(new Set(["roleAdmin"]));
    expect(namespacesUsed('const t = useTranslations("records");\nt("form.save"); label(t)')).toEqual(new Set(["records"]));
    expect(namespacesUsed('const t = useTranslations();\nt(`records.${key}`); t("validation.required")')).toEqual(new Set(["records", "validation"]));
    expect(covers(["records.training"], "records.training.kinds")).toBe(true);
    expect(covers(["records.training"], "records")).toBe(false);
    // A form's validation messages are the server's: sent only where a part names them.
    expect(covers(["verifiedRecords"], "verifiedRecords.validation.attachmentTooLarge")).toBe(false);
    expect(covers(["verifiedRecords.validation.attachmentTooLarge"], "verifiedRecords.validation.attachmentTooLarge")).toBe(true);
    // The new-commitment page renders the commitment form, a client module, through a server component.
    expect([...namespacesReachable(path.join(root, "app/(portal)/commitments/new/page.tsx"))].some((part) => part.startsWith("commitments."))).toBe(true);
  });

  it("cover every namespace each page's client components use", () => {
    const missing = pages.flatMap((page) => {
      const group = groupInEffect(page);
      return [...namespacesReachable(page)]
        .filter((namespace) => !covers(CLIENT_NAMESPACES[group], namespace))
        .map((namespace) => `${path.relative(root, page)} (${group}): ${namespace}`);
    });
    expect(missing).toEqual([]);
  });

  it("name namespaces that exist, and every group includes what every page may need", () => {
    for (const namespaces of Object.values(CLIENT_NAMESPACES)) {
      for (const part of namespaces)
        expect(
          part.split(".").reduce<unknown>((tree, key) => (tree as Record<string, unknown> | undefined)?.[key], ja),
          part,
        ).toBeDefined();
      expect(namespaces).toEqual(expect.arrayContaining([...CLIENT_NAMESPACES.everywhere]));
    }
  });

  it("send the employee's dashboard nothing beyond what every page gets", () => {
    expect(groupInEffect(path.join(root, "app/(portal)/me/page.tsx"))).toBe("everywhere");
    expect(groupInEffect(path.join(root, "app/(portal)/team/page.tsx"))).toBe("everywhere");
  });
});

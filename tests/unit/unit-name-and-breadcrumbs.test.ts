import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { BreadcrumbList } from "@/components/navigation/breadcrumbs";
import { UnitName } from "@/components/ui/unit-name";

/** The markup the server sends, as a screen reader and a browser get it. */
async function html(element: ReturnType<typeof createElement>): Promise<string> {
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

const trail = ["消防局", "総務部", "企画課", "庶務係"];

describe("a unit named by its trail", () => {
  it("shows every unit from the bureau down, the unit itself last and on its own", async () => {
    const page = await html(createElement(UnitName, { trail }));
    expect(page.replace(/<[^>]+>/g, "")).toBe("消防局 総務部 企画課 庶務係");
    expect(page).toMatch(/<span class="unit-own">庶務係<\/span><\/span>$/);
    expect(page.match(/class="unit-above"/g)).toHaveLength(3);
  });

  it("draws the separators as decoration screen readers skip, and breaks lines only after them", async () => {
    const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");
    const rule = /\.unit-above::after\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    // A no-break space before each ›: a line never starts with one; empty alternative text.
    expect(rule).toContain('content: "\\a0›" / "";');
    const page = await html(createElement(UnitName, { trail }));
    // The only break opportunity is the space after each unit above (and its ›).
    expect(page.match(/<\/span> <span class="unit-/g)).toHaveLength(3);
    expect(page).not.toContain("›");
  });

  it("leaves out the bureau the page is inside", async () => {
    const page = await html(createElement(UnitName, { trail, bureau: "消防局" }));
    expect(page).not.toContain("消防局");
    expect(page.replace(/<[^>]+>/g, "")).toBe("総務部 企画課 庶務係");
  });

  it("names a unit alone with one element", async () => {
    const page = await html(createElement(UnitName, { trail: ["消防局", "総務部"], bureau: "消防局" }));
    expect(page).toBe('<span class="unit-name unit-own">総務部</span>');
  });
});

describe("breadcrumbs", () => {
  const crumbs = [{ label: "チーム", href: "/team" }, { label: "若手職員のOJT", href: "/team/ojt?fy=2026" }, { label: "佐藤 花子さんのOJT計画" }];

  it("are a labelled navigation landmark holding an ordered list, the page itself last and current", async () => {
    const page = await html(createElement(BreadcrumbList, { label: "パンくずリスト", crumbs }));
    expect(page).toMatch(/^<nav aria-label="パンくずリスト"[^>]*><ol[^>]*>/);
    expect(page.match(/<li/g)).toHaveLength(3);
    expect(page.match(/aria-current="page"/g)).toHaveLength(1);
    expect(page).toMatch(/<span aria-current="page">佐藤 花子さんのOJT計画<\/span><\/li><\/ol><\/nav>$/);
  });

  it("link back to each page above this one, the list it was opened from included", async () => {
    const page = await html(createElement(BreadcrumbList, { label: "パンくずリスト", crumbs }));
    expect(page).toContain('<a href="/team">チーム</a>');
    expect(page).toContain('<a href="/team/ojt?fy=2026">若手職員のOJT</a>');
    expect(page).not.toMatch(/<a [^>]*>佐藤/);
  });
});

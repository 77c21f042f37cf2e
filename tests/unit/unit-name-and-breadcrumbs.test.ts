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
    expect(page.replace(/<[^>]+>/g, "")).toBe("消防局\u00a0› 総務部\u00a0› 企画課\u00a0› 庶務係");
    expect(page).toMatch(/<span class="unit-own">庶務係<\/span><\/span>$/);
    expect(page.match(/class="unit-above"/g)).toHaveLength(3);
  });

  it("hides the separators from screen readers and breaks lines only after them", async () => {
    const page = await html(createElement(UnitName, { trail }));
    expect(page.match(/<span aria-hidden="true">›<\/span>/g)).toHaveLength(3);
    // A no-break space before each ›: a line never starts with one.
    expect(page).not.toMatch(/ <span aria-hidden/);
  });

  it("leaves out the bureau the page is inside", async () => {
    const page = await html(createElement(UnitName, { trail, bureau: "消防局" }));
    expect(page).not.toContain("消防局");
    expect(page.replace(/<[^>]+>/g, "")).toBe("総務部\u00a0› 企画課\u00a0› 庶務係");
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

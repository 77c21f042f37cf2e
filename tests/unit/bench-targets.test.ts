import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCOUNT_KEYS } from "@/tests/bench/accounts";
import { BUDGETS, EXCLUDED_ROUTES, NODE_COMPARISON_IDS, TARGETS } from "@/tests/bench/targets";

const APP = path.resolve(import.meta.dirname, "../../app");

/**
 * Every app/**\/page.tsx as the URL pattern it serves: route groups "(portal)" drop out. A
 * parallel route's slot (@menu) renders inside the pages its URL names, measured with them.
 */
function pageRoutes(): string[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx" && !file.split(path.sep).some((segment) => segment.startsWith("@")))
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.+\)$/.test(segment));
      return `/${segments.join("/")}`;
    })
    .sort();
}

// Issue 16: a page added to the portal must be measured, or excluded here with a reason.
describe("the bench's target list", () => {
  const measured = new Set(TARGETS.map((target) => target.route));

  it("covers every page of app/, or excludes it with a reason", () => {
    const uncovered = pageRoutes().filter((route) => !measured.has(route) && !(route in EXCLUDED_ROUTES));
    expect(uncovered).toEqual([]);
  });

  it("excludes only routes that exist and are not measured anyway", () => {
    const routes = new Set(pageRoutes());
    for (const [route, reason] of Object.entries(EXCLUDED_ROUTES)) {
      expect(routes.has(route), route).toBe(true);
      expect(measured.has(route), route).toBe(false);
      expect(reason.length, route).toBeGreaterThan(10);
    }
  });

  it("has unique ids, each naming its account", () => {
    const ids = TARGETS.map((target) => target.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const target of TARGETS) if (target.account !== null) expect(ACCOUNT_KEYS).toContain(target.account);
    for (const id of NODE_COMPARISON_IDS) expect(ids).toContain(id);
  });

  it("measures every role", () => {
    for (const key of ACCOUNT_KEYS)
      expect(
        TARGETS.some((target) => target.account === key),
        key,
      ).toBe(true);
  });

  it("holds the employee's and the supervisor's pages to 60 KB, and the employee's and the team view to 70 % of the ceiling", () => {
    for (const target of TARGETS) {
      const budget = BUDGETS[target.budget];
      if (target.budget === "ceiling" || target.budget === "floor") continue;
      if (budget === null) throw new Error(`${target.id}: no budget`);
      const small = target.contentType === "text/html" && /^\/(me|team|plans|ojt|interviews)(\/|$)/.test(target.route);
      if (small) expect(budget.maxKb, target.id).toBe(60);
      else if (target.contentType === "text/html") expect(budget.maxKb, target.id).toBe(150);
      // An export is a file to download, held to the pages' floor whoever asks for it.
      const daily = target.contentType === "text/html" && (target.account === "employee" || target.route === "/team");
      expect(budget.share, target.id).toBe(daily ? 0.7 : 0.5);
    }
  });
});

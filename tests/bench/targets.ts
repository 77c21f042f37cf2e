import type { AccountRole, Accounts } from "./accounts";
import { BenchError } from "./errors";

/**
 * What a target is held to at 10 connections: `core` pages (the employee's and the team view,
 * opened by everyone every day) ≥ 70 % of the ceiling, `dashboard` pages ≥ 50 %, both with a
 * p95 under 300 ms; `none` is measured and reported only.
 */
export type Budget = "ceiling" | "core" | "dashboard" | "none";

export interface Target {
  id: string;
  label: string;
  path: string;
  /** whose session loads it; null for the ceiling, which needs none */
  as: AccountRole | null;
  budget: Budget;
  contentType: "text/html" | "text/csv";
}

export const TARGET_IDS = ["me", "team", "bureau", "city", "city-trends", "city-export"] as const;

export function benchTargets(accounts: Accounts, fiscalYear: number): Target[] {
  return [
    { id: "ceiling", label: "ceiling (no DB, no session)", path: "/bench-ceiling", as: null, budget: "ceiling", contentType: "text/html" },
    { id: "me", label: "employee dashboard", path: "/me", as: "employee", budget: "core", contentType: "text/html" },
    { id: "team", label: "supervisor team view", path: "/team", as: "supervisor", budget: "core", contentType: "text/html" },
    {
      id: "bureau",
      label: "bureau dashboard (largest)",
      path: `/bureau?fy=${fiscalYear}&bureau=${accounts.largestBureau.id}`,
      as: "bureau",
      budget: "dashboard",
      contentType: "text/html",
    },
    { id: "city", label: "city dashboard", path: `/city?fy=${fiscalYear}`, as: "hr", budget: "dashboard", contentType: "text/html" },
    { id: "city-trends", label: "city trends, all years", path: `/city/trends?fy=${fiscalYear}`, as: "hr", budget: "dashboard", contentType: "text/html" },
    { id: "city-export", label: "city table export (CSV)", path: `/city/export?table=bureaus&format=csv&fy=${fiscalYear}`, as: "hr", budget: "none", contentType: "text/csv" },
  ];
}

/**
 * One request as the load will make it, answering the body's size. Anything but a 200 of the
 * expected type means the numbers would measure a redirect to /signin, a 404 (the wrong
 * account for the page) or an error page: stop.
 */
export async function verifyTarget(baseUrl: string, target: Target, cookie: string | undefined, who: string): Promise<number> {
  const response = await fetch(new URL(target.path, baseUrl), { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
  const body = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200) {
    const location = response.headers.get("location");
    const why =
      response.status >= 500
        ? "a server error (its log is below)"
        : response.status === 404 && target.id === "ceiling"
          ? "is app/bench-ceiling in this build? (run without --no-build)"
          : "the wrong account for this page?";
    throw new BenchError(`${target.label} ${target.path} as ${who} answered ${response.status}${location ? ` → ${location}` : ""}: ${why}`);
  }
  if (!type.startsWith(target.contentType)) throw new BenchError(`${target.label} ${target.path} as ${who} answered ${type}, not ${target.contentType}`);
  if (body.length === 0) throw new BenchError(`${target.label} ${target.path} as ${who} answered an empty body`);
  // The size is reported: rendering and sending the HTML is part of what is measured.
  return Buffer.byteLength(body);
}

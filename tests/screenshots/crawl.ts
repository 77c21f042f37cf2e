import type { Page } from "@playwright/test";

/**
 * Walks the pages a signed-in person can reach by following links, as a new member of staff
 * clicking through the menu would: the landing page, the role menu, the tabs, and from there
 * one representative of each kind of page (a plan, a commitment, an interview …). Shared by the
 * accessibility spec (tests/e2e/accessibility.spec.ts) and the screenshot script (./take.ts).
 *
 * Pages are told apart by their route, not their URL: /plans/12 and /plans/13 are the same
 * page with other data, and /team?sort=name is /team sorted, so each kind is visited once.
 */

export const DEMO_ROLES = {
  employee: "demo-employee",
  supervisor: "demo-supervisor",
  bureau: "demo-bureau",
  hr: "demo-hr",
  hq: "demo-hq",
} as const;
export type DemoRole = keyof typeof DEMO_ROLES;

/**
 * Signs in through the form. Unlike tests/e2e/sign-in.ts it waits up to 30 s for the landing
 * page: password hashing is deliberately slow, and these long walks share the machine.
 */
export async function signInAs(page: Page, staffNumber: string, password = "demo-password") {
  await page.goto("/signin");
  await page.getByLabel("職員番号").fill(staffNumber);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログインする" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
}

const runId = Date.now().toString(36).toUpperCase();
const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });

/**
 * The demo data has no team commitment, training programme or session. Before its crawl, each
 * role that owns such pages makes one through the portal (names unique per run, so this can be
 * repeated against one server) and returns where they are, for the crawl to start from.
 */
export const PREPARE: Partial<Record<DemoRole, (page: Page) => Promise<string[]>>> = {
  supervisor: async (page) => {
    await page.goto("/team/commitments/new");
    await page.getByLabel("取組名").fill(`係内勉強会を開く${runId}`);
    await page.getByRole("combobox", { name: /^施策\s*必須$/ }).selectOption({ label: "（1）②職場の人材育成の推進" });
    await page.getByRole("textbox", { name: /^目標\s*必須$/ }).fill("月1回");
    await page.getByRole("button", { name: "取組を追加する" }).click();
    await page.waitForURL(/\/commitments\/\d+/);
    return [new URL(page.url()).pathname];
  },
  hr: async (page) => {
    const programme = `文書事務研修${runId}`;
    await page.goto("/city/programmes");
    await page.getByRole("textbox", { name: /^研修名/ }).fill(programme);
    await page.getByRole("spinbutton", { name: /^時間/ }).fill("2");
    await page.getByRole("button", { name: "追加する", exact: true }).click();
    await page.getByRole("link", { name: programme }).click();
    await page.waitForURL(/\/city\/programmes\/\d+/);
    const programmePath = new URL(page.url()).pathname;
    await page.getByLabel("開始日").fill(today);
    await page.getByLabel("終了日").fill(today);
    await page.getByLabel("会場").fill("仙台市職員研修所");
    await page.getByRole("button", { name: "実施回を追加する" }).click();
    const session = page.getByRole("table", { name: "実施回" }).getByRole("link").first();
    await session.waitFor();
    return [programmePath, (await session.getAttribute("href"))!];
  },
};

/** Links that download a file or leave the portal's pages; never visited. */
const NOT_A_PAGE = [/\/export(\/|$)/, /\/disclosure(\/|$)/, /^\/api\//, /\.(csv|xlsx|pdf|zip)$/i];

/** /plans/12 → /plans/:n, so two plans count as one kind of page. */
export function routeOf(pathname: string): string {
  return pathname.replace(/\/\d+(?=\/|$)/g, "/:n");
}

/** A file name for a path: /me/plans/2026 → me-plans-2026, / → top. */
export function slugOf(pathname: string): string {
  return pathname.replace(/^\/|\/$/g, "").replace(/[^\w-]+/g, "-") || "top";
}

interface Link {
  href: string;
  download: boolean;
}

/** Same-origin page links, the menus first (they are what a person reaches for first). */
async function linksOn(page: Page): Promise<Link[]> {
  return page.$$eval("nav a[href], main a[href], a[href]", (anchors) =>
    anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, download: anchor.hasAttribute("download") })),
  );
}

export interface CrawlOptions {
  /** Where to start (the landing page redirects each role to its dashboard), and pages to see first. */
  start?: string[];
  /** At most this many pages. */
  limit?: number;
  /** Paths not to visit (nor follow links from). */
  skip?: RegExp;
}

/**
 * Everyone's own pages. Every role is also an employee, so these are the same pages (with other
 * data) in every role's walk; the other roles leave them to the employee's.
 */
export const OWN_PAGES = /^\/(me|policy|notifications)(\/|$)/;

export const skipFor = (role: DemoRole): RegExp | undefined => (role === "employee" ? undefined : OWN_PAGES);

/**
 * Visits each page once and calls `visit` on it (already loaded); returns the paths visited in
 * order. A page that fails to load is reported to `visit` all the same, so its caller sees it.
 */
export async function crawl(
  page: Page,
  visit: (page: Page, path: string) => Promise<void>,
  { start = ["/"], limit = 40, skip }: CrawlOptions = {},
): Promise<string[]> {
  const origin = new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin;
  const queue: string[] = [...start];
  const seenRoutes = new Set<string>();
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < limit) {
    const next = queue.shift()!;
    await page.goto(next);
    const here = new URL(page.url());
    // Redirects (the landing page, a fiscal year's default) land on a route already seen.
    if (seenRoutes.has(routeOf(here.pathname)) && visited.length > 0) continue;
    seenRoutes.add(routeOf(here.pathname));
    visited.push(here.pathname + here.search);
    await visit(page, here.pathname + here.search);
    for (const link of await linksOn(page)) {
      const url = new URL(link.href);
      if (link.download || (url.origin !== here.origin && url.origin !== origin)) continue;
      if (NOT_A_PAGE.some((pattern) => pattern.test(url.pathname)) || skip?.test(url.pathname)) continue;
      const route = routeOf(url.pathname);
      if (seenRoutes.has(route) || queue.some((queued) => routeOf(new URL(queued, here).pathname) === route)) continue;
      queue.push(url.pathname + url.search);
    }
  }
  return visited;
}

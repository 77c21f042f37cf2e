import { expect, type Page, test } from "@playwright/test";
import { crawl, DEMO_ROLES, type DemoRole, PREPARE, signInAs, skipFor } from "../screenshots/crawl";
import { violations } from "./axe";

/**
 * WCAG 2.1 AA (JIS X 8341-3) checked in the browser on every page each role can reach: axe-core
 * on the rendered page, so contrast, names, landmarks and heading order are checked as staff
 * meet them, including what client components add after hydration. The pages are found by
 * following links (../screenshots/crawl.ts), so a new page is checked without being listed here.
 */

async function expectAccessible(page: Page, where: string) {
  expect(await violations(page), `axe violations on ${where}`).toEqual([]);
}

/** What each walk must reach at least, so that a broken menu cannot pass by showing less. */
const MIN_PAGES: Record<DemoRole, number> = { employee: 8, supervisor: 10, bureau: 4, hr: 12, hq: 3 };

// The longest walks first, so that the two workers finish together.
for (const role of ["hr", "supervisor", "employee", "bureau", "hq"] as const satisfies DemoRole[]) {
  test(`every page the ${role} reaches has no WCAG 2.1 AA violations`, async ({ page }) => {
    test.setTimeout(300_000);
    await signInAs(page, DEMO_ROLES[role]);
    const made = (await PREPARE[role]?.(page)) ?? [];
    const failures: string[] = [];
    const visit = async (current: Page, path: string) => {
      // One page title: axe only asks for at least one level-one heading.
      const titles = await current.getByRole("heading", { level: 1 }).count();
      if (titles !== 1) failures.push(`${path}: ${titles} level-one headings`);
      failures.push(...(await violations(current)).map((line) => `${path}: ${line}`));
    };
    const visited = await crawl(page, visit, { start: ["/", ...made], skip: skipFor(role) });
    // The crawl has to get past the dashboard, or an empty result proves nothing.
    expect(visited.length, `pages reached: ${visited.join(", ")}`).toBeGreaterThanOrEqual(MIN_PAGES[role]);
    console.info(`${role}: ${visited.length} pages — ${visited.join(" ")}`);
    expect(failures).toEqual([]);
  });
}

// demo-employee's own plan is written by the plan walk (plan-loop.spec.ts), so this takes another
// member of staff (菅原 麻衣, 青葉区 保護第一係, from the deterministic demo organisation) through
// a plan of their own: the plan form, a commitment refused and then added, and its progress page.
test("an employee's plan and commitment pages, with and without errors, have no violations", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "240051");
  // "open" rather than "create" when the spec runs again against a kept server.
  await page.getByRole("link", { name: /^育成計画を(作成する|開く)$/ }).click();
  const start = page.getByRole("button", { name: /の育成計画を作成する$/ });
  await expect(start.or(page.getByRole("button", { name: "上司に提出する" }))).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(page.getByText("計画の状態：作成中")).toBeVisible();
  await expectAccessible(page, "a new plan");

  await page.getByRole("link", { name: "編集する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "育成計画を編集する" })).toBeVisible();
  await expectAccessible(page, "the plan's edit page");
  await page.getByRole("link", { name: "取組を追加する" }).click();
  await page.getByRole("button", { name: "取組を追加する" }).click();
  await expect(page.getByText("＊入力してください。").first()).toBeVisible();
  await expectAccessible(page, "the commitment form with errors");
  const title = `生活保護の実務を学ぶ${Date.now().toString(36)}`;
  await page.getByLabel("取組名").fill(title);
  await page.getByRole("combobox", { name: /^施策\s*必須$/ }).selectOption({ label: "（1）⑤職員の自己啓発支援" });
  await page.getByRole("textbox", { name: /^目標\s*必須$/ }).fill("手引きを読み終える");
  await page.getByRole("button", { name: "取組を追加する" }).click();
  await expect(page).toHaveURL(/\/me\/plans\/\d{4}\?saved=1#state$/);
  await expectAccessible(page, "a plan with a commitment");

  await page.getByRole("article").filter({ hasText: title }).getByRole("link", { name: "詳細・進捗の記録" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "a commitment's page");
});

test("the sign-in page and the not-found pages have no violations", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/signin");
  await expectAccessible(page, "/signin");
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page.getByText("＊職員番号を入力してください。")).toBeVisible();
  await expectAccessible(page, "/signin with errors");

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
  await expectAccessible(page, "404 signed out");

  await signInAs(page, DEMO_ROLES.employee);
  await page.goto("/plans/999999999");
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
  await expectAccessible(page, "404 signed in");
});

// Reflow (WCAG 1.4.10): at 320 CSS px the page itself never scrolls sideways; a wide table may
// scroll inside its own box.
const NARROW = [
  { role: "employee", paths: ["/me", "/me/records", "/me/records/training/new"] },
  { role: "supervisor", paths: ["/team", "/team/ojt"] },
  { role: "bureau", paths: ["/bureau", "/bureau/staff?q=%E3%81%82%E3%81%8A%E3%81%B0"] },
  { role: "hr", paths: ["/city", "/city/roles", "/city/staff?q=%E3%81%BF%E3%82%84%E3%81%8E"] },
] as const satisfies { role: DemoRole; paths: string[] }[];

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the sign-in page reflows", async ({ page }) => {
    await page.goto("/signin");
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    await expectAccessible(page, "/signin at 320 px");
  });

  for (const { role, paths } of NARROW) {
    test(`the ${role}'s main pages reflow`, async ({ page }) => {
      test.setTimeout(90_000);
      await signInAs(page, DEMO_ROLES[role]);
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        const width = await pageWidth(page);
        if (width > 320) failures.push(`${path}: the page is ${width} px wide`);
        failures.push(...(await violations(page)).map((line) => `${path}: ${line}`));
      }
      expect(failures).toEqual([]);
    });
  }
});

import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./sign-in";

async function openMyPageFromMenu(page: Page) {
  await page
    .getByRole("navigation", { name: "メインメニュー" })
    .getByRole("link", { name: /マイページ/ })
    .click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^マイページ：/);
}

test.describe("each demo role lands on its own dashboard", () => {
  test("an employee sees their own page", async ({ page }) => {
    await signIn(page, "demo-employee");
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("マイページ：青葉 花子");
    await expect(page.getByText("健康福祉局 › 健康福祉部 › 障害企画課 › 企画係")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link")).toHaveText(["マイページ職員", "方針"]);
  });

  test("a supervisor sees their team, with the member they supervise", async ({ page }) => {
    await signIn(page, "demo-supervisor");
    await expect(page).toHaveURL(/\/team$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("チーム");
    const table = page.getByRole("table", { name: "チームメンバーの状況" });
    await expect(table.getByRole("row", { name: /青葉 花子/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /泉 健太/ })).toHaveCount(0);
    // Filtering to young staff without a trainer keeps the URL shareable.
    await page.getByRole("link", { name: "指導担当が未配置" }).click();
    await expect(page).toHaveURL(/filter=noTrainer/);
  });

  test("a bureau coordinator sees the sections of their bureau only", async ({ page }) => {
    await signIn(page, "demo-bureau");
    await expect(page).toHaveURL(/\/bureau$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("局・区：健康福祉局");
    const table = page.getByRole("table", { name: "健康福祉局の課別一覧" });
    await expect(table.getByRole("rowheader", { name: "障害企画課" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "人事課" })).toHaveCount(0);
  });

  test("the HR division sees every bureau city-wide", async ({ page }) => {
    await signIn(page, "demo-hr");
    await expect(page).toHaveURL(/\/city$/);
    const table = page.getByRole("table", { name: /^局・区別の状況/ });
    for (const bureau of ["総務局", "健康福祉局", "青葉区"]) {
      await expect(table.getByRole("rowheader", { name: bureau })).toBeVisible();
    }
  });

  test("a person with several roles switches between their dashboards", async ({ page }) => {
    await signIn(page, "demo-bureau");
    await openMyPageFromMenu(page);
  });
});

test("a role one does not hold answers not found", async ({ page }) => {
  await signIn(page, "demo-employee");
  for (const path of ["/team", "/bureau", "/city"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  }
});

// components/ui/link.tsx: prefetching each link in view set off 14 to 45 requests per page view
// on the city dataset, two to five times the page's own cost on the server.
test("a page view prefetches no link, and a click asks the server for that page alone", async ({ page }) => {
  const routerRequests: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers.rsc) routerRequests.push(`${headers["next-router-prefetch"] ? "prefetch" : "navigation"} ${new URL(request.url()).pathname}`);
  });
  await signIn(page, "demo-supervisor");
  await expect(page).toHaveURL(/\/team$/);
  // A page view from the start (signing in ends with a navigation of its own).
  await page.waitForLoadState("networkidle");
  routerRequests.length = 0;
  await page.goto("/team");
  await expect(page.getByRole("table", { name: "チームメンバーの状況" })).toBeVisible();
  // The links in view are many (the menu, the team's members and their plans); give a prefetch time to leave.
  expect(await page.locator("a[href^='/']").count()).toBeGreaterThan(10);
  await page.waitForLoadState("networkidle");
  expect(routerRequests).toEqual([]);

  await openMyPageFromMenu(page);
  await page.waitForLoadState("networkidle");
  // A client-side navigation: the page's server components, not a whole document.
  expect(routerRequests).toEqual(["navigation /me"]);
});

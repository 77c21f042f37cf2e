import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("every role reads the whole policy, linked from measure to area", async ({ page }) => {
  await signIn(page, "demo-employee");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "方針" }).click();
  await expect(page).toHaveURL(/\/policy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("仙台市人材育成基本方針（令和2年度改定版）");
  await expect(page.getByText("取組期間：令和3年度～令和12年度（10年間）")).toBeVisible();

  const images = page.locator("#target-images li");
  await expect(images).toHaveCount(4);
  await expect(page.getByRole("heading", { name: /若手職員の人材育成/ })).toBeVisible();
  await expect(page.locator("#areas li[id^=measure-]")).toHaveCount(13);

  const measure = page.locator("#measure-1-5");
  await expect(measure).toContainText("⑤職員の自己啓発支援");
  await expect(measure).toContainText("資格取得や自主学習への支援強化");
  await measure.getByRole("link").click();
  await expect(page).toHaveURL(/#area-1$/);
  await expect(page.locator("#area-1-title")).toBeInViewport();

  await expect(page.getByText("第2期人材育成推進計画")).toBeVisible();
  await expect(page.getByText("例示").first()).toBeVisible();
});

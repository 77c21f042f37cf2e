import { expect, test } from "@playwright/test";
import { violations } from "./axe";
import { signIn } from "./sign-in";

/**
 * Issue 19, one form pattern: every error of a form is found in one pass (a date outside the
 * year is not held back until the other fields are right), named at the top of the form in a
 * summary that takes the focus, each a link to its field, and each field says its own message.
 */
test("a training record with several mistakes names them all at once, at the top, each leading to its field", async ({ page }) => {
  await signIn(page, "demo-employee");
  await page.goto("/me/records/training/new");
  const form = page.locator("main form");

  // The name left empty, both dates in a year long closed, the hours not in half-hour steps.
  await form.getByLabel("研修名").fill("");
  await form.getByLabel("開始日").fill("2001-05-10");
  await form.getByLabel("終了日").fill("2001-05-11");
  await form.locator("input[name=hours]").fill("1.3");
  await form.getByRole("button", { name: "追加する" }).click();

  const summary = form.getByRole("group", { name: /入力内容にエラーがあります/ });
  await expect(summary).toBeFocused();
  const links = summary.getByRole("link");
  await expect(links).toHaveCount(4);
  await expect(summary.getByRole("link", { name: "入力してください。", exact: true })).toHaveCount(1);
  await expect(summary.getByRole("link", { name: /の期間内（4月1日～翌年3月31日）の日付を入力してください。$/ })).toHaveCount(2);
  await expect(summary.getByRole("link", { name: "0.5以上999以下の数値を、0.5時間単位で入力してください。" })).toHaveCount(1);

  // Each link leads to its field, and the field carries its own message.
  await summary.getByRole("link", { name: "入力してください。", exact: true }).click();
  await expect(form.getByLabel("研修名")).toBeFocused();
  await expect(form.getByLabel("研修名")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: /0\.5時間単位/ }).click();
  await expect(form.locator("input[name=hours]")).toBeFocused();
  // What was typed stays, so only the mistakes need mending.
  await expect(form.getByLabel("開始日")).toHaveValue("2001-05-10");
  expect(await violations(page)).toEqual([]);
});

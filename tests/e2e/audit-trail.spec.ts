import { expect, test } from "@playwright/test";
import { violations } from "./axe";
import { signIn } from "./sign-in";

// The audit trail reads as Japanese (issue 20): actions and record types in words, chosen from
// lists, details as labelled fields, and a link to the record where the reader may open it.
test("HR reads the audit trail in words, filters by an action from the list and opens the record", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "demo-hr");
  // Something to find: HR opens a person's record (個人カルテ), which is audited as staff.view.
  await page.goto("/city/staff?q=%E3%81%BF%E3%82%84%E3%81%8E");
  await page
    .getByRole("table", { name: /の検索結果/ })
    .getByRole("link", { name: "宮城 誠" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("個人カルテ：宮城 誠");
  const record = page.url();

  await page.goto("/city/audit");
  // No developer's examples, and the action is chosen from a list of words, grouped by area.
  await expect(page.getByText("例：plan.")).toHaveCount(0);
  const action = page.getByRole("combobox", { name: "操作" });
  await expect(action.locator("optgroup[label='育成計画'] option").first()).toHaveText("育成計画のすべての操作");
  await action.selectOption({ label: "個人カルテの閲覧" });
  await page.getByRole("combobox", { name: "記録の種類" }).selectOption({ label: "職員" });
  await page.getByRole("button", { name: "検索する" }).click();
  await expect(page).toHaveURL(/action=staff\.view/);
  await expect(page).toHaveURL(/entity=employee/);

  const results = page.getByRole("table", { name: "検索結果" });
  const row = results.getByRole("row").filter({ hasText: "個人カルテの閲覧" }).first();
  await expect(row).toBeVisible();
  // Every row is the chosen action, in words; no raw code is shown.
  await expect(results.getByText("staff.view")).toHaveCount(0);
  await expect(results.getByText("employee", { exact: true })).toHaveCount(0);
  await row.getByText("詳細を表示").click();
  const detail = row.locator(".audit-detail");
  await expect(detail.getByRole("term")).toHaveText(["閲覧した立場"]);
  await expect(detail.getByRole("definition")).toHaveText(["人材育成部門"]);
  expect(await violations(page)).toEqual([]);

  // The person's record opens from the row.
  await row.getByRole("link", { name: /^職員 #\d+$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(record).pathname}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("個人カルテ：宮城 誠");
});

import { expect, test } from "@playwright/test";
import { violations } from "./axe";
import { signIn } from "./sign-in";

// The HR division's rules of 要確認 on its settings page (issue 20): validated (a day the month
// lacks is refused on the field), added, changed and removed, with axe. The rule never fires
// (below 0 %), so the bureau pages other walks read at the same time keep their flags.
test("HR adds, changes and removes an attention rule", async ({ page }) => {
  await signIn(page, "demo-hr");
  await page.goto("/city/settings");
  expect(await violations(page)).toEqual([]);
  const section = page.locator("#attention-rules");
  await section.getByLabel("数値").selectOption({ label: "キャリア面談の実施率" });
  await section.getByLabel("しきい値（%）").fill("0");
  await section.getByLabel("適用開始（月）").selectOption({ label: "6月" });
  await section.getByLabel("適用開始（日）").fill("31");
  await section.getByRole("button", { name: "追加する" }).click();
  await expect(section.getByText("その月にない日です（2月は28日まで）。").first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await section.getByLabel("適用開始（日）").fill("30");
  await section.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "要確認の基準を保存しました。" })).toBeVisible();
  const rule = "キャリア面談の実施率が0%未満（6月30日から）";
  await expect(section.getByRole("rowheader", { name: rule })).toBeVisible();
  await section.getByRole("link", { name: `${rule}を変更` }).click();
  await expect(section.getByRole("heading", { name: "基準を変更する" })).toBeVisible();
  await section.getByLabel("適用開始（月）").selectOption({ label: "7月" });
  await section.getByLabel("適用開始（日）").fill("1");
  await section.getByRole("button", { name: "変更を保存する" }).click();
  const changed = "キャリア面談の実施率が0%未満（7月1日から）";
  await expect(section.getByRole("rowheader", { name: changed })).toBeVisible();
  await section.getByRole("button", { name: `${changed}を削除` }).click();
  await expect(page.getByRole("status").filter({ hasText: "要確認の基準を削除しました。" })).toBeVisible();
  await expect(section.getByRole("rowheader", { name: changed })).toHaveCount(0);
});

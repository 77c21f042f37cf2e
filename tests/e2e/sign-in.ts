import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

/** Signs in through the real form, as a member of staff would. */
export async function signIn(page: Page, staffNumber: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("職員番号").fill(staffNumber);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

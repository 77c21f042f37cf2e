import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("a signed-out visitor is sent to sign-in from any page", async ({ page }) => {
  for (const path of ["/", "/me", "/team", "/city", "/policy"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByRole("heading", { level: 1, name: "ログイン" })).toBeVisible();
  }
});

test("a wrong password and an unknown staff number get the same message", async ({ page }) => {
  const messages: string[] = [];
  for (const [staffNumber, password] of [
    ["demo-employee", "wrong-password"],
    ["no-such-person", "demo-password"],
  ] as const) {
    await page.goto("/signin");
    await page.getByLabel("職員番号").fill(staffNumber);
    await page.getByLabel("パスワード").fill(password);
    await page.getByRole("button", { name: "ログインする" }).click();
    // Next.js's route announcer is an (empty) alert too: pick the form's.
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
    await expect(page).toHaveURL(/\/signin$/);
  }
  expect(messages[0]).toBe("職員番号またはパスワードが正しくありません。");
  expect(messages[1]).toBe(messages[0]);
});

test("empty fields are named, in Japanese, next to each field", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page.getByLabel("職員番号")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("＊職員番号を入力してください。")).toBeVisible();
  await expect(page.getByText("＊パスワードを入力してください。")).toBeVisible();
});

test("signing out ends the session, even for a copy of its cookie", async ({ page, context }) => {
  // Signing out ends all of a person's sessions, so this uses someone no other spec signs in as
  // (鈴木 沙織, 青葉区 事業係, from the deterministic demo organisation).
  await signIn(page, "090029");
  const copied = await context.cookies();
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin$/);
  // The cookie taken before signing out (or renewed by a request racing the sign-out) is refused.
  await context.addCookies(copied);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin$/);
});

test("the interface switches to English and back", async ({ page }) => {
  await signIn(page, "demo-employee");
  await page.getByRole("button", { name: "表示言語を英語に切り替える" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^My page：/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Switch the display language to Japanese" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^マイページ：/);
});

test("dates switch to the Western calendar and back, and the choice is kept", async ({ page }) => {
  await signIn(page, "demo-employee");
  const profile = page.getByRole("region", { name: "職員情報" });
  await expect(profile.getByText("令和6年4月1日")).toBeVisible();
  await page.getByRole("button", { name: /^西暦で表示/ }).click();
  await expect(profile.getByText("2024年4月1日")).toBeVisible();
  await expect(page.getByText(/^2026年度の育成の記録/)).toBeVisible();
  await page.goto("/me/records");
  await expect(page.getByText("令和8年度", { exact: false })).toHaveCount(0);
  await page.getByRole("button", { name: /^和暦で表示/ }).click();
  // The choice is kept once the action has answered (the page then offers the other calendar).
  await expect(page.getByRole("button", { name: /^西暦で表示/ })).toBeVisible();
  await page.goto("/me");
  await expect(profile.getByText("令和6年4月1日")).toBeVisible();
});

import { expect, type Locator, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./sign-in";

/**
 * The core flows with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): Tab, Shift+Tab, Enter and
 * Space only — no clicks and no fill(), so every control on the way must be reachable in a sensible
 * order and operable without a pointer.
 */

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, { key = "Tab", max = 120 }: { key?: "Tab" | "Shift+Tab"; max?: number } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${String(target)} not reached with ${max} presses of ${key}`);
}

/** Signs in through the form with the keyboard only; the staff number field takes focus on load. */
async function signInByKeyboard(page: Page, staffNumber: string) {
  await page.goto("/signin");
  await expect(page.getByLabel("職員番号")).toBeFocused();
  await page.keyboard.type(staffNumber);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("パスワード")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 15_000 });
}

test("signing in, and the skip link moving focus to the main content", async ({ page }) => {
  await signInByKeyboard(page, "demo-employee");
  await expect(page).toHaveURL(/\/me$/);
  // The first Tab stop of every portal page is the skip link, visible when it has focus.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へスキップ" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  // The next Tab continues inside main, past the header and the menu.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});

// demo-employee's plan belongs to the plan walk (plan-loop.spec.ts); this is 小野寺 美穂
// (青葉区 保護第一係), a member of staff no other spec uses, from the deterministic demo organisation.
test("an employee starts their plan and saves its content by keyboard", async ({ page }) => {
  test.setTimeout(60_000);
  await signInByKeyboard(page, "200052");
  // "open" rather than "create" when the spec runs again against a kept server.
  await tabTo(page, page.getByRole("link", { name: /^育成計画を(作成する|開く)$/ }));
  await page.keyboard.press("Enter");
  const start = page.getByRole("button", { name: /の育成計画を作成する$/ });
  await expect(start.or(page.getByRole("button", { name: "上司に提出する" }))).toBeVisible();
  if (await start.isVisible()) {
    await tabTo(page, start);
    await page.keyboard.press("Space");
  }
  await expect(page.getByText("計画の状態：作成中")).toBeVisible();
  // The plan opens to be read; 「編集する」 leads to its form.
  await tabTo(page, page.getByRole("link", { name: "編集する" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "育成計画を編集する" })).toBeVisible();

  // Select-all first, so a second run against a kept server replaces rather than appends.
  const write = async (text: string) => {
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(text);
  };
  await tabTo(page, page.getByLabel("現在", { exact: true }));
  await write("保護の窓口で相談を受けている。");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("3年後")).toBeFocused();
  await write("ケースワークを一人で担う。");
  // The first target image's checkbox, then back up to the 10-year vision with Shift+Tab.
  const aspire = () => page.getByRole("group", { name: "目指す職員像と自己評価" }).getByLabel("この職員像を目指す").first();
  const aspired = await aspire().isChecked();
  await tabTo(page, aspire());
  await page.keyboard.press("Space");
  await expect(aspire()).toBeChecked({ checked: !aspired });
  await tabTo(page, page.getByLabel("10年後"), { key: "Shift+Tab" });
  await write("福祉の計画づくりに携わる。");

  await tabTo(page, page.getByRole("button", { name: "計画の内容を保存する" }));
  await page.keyboard.press("Enter");
  // Back on the plan, whose banner says the plan was saved and what state it is in.
  await expect(page.getByText("保存しました。計画の状態：作成中")).toBeVisible();
  await page.goto(page.url().replace(/\?.*$/, "/edit"));
  await expect(page.getByLabel("10年後")).toHaveValue("福祉の計画づくりに携わる。");
  await expect(aspire()).toBeChecked({ checked: !aspired });
});

test("a supervisor reaches a member's plan from the team view by keyboard", async ({ page }) => {
  await signInByKeyboard(page, "demo-supervisor");
  await expect(page).toHaveURL(/\/team$/);
  const members = page.getByRole("table", { name: "チームメンバーの状況" });
  await tabTo(page, members.getByRole("link", { name: /^我妻 隆さんの計画/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我妻 隆さんの育成計画（キャリアデザインシート）");
});

test("every Tab stop of a page shows where the focus is", async ({ page }) => {
  test.setTimeout(60_000);
  await signInByKeyboard(page, "demo-employee");
  // The records page has most kinds of control: menus, tabs, the year's picker, tables with edit
  // links and delete buttons that fold out their confirmation, and scrollable table boxes.
  await page.goto("/me/records");
  const seen: number[] = [];
  const invisible: string[] = [];
  for (let stop = 0; stop < 150; stop += 1) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const shadowed = style.boxShadow !== "none";
      return {
        name: `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`,
        key: Array.prototype.indexOf.call(document.querySelectorAll("*"), element) as number,
        visible: (outlined || shadowed) && box.width > 1 && box.height > 1,
      };
    });
    // Past the last stop the focus leaves the page (or wraps round): the walk is complete.
    if (!focus || seen.includes(focus.key)) break;
    seen.push(focus.key);
    if (!focus.visible) invisible.push(focus.name);
  }
  expect(seen.length, "Tab stops on /me/records").toBeGreaterThan(15);
  expect(invisible, "Tab stops without a visible focus indicator").toEqual([]);
});

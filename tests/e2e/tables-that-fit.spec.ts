import { expect, type Locator, type Page, test } from "@playwright/test";
import pg from "pg";
import { violations } from "./axe";
import { serverDatabaseUrl } from "./server-database";
import { signIn } from "./sign-in";

// Tables that fit (issue 20): the bureau's table sorts, opens and closes its 部 and chooses its
// columns through the URL, and becomes cards on a phone; the roles list pages and filters, and a
// grant's person and unit are chosen by name; the supervisor's tables (issue 19) sort through the
// URL and are cards on a phone, and the records to confirm are confirmed without scripts too.
// (A 局長's table of units needs more than thirty people, more than the demo's bureaus hold: its
// order is unit-tested, lib/people/team/team-units-view.test.ts.)

const numbers = async (cells: Locator) => (await cells.allTextContents()).map((text) => Number(text.replace(/[^\d.]/g, "")));

/** The cells of a column, found by its header's text (cells carry no label of their own). */
async function column(table: Locator, header: string, rows = "tbody tr"): Promise<Locator> {
  const headers = await table.locator("thead th").allTextContents();
  const index = headers.findIndex((text) => text.startsWith(header));
  expect(index, `a column headed ${header}`).toBeGreaterThanOrEqual(0);
  return table.locator(`${rows} > :nth-child(${index + 1})`);
}

/** On a phone: nothing wider than the screen, the table as cards, a figure named by its column. */
async function expectCards(page: Page, table: Locator, header: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect((await table.boundingBox())!.width).toBeLessThanOrEqual(390);
  expect(
    await table
      .locator("tbody tr")
      .first()
      .evaluate((row) => getComputedStyle(row).display),
  ).toBe("block");
  const cell = (await column(table, header)).first();
  expect(await cell.evaluate((element) => getComputedStyle(element, "::before").content)).toBe(`"${header}"`);
}

async function expectNoViolations(page: Page, where: string) {
  expect(await violations(page), `axe violations on ${where}`).toEqual([]);
}

test("the bureau table sorts, collapses and chooses its columns through the URL, and fits a phone", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "demo-bureau");
  await expect(page).toHaveURL(/\/bureau$/);
  const table = page.getByRole("table", { name: /健康福祉局の課別一覧/ });
  // A bureau of a few sections opens whole; each 部 is a row of its own above its 課.
  await expect(table.getByRole("link", { name: "障害企画課" })).toBeVisible();
  const department = table.getByRole("link", { name: /^健康福祉部/ });
  await expect(department).toHaveAttribute("aria-expanded", "true");

  // Sorted by a header link: the URL says so, the header is marked, both levels are in order.
  // The link is named by its column and says what it will do.
  const sortByMembers = table.getByRole("link", { name: "職員数", exact: true });
  await expect(sortByMembers).toHaveAccessibleDescription("この列で並べ替え（小さい順）");
  await sortByMembers.click();
  await expect(page).toHaveURL(/sort=members&dir=asc/);
  await expect(table.getByRole("columnheader", { name: /職員数/ })).toHaveAttribute("aria-sort", "ascending");
  const groupMembers = await column(table, "職員数", "tr.group-row");
  const ascending = await numbers(groupMembers);
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await expect(sortByMembers).toHaveAccessibleDescription("この列で並べ替え（大きい順）");
  await sortByMembers.click();
  await expect(page).toHaveURL(/sort=members&dir=desc/);
  await expect(table.getByRole("columnheader", { name: /職員数/ })).toHaveAttribute("aria-sort", "descending");
  const descending = await numbers(groupMembers);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  // A sorted view is an address: opened again, it is the same.
  await page.goto(page.url());
  await expect(table.getByRole("columnheader", { name: /職員数/ })).toHaveAttribute("aria-sort", "descending");

  // Collapsed: the 部 stays with its figures, its 課 go; the sort is kept.
  await department.click();
  await expect(page).toHaveURL(/open=/);
  await expect(page).toHaveURL(/sort=members/);
  await expect(department).toHaveAttribute("aria-expanded", "false");
  await expect(table.getByRole("link", { name: "障害企画課" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "表の表示" }).getByRole("link", { name: "すべて閉じる" }).click();
  await expect(table.locator("tr.child-row")).toHaveCount(0);
  await expect(table.locator("tr.group-row").first()).toBeVisible();
  await expectNoViolations(page, "/bureau sorted and collapsed");
  await page.getByRole("navigation", { name: "表の表示" }).getByRole("link", { name: "すべて開く" }).click();
  await expect(table.getByRole("link", { name: "障害企画課" })).toBeVisible();

  // Columns: a small form whose choice is kept in the URL with the rest of the view.
  await page.getByText("表示する列を選ぶ").click();
  await page.getByRole("checkbox", { name: "研修時間（合計・1人当たり、時間）" }).check();
  await page.getByRole("checkbox", { name: "職員数", exact: true }).uncheck();
  await page.getByRole("button", { name: "選んだ列で表示" }).click();
  await expect(page).toHaveURL(/cols=/);
  await expect(page).toHaveURL(/sort=members/);
  await expect(table.getByRole("columnheader", { name: /研修時間/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /職員数/ })).toHaveCount(0);
  await expectNoViolations(page, "/bureau with chosen columns");

  // On a phone the rows are cards: nothing wider than the screen, each figure named.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/bureau");
  await expect(table.getByRole("link", { name: "障害企画課" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectCards(page, table, "計画の承認（人・職員に占める%）");
  await expectNoViolations(page, "/bureau at 390 px");
});

test("the roles list pages and filters, and a grant's person and unit are chosen by name", async ({ page }) => {
  test.setTimeout(90_000);
  // Sixty grants that start in 2099: listed (current and future grants are), applying to no one now.
  const database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
  const { rows } = await database.query<{ id: number }>(
    `INSERT INTO role_assignment (employee_id, role, unit_id, include_subunits, valid_from)
     SELECT id, 'HEADQUARTERS', NULL, false, DATE '2099-04-01' FROM employee WHERE active ORDER BY id LIMIT 60
     RETURNING id`,
  );
  try {
    expect(rows).toHaveLength(60);
    await signIn(page, "demo-hr");
    await page.goto("/city/roles?role=HEADQUARTERS");
    const list = page.getByRole("table", { name: /^役割の一覧/ });
    await expect(list).toHaveAccessibleName(/1〜30件目/);
    await page.getByRole("navigation", { name: "ページ送り" }).getByRole("link", { name: "次のページ" }).click();
    await expect(page).toHaveURL(/role=HEADQUARTERS.*page=2/);
    await expect(list).toHaveAccessibleName(/31〜/);

    // Filtered by bureau: every grant listed is over a unit inside it.
    await page.goto("/city/roles");
    const filters = page.getByRole("search", { name: "役割の絞り込み" });
    await filters.getByLabel("局・区").selectOption({ label: "健康福祉局" });
    await filters.getByRole("button", { name: "絞り込む" }).click();
    await expect(page).toHaveURL(/bureau=\d+/);
    const units = await list.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit).toContain("健康福祉局");

    // The person by a part of their reading, the unit by two words of its trail: no codes typed.
    await page.getByRole("searchbox", { name: "付与する職員を探す" }).fill("あおば　はな");
    await page.getByRole("search", { name: "付与する職員を探す" }).getByRole("button", { name: "探す" }).click();
    await page.getByRole("link", { name: /青葉 花子（demo-employee）/ }).click();
    await expect(page).toHaveURL(/grantee=\d+/);
    const grant = page.getByRole("region", { name: "役割を付与する" });
    await expect(grant.getByRole("textbox", { name: /^職員番号/ })).toHaveValue("demo-employee");
    await page.getByRole("searchbox", { name: "対象の組織を探す" }).fill("障害企画 企画係");
    await page.getByRole("search", { name: "対象の組織を探す" }).getByRole("button", { name: "探す" }).click();
    await page.getByRole("link", { name: /障害企画課.*企画係/ }).click();
    await expect(page).toHaveURL(/grantee=\d+.*grantUnit=\d+|grantUnit=\d+.*grantee=\d+/);
    await expect(grant.getByRole("textbox", { name: /^職員番号/ })).toHaveValue("demo-employee");
    await expect(grant.getByRole("textbox", { name: /^組織コード/ })).not.toHaveValue("");
    await expect(grant.getByText(/選択中：.*企画係/).first()).toBeVisible();
    await expectNoViolations(page, "/city/roles with a person and a unit chosen");

    // The city's table per bureau is the same component: sorted through the URL, the filters
    // kept; on a phone, cards that fit the screen.
    await page.goto("/city");
    const city = page.getByRole("table", { name: /^局・区別の状況/ });
    await city.getByRole("link", { name: "承認率(%)", exact: true }).click();
    await expect(page).toHaveURL(/fy=\d+.*sort=approvalRate&dir=asc/);
    await expect(city.getByRole("columnheader", { name: /^承認率/ })).toHaveAttribute("aria-sort", "ascending");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/city");
    await expect(page.getByRole("table", { name: /^局・区別の状況/ }).getByRole("rowheader", { name: "健康福祉局" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoViolations(page, "/city at 390 px");
  } finally {
    await database.query("DELETE FROM role_assignment WHERE id = ANY($1::int[])", [rows.map((row) => row.id)]);
    await database.end();
  }
});

test("the supervisor's tables sort through the URL, keep the unit opened, and are cards on a phone", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "demo-supervisor");
  await expect(page).toHaveURL(/\/team$/);
  const members = page.getByRole("table", { name: "チームメンバーの状況" });
  // By default who needs attention first; a header link sorts, the URL says so, the header is marked.
  await members.getByRole("link", { name: "研修時間", exact: true }).click();
  await expect(page).toHaveURL(/sort=hours&dir=asc/);
  await expect(members.getByRole("columnheader", { name: /^研修時間/ })).toHaveAttribute("aria-sort", "ascending");
  const hours = await column(members, "研修時間");
  const ascending = await numbers(hours);
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await members.getByRole("link", { name: "研修時間", exact: true }).click();
  await expect(page).toHaveURL(/sort=hours&dir=desc/);
  const descending = await numbers(hours);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  // A filter keeps the order; an address opened again is the same view.
  await page.getByRole("navigation", { name: "絞り込み" }).getByRole("link", { name: "要対応" }).click();
  await expect(page).toHaveURL(/sort=hours&dir=desc.*filter=attention|filter=attention.*sort=hours&dir=desc/);
  await page.goto(page.url());
  await expect(members.getByRole("columnheader", { name: /^研修時間/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: "初期の並び（要対応順）に戻す" }).click();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(members.locator("thead th[aria-sort]")).toHaveCount(0);
  await expectNoViolations(page, "/team sorted");

  // The interviews and OJT tables sort the same way.
  await page.goto("/team/interviews");
  const interviews = page.getByRole("table", { name: /のキャリア面談の実施状況$/ });
  await interviews.getByRole("link", { name: "面談回数", exact: true }).click();
  await expect(page).toHaveURL(/\/team\/interviews\?sort=count&dir=asc#members$/);
  const counts = (await (await column(interviews, "面談回数")).allTextContents()).map((text) => (/\d/.test(text) ? Number(text.replace(/\D/g, "")) : 0));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  await page.goto("/team/ojt?sort=name&dir=desc");
  await expect(page.getByRole("table", { name: "若手職員ごとのOJT" }).getByRole("columnheader", { name: /^職員/ })).toHaveAttribute("aria-sort", "descending");

  // On a phone every one of them is a stack of cards that fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, name, header] of [
    ["/team", "チームメンバーの状況", "研修時間"],
    ["/team/ojt", "若手職員ごとのOJT", "計画"],
    ["/team/interviews", /のキャリア面談の実施状況$/, "最終面談日"],
    ["/team/records", "確認待ちの記録", "種類"],
  ] as const) {
    await page.goto(path);
    const table = page.getByRole("table", { name });
    if ((await table.count()) === 0) continue;
    await expectCards(page, table, header);
    await expectNoViolations(page, `${path} at 390 px`);
  }
});

test("the records to confirm are ticked and confirmed without scripts too", async ({ browser }) => {
  test.setTimeout(90_000);
  const database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
  const name = `スクリプトなし確認-${Date.now()}`;
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "numeric" })
    .formatToParts(new Date())
    .filter((part) => part.type !== "literal")
    .map((part) => Number(part.value));
  const fiscalYear = month! >= 4 ? year! : year! - 1;
  // The oldest of the queue, so it is on the first page of twenty-five.
  const { rows } = await database.query<{ id: number }>(
    `INSERT INTO training_record (employee_id, fiscal_year, programme_name, kind, start_on, end_on, hours, completed, created_by_id, created_at, updated_at)
     SELECT e.id, $2::int, $1, 'EXTERNAL', make_date($2::int, 6, 1), make_date($2::int, 6, 1), 2, true, e.id, '2000-04-01', now()
     FROM employee e WHERE e.unit_id = (SELECT unit_id FROM employee WHERE staff_number = 'demo-employee') AND e.staff_number = 'demo-employee'
     RETURNING id`,
    [name, fiscalYear],
  );
  try {
    expect(rows).toHaveLength(1);
    const context = await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    await signIn(await context.newPage(), "demo-supervisor");
    const withoutScripts = await browser.newContext({
      locale: "ja-JP",
      timezoneId: "Asia/Tokyo",
      javaScriptEnabled: false,
      storageState: await context.storageState(),
    });
    const page = await withoutScripts.newPage();
    await page.goto("/team/records");
    const queue = page.getByRole("table", { name: "確認待ちの記録" });
    // The box is named by the record and its person, and heads its row.
    await queue.getByRole("checkbox", { name: new RegExp(`${name}.*青葉 花子`) }).check();
    await page.getByRole("button", { name: "選択した記録を確認する" }).click();
    await expect(page.getByText("確認しました（1件）。")).toBeVisible();
    await expect(queue.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
    const confirmed = await database.query<{ verified: boolean }>("SELECT verified_at IS NOT NULL AS verified FROM training_record WHERE id = $1", [
      rows[0]!.id,
    ]);
    expect(confirmed.rows[0]!.verified).toBe(true);
    await context.close();
    await withoutScripts.close();
  } finally {
    await database.query("DELETE FROM training_record WHERE id = ANY($1::int[])", [rows.map((row) => row.id)]);
    await database.end();
  }
});

test("on a phone the current tab is scrolled into its row, and the page stays where it was", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, "demo-hr");
  await page.goto("/city/settings#retention");
  const row = page.getByRole("navigation", { name: "全庁のメニュー" }).getByRole("list");
  const current = row.getByRole("link", { name: "設定" });
  await expect(current).toHaveAttribute("aria-current", "page");
  // The last of fifteen tabs: without the scroll it lies far right of a 390 px row.
  await expect.poll(async () => row.evaluate((list) => list.scrollLeft)).toBeGreaterThan(0);
  const [tab, box] = await Promise.all([current.boundingBox(), row.boundingBox()]);
  expect(tab!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(tab!.x + tab!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
  // Only the row moved: the page is still at its #retention section, not back at the tabs.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

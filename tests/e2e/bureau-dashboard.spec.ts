import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./sign-in";

// The bureau coordinator's view (issue 5): their bureau's sections, a drill-down to people, the
// same table downloaded as CSV and Excel, and every other unit's drill-down refused.
test("demo-bureau drills down, downloads what the page shows, and cannot open other units", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "demo-bureau");
  await expect(page).toHaveURL(/\/bureau$/);
  const table = page.getByRole("table", { name: /健康福祉局の課別一覧/ });
  // The sections' own links: the table also holds sort links in its header and a toggle per 部.
  const sectionLinks = table.locator('a[href^="/bureau/sections/"]');
  await expect(sectionLinks.first()).toBeVisible();
  const sections = (await sectionLinks.allTextContents()).map((text) => text.trim());
  expect(sections).toEqual(expect.arrayContaining(["障害企画課", "社会課", "健康政策課"]));
  const ownIds = new Set(
    (await sectionLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))).map((href) => Number(/sections\/(\d+)/.exec(href)?.[1])),
  );

  // CSV: UTF-8 with a BOM, one row per section of the page (each table has its own downloads).
  const downloads = page.getByRole("navigation", { name: /課別一覧.*この表のダウンロード/ });
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "CSVでダウンロード" }).click()]);
  // The file is fetched by the page, which says so while it is built and once it is handed over.
  await expect(downloads.getByRole("status")).toHaveText("ダウンロードを開始しました。");
  expect(csvDownload.suggestedFilename()).toMatch(/^健康福祉局_課別の状況_.+\.csv$/);
  const csv = await readFile((await csvDownload.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.toString("utf8");
  for (const section of sections) expect(csvText).toContain(section);

  // Excel: the same sections in the first column of the sheet.
  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "Excelでダウンロード" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const cells: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
  for (const section of sections) expect(cells).toContain(section);

  // Drill down to a section: its people, each plan one click away.
  await table.getByRole("link", { name: "障害企画課" }).click();
  await expect(page.getByRole("table", { name: /障害企画課の職員別一覧/ }).getByRole("row", { name: /青葉 花子/ })).toBeVisible();

  // Every other unit's drill-down answers not found (the demo has about 35 units).
  for (let id = 1; id <= 40; id++) {
    if (ownIds.has(id)) continue;
    const response = await page.request.get(`/bureau/sections/${id}`);
    expect(response.status(), `unit ${id}`).toBe(404);
  }
  const export404 = await page.request.get(`/bureau/export?table=members&format=csv&sectionId=1`);
  expect(ownIds.has(1) ? 200 : 404).toBe(export404.status());
});

// The HR division's view: the city, filtered through the URL, and the headquarters report.
test("demo-hr filters the city-wide view and opens the headquarters report", async ({ page }) => {
  await signIn(page, "demo-hr");
  await expect(page).toHaveURL(/\/city$/);
  await expect(page.getByRole("table", { name: /^局・区別の状況/ }).getByRole("rowheader", { name: "健康福祉局" })).toBeVisible();
  const filters = page.getByRole("form", { name: "絞り込み" });
  const lastYear = await filters.getByLabel("年度").locator("option").nth(1).getAttribute("value");
  await filters.getByLabel("年度").selectOption(lastYear!);
  await filters.getByLabel("局・区").selectOption({ label: "健康福祉局" });
  await filters.getByLabel("施策").selectOption({ label: "（1）⑤職員の自己啓発支援" });
  await filters.getByRole("button", { name: "表示" }).click();
  await expect(page).toHaveURL(new RegExp(`fy=${lastYear}.*bureau=\\d+.*measure=\\d+`));
  // The policy's axes are a view of their own, reached with the same filters.
  await page.getByRole("navigation", { name: "表示する内容" }).getByRole("link", { name: "施策・方針の軸別" }).click();
  await expect(page).toHaveURL(new RegExp(`/city/measures\\?fy=${lastYear}.*bureau=\\d+.*measure=\\d+`));
  await expect(page.getByRole("table", { name: /^施策別の取組/ }).getByRole("row")).toHaveCount(2);
  // The view is a URL: opened again, it shows the same filters.
  await page.goto(page.url());
  await expect(page.getByRole("form", { name: "絞り込み" }).getByLabel("局・区")).toHaveValue(/\d+/);
  // The heat map is a table of shaded cells, read by screen readers as it is.
  await expect(page.getByRole("table", { name: "局・区 × 施策の取組（職員100人あたり）" }).getByRole("row").first()).toBeVisible();

  await page.getByRole("navigation", { name: "全庁のメニュー" }).getByRole("link", { name: "推進本部報告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("人材育成推進本部報告");
  await expect(page.getByText("キャリア形成の支援").first()).toBeVisible();
});

test("a bureau coordinator cannot open the city view, its exports or the report", async ({ page }) => {
  await signIn(page, "demo-bureau");
  for (const path of ["/city", "/city/report", "/city/export?table=bureaus&format=csv", "/city/commitments"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

// 職員検索 and the 個人カルテ (issue 20): HR finds a person by their reading typed in hiragana
// (stored in katakana) and opens their record; a coordinator of another bureau gets a 404 for it,
// and the person's own bureau coordinator opens it through their own search.
test("HR finds a person by kana and opens their record; another bureau's coordinator cannot", async ({ browser }) => {
  test.setTimeout(120_000);
  const hr = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(hr, "demo-hr");
  await hr.getByRole("navigation", { name: "全庁のメニュー" }).getByRole("link", { name: "職員検索" }).click();
  await hr.getByRole("searchbox", { name: /職員番号・氏名・よみがな/ }).fill("みやぎ　まこと");
  await hr.getByRole("button", { name: "検索する" }).click();
  await expect(hr).toHaveURL(/\/city\/staff\?q=/);
  const results = hr.getByRole("table", { name: /の検索結果/ });
  await results.getByRole("link", { name: "宮城 誠" }).click();
  await expect(hr.getByRole("heading", { level: 1 })).toHaveText("個人カルテ：宮城 誠");
  await expect(hr.getByRole("heading", { level: 2, name: /（今年度）$/ })).toBeVisible();
  const id = /\/city\/staff\/(\d+)$/.exec(hr.url())?.[1];
  expect(id).toBeDefined();

  // 青葉区's coordinator: the person sits in 健康福祉局, so neither their record nor HR's pages open.
  const aoba = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(aoba, "910039");
  for (const path of [`/bureau/staff/${id}`, `/city/staff/${id}`, "/city/staff?q=みやぎ"]) {
    expect((await aoba.request.get(path)).status(), path).toBe(404);
  }
  await aoba.goto(`/bureau/staff?q=${encodeURIComponent("みやぎ まこと")}`);
  await expect(aoba.getByText("「みやぎ まこと」に当てはまる職員はいません。")).toBeVisible();

  // 健康福祉局's own coordinator finds and opens it from the bureau's menu.
  const bureau = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(bureau, "demo-bureau");
  await bureau.goto(`/bureau/staff/${id}`);
  await expect(bureau.getByRole("heading", { level: 1 })).toHaveText("個人カルテ：宮城 誠");
});

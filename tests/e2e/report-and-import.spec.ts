import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { violations } from "./axe";
import { signIn } from "./sign-in";

// Issue 20, items 5 and 6: the headquarters report taken into the meeting papers as a workbook,
// and the personnel import's dates, columns and templates. Read only: the import is previewed,
// never applied.

const csvFile = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n"), "utf8") });

test("the HR division downloads the headquarters report as a workbook of the printed sections", async ({ page }) => {
  await signIn(page, "demo-hr");
  await page.goto("/city/report");
  await expect(page.getByRole("heading", { level: 1, name: "人材育成推進本部報告" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // Other tests write plans while this one runs: a bureau's figures can change between the page
  // and the download. Both are read again until they agree (they do within a read or two).
  await expect(async () => {
    await page.reload();
    const downloads = page.getByRole("navigation", { name: "報告のダウンロード" });
    const [download] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: /Excel形式でダウンロード/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^人材育成推進本部報告_.+年度\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["表紙", "1 施策分野別取組の状況", "2 局・区別の比較", "3 注目点と遅れている項目"]);
    // Every bureau the page compares is in the workbook's comparison, with the page's figures
    // stored as numbers (a share for a per cent) and 「－」 where the page withholds one.
    const stored: unknown[][] = [];
    workbook.worksheets[2]!.eachRow((row) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => void values.push(cell.value));
      stored.push(values);
    });
    const asStored = (text: string): unknown => {
      const figure = /^([\d,]+(?:\.\d+)?)(%?)$/.exec(text);
      if (!figure) return text;
      const value = Number(figure[1]!.replaceAll(",", ""));
      return figure[2] ? value / 100 : value;
    };
    const table = page.getByRole("table", { name: /^局・区別の比較/ });
    for (const row of await table.locator("tbody tr").all()) {
      const cells = (await row.locator("th, td").allTextContents()).map((text) => asStored(text.trim()));
      expect(stored).toContainEqual(cells);
    }
  }).toPass({ timeout: 20_000 });
});

test("the personnel import lists its columns, offers templates and reads 和暦", async ({ page }) => {
  await signIn(page, "demo-hr");
  await page.goto("/city/import");
  const staff = page.getByRole("region", { name: "職員", exact: true });
  const columns = staff.getByRole("table", { name: /^職員CSVの列/ });
  await expect(columns.getByRole("row", { name: /入庁日/ })).toContainText("必須");
  await expect(columns.getByRole("row", { name: /異動日/ })).toContainText("任意");
  expect(await violations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent("download"), staff.getByRole("link", { name: /職員CSVのテンプレート/ }).click()]);
  expect(download.suggestedFilename()).toBe("職員取込テンプレート.csv");
  const template = await readFile((await download.path())!);
  expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(template.subarray(3).toString("utf8")).toBe(
    "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,在職,異動日,兼務所属コード,兼務開始日,兼務終了日,兼務先評価\r\n",
  );

  const header = "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード";
  const unit = "B02-D01-S02-U01";
  await staff
    .getByLabel("職員CSVファイル")
    .setInputFiles(
      csvFile("staff.csv", [
        header,
        `W-1,青葉 一郎,アオバ イチロウ,事務,主事,令和８年４月１日,${unit}`,
        `W-2,泉 二郎,イズミ ジロウ,事務,主事,R08/04/01,${unit}`,
        `W-3,宮城 三郎,ミヤギ サブロウ,事務,主事,平成31年5月1日,${unit}`,
      ]),
    );
  await staff.getByRole("button", { name: "内容を確認" }).click();
  await expect(staff.getByRole("table", { name: /^追加/ })).toContainText("泉 二郎");
  const rejects = staff.getByRole("table", { name: /^エラー/ });
  await expect(rejects.getByRole("row").filter({ hasText: "W-3" })).toContainText("4");
  await expect(rejects.getByRole("row").filter({ hasText: "W-3" })).toContainText("入庁日: 元号の期間外の日付です");
  await expect(staff.getByRole("button", { name: "取り込む" })).toBeDisabled();
});

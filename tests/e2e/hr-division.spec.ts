import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./sign-in";

// The HR division running the portal for a year, as its staff would in a browser. It changes
// data every other walk relies on (a new bureau, a closed fiscal year, a new supervisor), so it
// runs in its own Playwright project after all the others (playwright.config.ts).
test.describe.configure({ mode: "serial" });

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

const csvFile = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n"), "utf8") });

// Names and codes unique per run, so the walk can be re-run against a kept server while debugging.
const run = Date.now().toString(36).toUpperCase();
const MEASURE = `デジタル人材の育成${run}`;
const PROGRAMME = `データ活用研修${run}`;
const [BUREAU, SECTION, STAFF] = [`B-${run}`, `S-${run}`, `E-${run}`];

const STAFF_HEADER = "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,在職";

test("HR: catalogue, a training session with imported attendance, the personnel master, roles and the rollover", async ({ browser }) => {
  test.setTimeout(Number(process.env.E2E_WALK_TIMEOUT ?? 180_000));
  const hr = await as(browser, "demo-hr");
  const employee = await as(browser, "demo-employee");

  // 1. A new measure, and an initiative under it for a promotion plan.
  await hr.goto("/city/catalogue");
  // The catalogue is an outline; an item's forms open in place, one at a time.
  const area = hr
    .getByRole("listitem")
    .filter({ has: hr.getByText("（1）職員の主体的な成長を支援する研修・能力開発", { exact: true }) })
    .first();
  await area.getByRole("link", { name: "＋ 施策を追加" }).click();
  const newMeasure = hr.getByRole("textbox", { name: /^追加する施策.+の名称/ });
  await newMeasure.fill(MEASURE);
  await hr.locator("form", { has: newMeasure }).getByRole("button", { name: "施策を追加" }).click();
  // The innermost list item holding the new measure's name is the measure itself.
  const measure = hr
    .getByRole("listitem")
    .filter({ has: hr.getByText(MEASURE) })
    .last();
  await measure.getByRole("link", { name: "＋ 取組を追加" }).click();
  const addInitiative = measure.locator("form").filter({ has: hr.getByRole("textbox", { name: /^追加する取組の名称/ }) });
  await addInitiative.getByRole("textbox", { name: /^追加する取組の名称/ }).fill("データ活用研修の新設");
  await addInitiative.getByRole("combobox", { name: "人材育成推進計画" }).selectOption({ label: "第2期人材育成推進計画" });
  await addInitiative.getByRole("button", { name: "取組を追加" }).click();
  await expect(measure.getByRole("link", { name: "編集：データ活用研修の新設" })).toBeVisible();

  // 2. A programme, a session of it, an enrolment and the attendance CSV.
  await hr.goto("/city/programmes");
  await hr.getByRole("textbox", { name: /^研修名/ }).fill(PROGRAMME);
  await hr.getByRole("spinbutton", { name: /^時間/ }).fill("3");
  await hr.getByRole("button", { name: "追加する", exact: true }).click();
  await hr.getByRole("link", { name: PROGRAMME }).click();
  await hr.getByLabel("開始日").fill("2026-10-15");
  await hr.getByLabel("終了日").fill("2026-10-15");
  await hr.getByLabel("会場").fill("仙台市職員研修所");
  await hr.getByRole("button", { name: "実施回を追加する" }).click();
  await hr.getByRole("table", { name: "実施回" }).getByRole("link", { name: "令和8年10月15日" }).click();
  await hr.getByLabel("職員番号", { exact: true }).fill("demo-employee");
  await hr.getByRole("button", { name: "登録する" }).click();
  await expect(hr.getByRole("cell", { name: "登録しました" })).toBeVisible();
  await hr.getByLabel("出欠CSVファイル").setInputFiles(csvFile("attendance.csv", ["職員番号,出欠", "demo-employee,修了"]));
  await hr.getByRole("button", { name: "内容を確認する" }).click();
  await expect(hr.getByText(/変更 1件・変更なし 0件・エラー 0件/)).toBeVisible();
  await hr.getByRole("button", { name: "取り込む" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "研修受講記録の追加 1件" })).toBeVisible();

  await employee.goto("/me/records");
  await expect(employee.getByRole("cell", { name: PROGRAMME })).toBeVisible();

  // 3. The personnel master: a new bureau and section, then staff with bad rows, fixed.
  await hr.goto("/city/import");
  const units = hr.getByRole("region", { name: "所属" });
  await units
    .getByLabel("所属CSVファイル")
    .setInputFiles(csvFile("units.csv", ["所属コード,所属名,種別,上位所属コード", `${BUREAU},デジタル推進局,局,`, `${SECTION},デジタル企画課,課,${BUREAU}`]));
  await units.getByRole("button", { name: "内容を確認" }).click();
  await expect(units.getByRole("table", { name: /^追加/ })).toContainText("デジタル企画課");
  await units.getByRole("button", { name: "取り込む" }).click();
  await expect(units.getByRole("status").filter({ hasText: "追加 2" })).toBeVisible();

  const staff = hr.getByRole("region", { name: "職員", exact: true });
  const good = `${STAFF}1,青葉 次郎,アオバ ジロウ,事務,主事,2024-04-01,${SECTION},,,1`;
  await staff
    .getByLabel("職員CSVファイル")
    .setInputFiles(
      csvFile("staff.csv", [
        STAFF_HEADER,
        good,
        `${STAFF}2,泉 三郎,イズミ サブロウ,事務,主事,2024-13-01,${SECTION},,,1`,
        `${STAFF}3,宮城 四郎,ミヤギ シロウ,事務,主事,2024-04-01,NO-SUCH,,,1`,
      ]),
    );
  await staff.getByRole("button", { name: "内容を確認" }).click();
  const rejects = staff.getByRole("table", { name: /^エラー/ });
  await expect(rejects.getByRole("row").filter({ hasText: `${STAFF}2` })).toContainText("入庁日: 日付の形式が正しくありません");
  await expect(rejects.getByRole("row").filter({ hasText: `${STAFF}3` })).toContainText("所属コード: 存在しない所属コードです");
  await expect(staff.getByRole("button", { name: "取り込む" })).toBeDisabled();

  await staff
    .getByLabel("職員CSVファイル")
    .setInputFiles(
      csvFile("staff-fixed.csv", [
        STAFF_HEADER,
        good,
        `${STAFF}2,泉 三郎,イズミ サブロウ,事務,主事,2024-04-01,${SECTION},,,1`,
        `${STAFF}3,宮城 四郎,ミヤギ シロウ,事務,主事,2024-04-01,${SECTION},,,1`,
      ]),
    );
  await staff.getByRole("button", { name: "内容を確認" }).click();
  await expect(staff.getByRole("table", { name: /^追加/ })).toContainText("宮城 四郎");
  await staff.getByRole("button", { name: "取り込む" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "追加 3" })).toBeVisible();

  // 4. demo-employee becomes the new section's supervisor: their open session sees it at once.
  await employee.goto("/team");
  await expect(employee.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
  await hr.goto("/city/roles");
  const grant = hr.getByRole("region", { name: "役割を付与する" });
  await grant.getByRole("textbox", { name: /^職員番号/ }).fill("demo-employee");
  await grant.getByRole("combobox", { name: /^役割/ }).selectOption({ label: "管理監督者" });
  await grant.getByRole("textbox", { name: /^組織コード/ }).fill(SECTION);
  await grant.getByRole("button", { name: "付与する" }).click();
  await expect(grant.getByRole("status")).toBeVisible();
  // The list is paged: find the new grant through the filter, as HR would.
  await hr.getByRole("search", { name: "役割の絞り込み" }).getByRole("textbox", { name: /^職員/ }).fill("demo-employee");
  await hr.getByRole("button", { name: "絞り込む" }).click();
  await expect(hr).toHaveURL(/person=demo-employee/);
  await expect(hr.getByRole("row").filter({ hasText: "demo-employee" }).filter({ hasText: "管理監督者" })).toBeVisible();
  await employee.goto("/team");
  await expect(employee.getByRole("heading", { level: 1, name: "チーム" })).toBeVisible();
  await expect(employee.getByRole("rowheader", { name: /宮城 四郎/ })).toBeVisible();

  // 5. The rollover closes this fiscal year and opens the next.
  await hr.goto("/city/rollover");
  await hr.getByLabel("確認しました").check();
  await hr.getByRole("button", { name: "年度を更新する" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "を締め切り" })).toBeVisible();
  await expect(hr.getByRole("row").filter({ hasText: "締切済" }).first()).toBeVisible();
});

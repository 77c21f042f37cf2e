import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { violations } from "./axe";
import { serverDatabaseUrl } from "./server-database";
import { signIn } from "./sign-in";

// Issue 21, items 4–6 in the browser: a plan of ten commitments printed on one A4 page, a
// year-end rating by its owner and the supervisor's comment on it, and a retention run started by
// the HR division that destroys an expired transfer wish and keeps an unexpired one. The data is
// this spec's own: a member of staff of 青葉区 (which the other walks leave alone) and their 係長,
// written straight into the server's database; the transfer wishes are on plans of years long past.
test.describe.configure({ mode: "serial" });

const FY = (() => {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number);
  return (month ?? 4) >= 4 ? (year ?? 2026) : (year ?? 2026) - 1;
})();
const TAG = Date.now().toString(36);

let db: pg.Client;
let person: { id: number; staffNumber: string; supervisor: string };
let planId: number;
let firstCommitment: number;

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

test.beforeAll(async () => {
  db = new pg.Client({ connectionString: serverDatabaseUrl() });
  await db.connect();
  // Someone in 青葉区 whose 係長 holds SUPERVISOR over their 係 and who leads nothing themselves.
  const { rows } = await db.query<{ id: number; staff_number: string; supervisor: string }>(`
    SELECT e.id, e.staff_number, s.staff_number AS supervisor
    FROM employee e
    JOIN org_unit u ON u.id = e.unit_id
    JOIN org_unit b ON b.kind = 'BUREAU' AND b.name = '青葉区' AND u.path LIKE b.path || '%'
    JOIN role_assignment r ON r.unit_id = e.unit_id AND r.role = 'SUPERVISOR' AND r.employee_id <> e.id
    JOIN employee s ON s.id = r.employee_id
    WHERE e.active AND e.staff_number ~ '^[0-9]{6}$' AND s.staff_number ~ '^[0-9]{6}$'
      AND NOT EXISTS (SELECT 1 FROM role_assignment mine WHERE mine.employee_id = e.id)
    ORDER BY e.id DESC LIMIT 1`);
  const found = rows[0];
  if (!found) throw new Error("no member of staff in 青葉区 with a 係長");
  person = { id: found.id, staffNumber: found.staff_number, supervisor: found.supervisor };
  const measure = (await db.query<{ id: number }>("SELECT id FROM measure ORDER BY id LIMIT 1")).rows[0]!.id;

  await db.query("DELETE FROM development_plan WHERE employee_id = $1 AND fiscal_year IN ($2, $3, $4)", [person.id, FY, FY - 9, FY - 2]);
  planId = (
    await db.query<{ id: number }>(
      `INSERT INTO development_plan (employee_id, fiscal_year, status, vision_now, vision_3_years, vision_10_years, reflection, submitted_at, reviewed_at, updated_at)
       VALUES ($1, $2, 'APPROVED', '窓口で制度を分かりやすく説明できる職員になる。', '係の業務改善を任される。', '区の福祉を企画する。', '年度末に振り返る。', now(), now(), now()) RETURNING id`,
      [person.id, FY],
    )
  ).rows[0]!.id;
  const commitments: number[] = [];
  for (let i = 1; i <= 10; i++) {
    const { rows: made } = await db.query<{ id: number }>(
      `INSERT INTO commitment (level, fiscal_year, plan_id, owner_employee_id, measure_id, title, target_text, status, position, progress_percent, due_on, created_by_id, updated_at)
       VALUES ('INDIVIDUAL', $1, $2, $3, $4, $5, $6, 'IN_PROGRESS', $7, $8, $9, $3, now()) RETURNING id`,
      [FY, planId, person.id, measure, `取組${i} 窓口対応の手引きを作る ${TAG}`, "手引き1冊と係内の勉強会", i, i * 10, `${FY}-12-15`],
    );
    commitments.push(made[0]!.id);
  }
  firstCommitment = commitments[0]!;
  // Transfer wishes: one of a year long past (expired under five years), one of two years ago (kept).
  for (const year of [FY - 9, FY - 2]) {
    await db.query(
      "INSERT INTO development_plan (employee_id, fiscal_year, status, transfer_wish_fields, transfer_wish_comment, updated_at) VALUES ($1, $2, 'APPROVED', $3, '相談業務', now())",
      [person.id, year, `異動希望-${year}-${TAG}`],
    );
  }
});

test.afterAll(async () => {
  // The periods are the city's: leave them unset for the other walks, as they found them.
  await db.query("DELETE FROM setting WHERE key = 'retention'");
  await db.end();
});

test("a plan of ten commitments prints as one A4 キャリアデザインシート", async ({ browser }) => {
  const employee = await as(browser, person.staffNumber);
  await employee.goto(`/me/plans/${FY}`);
  await employee.getByRole("link", { name: /キャリアデザインシート/ }).click();
  await expect(employee).toHaveURL(`/me/plans/${FY}/sheet`);
  await expect(employee.getByRole("heading", { level: 1 })).toContainText("キャリアデザインシート");
  await expect(employee.getByRole("table").filter({ hasText: "取組10" }).getByRole("row")).toHaveCount(11);
  await expect(employee.getByRole("table", { name: "確認欄" })).toBeVisible();
  expect(await violations(employee)).toEqual([]);
  await employee.emulateMedia({ media: "print" });
  const pdf = await employee.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);

  const download = await employee.request.get(`/me/plans/${FY}/sheet/xlsx`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");
});

test("the employee rates a commitment at the year's end and the supervisor comments on it", async ({ browser }) => {
  // Two people, two sign-ins, four pages and two axe checks: more than the default 30 s on a busy machine.
  test.slow();
  const employee = await as(browser, person.staffNumber);
  await employee.goto(`/me/plans/${FY}`);
  // The plan's page is read: the ratings are entered on a page of their own.
  const section = employee.getByRole("region", { name: "期末の達成度" });
  await expect(section.getByText("まだ達成度は登録されていません。")).toBeVisible();
  await expect(section.getByRole("combobox")).toHaveCount(0);
  await section.getByRole("link", { name: "達成度を入力する" }).click();
  await expect(employee).toHaveURL(`/me/plans/${FY}/year-end`);
  const first = employee.getByRole("listitem").filter({ hasText: `取組1 窓口対応の手引きを作る ${TAG}` });
  await first.getByLabel(/^達成度/).selectOption("A");
  await first.getByRole("button", { name: "達成度を登録する" }).click();
  await expect(employee.getByTestId(`rating-${firstCommitment}`)).toHaveText("A：目標を上回った");
  expect(await violations(employee)).toEqual([]);
  await employee.getByRole("link", { name: "育成計画へ戻る" }).click();
  await expect(employee.getByRole("region", { name: "期末の達成度" }).getByTestId(`rating-${firstCommitment}`)).toHaveText("A：目標を上回った");

  const supervisor = await as(browser, person.supervisor);
  await supervisor.goto(`/plans/${planId}`);
  await supervisor.getByRole("region", { name: "期末の達成度" }).getByRole("link", { name: "達成度にコメントする" }).click();
  await expect(supervisor).toHaveURL(`/plans/${planId}/year-end`);
  const rated = supervisor.getByRole("listitem").filter({ hasText: `取組1 窓口対応の手引きを作る ${TAG}` });
  await rated.getByLabel(/^上司のコメント/).fill("手引きが窓口で使われています。");
  await rated.getByRole("button", { name: "コメントを保存する" }).click();
  await expect(rated).toContainText("手引きが窓口で使われています。（");
  expect(await violations(supervisor)).toEqual([]);

  await employee.goto("/me/plans");
  await expect(employee.getByRole("row").filter({ hasText: "A 1・未評価 9" })).toHaveCount(1);
});

test("the HR division sets a retention period and its run destroys an expired transfer wish", async ({ browser }) => {
  const hr = await as(browser, "demo-hr");
  await hr.goto("/city/settings");
  const retention = hr.locator("#retention");
  await retention.getByLabel(/^異動希望/).fill("5");
  await retention.getByRole("button", { name: "保存する" }).click();
  await expect(retention.getByText("保存しました。")).toBeVisible();
  await hr.reload();
  await expect(hr.locator("#retention").getByLabel(/^異動希望/)).toHaveValue("5");

  await hr.locator("#retention").getByRole("button", { name: "今すぐ実行する" }).click();
  await expect(hr.getByText("保存期間を過ぎた記録を消去しました。")).toBeVisible();
  const lastRun = hr.locator("#retention").getByRole("table");
  await expect(lastRun.getByRole("row").filter({ hasText: "異動希望" }).getByRole("cell").last()).not.toHaveText("0");
  expect(await violations(hr)).toEqual([]);

  const { rows } = await db.query<{ fiscal_year: number; transfer_wish_fields: string }>(
    "SELECT fiscal_year, transfer_wish_fields FROM development_plan WHERE employee_id = $1 AND fiscal_year IN ($2, $3) ORDER BY fiscal_year",
    [person.id, FY - 9, FY - 2],
  );
  expect(rows).toEqual([
    { fiscal_year: FY - 9, transfer_wish_fields: "" },
    { fiscal_year: FY - 2, transfer_wish_fields: `異動希望-${FY - 2}-${TAG}` },
  ]);

  // The employee's disclosure, as a document, says until when the kept one stays.
  const employee = await as(browser, person.staffNumber);
  await employee.goto("/me/disclosure/document");
  // The document holds one fiscal year, the newest first; the kept wish is on its own year's.
  await expect(employee.getByRole("heading", { level: 1 })).toContainText(`令和${FY - 2018}年度`);
  await employee
    .getByRole("navigation", { name: "表示する年度" })
    .getByRole("link", { name: `令和${FY - 2 - 2018}年度` })
    .click();
  await expect(employee).toHaveURL(new RegExp(`fy=${FY - 2}$`));
  // Five years after the end of FY-2: 31 March of FY+4, in the era staff read.
  await expect(employee.getByRole("table", { name: "異動希望" })).toContainText(`令和${FY + 4 - 2018}年3月31日`);
  await expect(employee.getByRole("table", { name: "種類ごとの保存期間" })).toContainText("年度末から5年");
  expect(await violations(employee)).toEqual([]);
});

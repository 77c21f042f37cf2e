import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { violations } from "./axe";
import { shiftServerClock } from "./server-clock";
import { serverDatabaseUrl } from "./server-database";
import { signIn } from "./sign-in";

// Issue 21 items 2 and 3 in the browser: the HR division sets this year's windows and an
// employee sees how many days are left; the bureau coordinator reminds everyone in the bureau
// who has not submitted (督促), and a second press the same day reaches nobody; demo-supervisor
// names an acting reviewer (代決) for today, who approves a plan on their behalf and, once the
// server's clock has passed the date, no longer finds the team's plans; and a member of 事業係
// imported with a concurrent post (兼務) in 企画係 appears in both teams, flagged.
// It sets the city's calendar and moves the clock, so it runs after the other walks
// (playwright.config.ts).
test.describe.configure({ mode: "serial" });

let database: pg.Client;
test.beforeAll(async () => {
  database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
});
test.afterAll(async () => {
  shiftServerClock(0);
  await database.end();
});

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

const DAY = 86_400_000;
/** A date in Japan, `days` from today, as yyyy-mm-dd. */
const tokyoIso = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * DAY));
const today = tokyoIso(0);
const fiscalYear = Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;

const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T> => {
  const result = await database.query<T>(sql, values);
  const [row] = result.rows;
  if (!row) throw new Error(`no row: ${sql}`);
  return row;
};

test("the HR division sets the year's windows, and an employee sees the days left", async ({ browser }) => {
  const hr = await as(browser, "demo-hr");
  await hr.goto("/city/cycle");
  const calendar = hr.getByRole("region", { name: /の期間$/ });
  // 期首 from April until 12 days from today; 中間 and 期末 after it, within the year.
  const fill = async (legend: string, from: string, to: string) => {
    const group = calendar.getByRole("group", { name: legend });
    await group.getByLabel(/^開始日/).fill(from);
    await group.getByLabel(/^終了日/).fill(to);
  };
  await fill("期首計画", `${fiscalYear}-04-01`, tokyoIso(12));
  await fill("中間振り返り", tokyoIso(13), tokyoIso(14));
  await fill("期末振り返り", tokyoIso(15), `${fiscalYear + 1}-03-31`);
  await calendar.getByRole("button", { name: "期間を保存する" }).click();
  await expect(calendar.getByRole("status").filter({ hasText: "保存しました" })).toBeVisible();
  expect(await violations(hr)).toEqual([]);

  // The co-supervisor planted beside 泉 has no plan this year.
  const member = await as(browser, "canary-cosupervisor");
  await member.goto("/me");
  await expect(member.getByText("期首計画の提出期限まで あと12日")).toBeVisible();
});

test("the bureau coordinator reminds exactly those who have not submitted, and nobody twice a day", async ({ browser }) => {
  const { count } = await one<{ count: string }>(
    `SELECT count(*) FROM employee e JOIN org_unit u ON u.id = e.unit_id
     WHERE e.active AND u.path LIKE (SELECT path || '%' FROM org_unit WHERE code = 'B02') AND e.staff_number <> 'demo-bureau'
       AND NOT EXISTS (SELECT 1 FROM development_plan p WHERE p.employee_id = e.id AND p.fiscal_year = $1
         AND (p.status IN ('SUBMITTED', 'APPROVED') OR EXISTS (SELECT 1 FROM review_event r WHERE r.plan_id = p.id AND r.action = 'APPROVE')))`,
    [fiscalYear],
  );
  const coordinator = await as(browser, "demo-bureau");
  await coordinator.goto("/bureau/cycle");
  await expect(coordinator.getByRole("table", { name: /段階ごとの完了状況/ })).toBeVisible();
  const remind = coordinator.getByRole("region", { name: "督促" });
  await remind.getByLabel(/^段階/).selectOption({ label: "期首計画" });
  await remind.getByRole("button", { name: "未完了の職員に督促を送る" }).click();
  await expect(remind.getByRole("status").filter({ hasText: `${Number(count).toLocaleString("ja-JP")}人に督促を送りました。` })).toBeVisible();
  await remind.getByRole("button", { name: "未完了の職員に督促を送る" }).click();
  await expect(remind.getByRole("status").filter({ hasText: "0人に督促を送りました。" })).toBeVisible();

  const member = await as(browser, "canary-cosupervisor");
  await member.goto("/notifications");
  await expect(member.getByText(/期首計画の提出の期限は.*（宮城 誠さんからの督促）/).first()).toBeVisible();
});

test("an acting reviewer approves a plan on the supervisor's behalf during their dates, and finds nothing after", async ({ browser }) => {
  test.setTimeout(90_000);
  // A member of 企画係 with a plan waiting for review (neither the co-supervisor nor 泉).
  const plans = await database.query<{ id: number; name: string }>(
    `WITH members AS (
       SELECT e.id, e.name FROM employee e JOIN org_unit u ON u.id = e.unit_id
       WHERE u.code = 'B02-D01-S02-U01' AND e.active AND e.staff_number NOT IN ('demo-supervisor', 'canary-cosupervisor', 'demo-employee')
       ORDER BY e.id LIMIT 1)
     INSERT INTO development_plan (employee_id, fiscal_year, status, vision_now, submitted_at, updated_at)
     SELECT id, $1, 'SUBMITTED', '住民に寄り添う', now(), now() FROM members
     ON CONFLICT (employee_id, fiscal_year) DO UPDATE SET status = 'SUBMITTED', submitted_at = now(), version = development_plan.version + 1
     RETURNING id, (SELECT name FROM employee WHERE id = employee_id) AS name`,
    [fiscalYear],
  );
  const [first] = plans.rows;
  if (!first) throw new Error("企画係 has no member to submit a plan");

  const supervisor = await as(browser, "demo-supervisor");
  await supervisor.goto("/team/acting");
  const form = supervisor.getByRole("region", { name: "代決者を指名する" });
  await form.getByLabel(/^代決者の職員番号/).fill("demo-hq");
  await form.getByLabel(/^開始日/).fill(today);
  await form.getByLabel(/^終了日/).fill(today);
  await form.getByLabel(/^理由/).fill("長期研修");
  await form.getByRole("button", { name: "指名する" }).click();
  await expect(form.getByRole("status").filter({ hasText: "代決者を指名しました。" })).toBeVisible();
  await expect(supervisor.getByRole("table", { name: /^代決/ })).toContainText("太白 一郎");
  expect(await violations(supervisor)).toEqual([]);

  // The acting reviewer (the headquarters' 太白, who leads no team) now has 泉's team.
  const acting = await as(browser, "demo-hq");
  await acting.goto("/team");
  await expect(acting.getByText(/代決中：泉 健太さんのチームも表示しています/)).toBeVisible();
  await acting.goto(`/plans/${first.id}`);
  await expect(acting.getByText("あなたは泉 健太さんの代決者です", { exact: false })).toBeVisible();
  const review = acting.getByRole("region", { name: "育成計画の確認" });
  await review.getByLabel(/^コメント/).fill("代決で承認します。");
  await review.getByRole("button", { name: "承認する" }).click();
  await expect(acting.getByText("代決：太白 一郎（泉 健太の代理）")).toBeVisible();

  // The next day (on the server's clock) the period is over by itself: the team's plans are not found.
  shiftServerClock(1);
  const response = await acting.goto(`/plans/${first.id}`);
  expect(response?.status()).toBe(404);
  expect((await acting.goto("/team"))?.status()).toBe(404);
  shiftServerClock(0);
});

test("a member imported with a concurrent post (兼務) appears in both teams, flagged", async ({ browser }) => {
  // A member of 事業係 (beside 企画係) takes a concurrent post in 企画係 through the personnel file.
  const person = await one<{ staff_number: string; name: string; name_kana: string; job_category: string; rank: string; joined_on: Date; unit_code: string }>(
    `SELECT e.staff_number, e.name, e.name_kana, e.job_category, e.rank, e.joined_on, u.code AS unit_code
     FROM employee e JOIN org_unit u ON u.id = e.unit_id
     WHERE u.code = 'B02-D01-S02-U02' AND e.active AND e.staff_number <> 'demo-employee'
       AND NOT EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.employee_id = e.id)
     ORDER BY e.id LIMIT 1`,
  );
  const joined = new Date(person.joined_on.getTime() - person.joined_on.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const hr = await as(browser, "demo-hr");
  await hr.goto("/city/import");
  const staff = hr.getByRole("region", { name: "職員", exact: true });
  await staff.getByLabel("職員CSVファイル").setInputFiles({
    name: "concurrent.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      [
        "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,兼務所属コード,兼務開始日,兼務終了日,兼務先評価",
        `${person.staff_number},${person.name},${person.name_kana},${person.job_category},${person.rank},${joined},${person.unit_code},B02-D01-S02-U01,${fiscalYear}-04-01,,0`,
      ].join("\r\n"),
      "utf8",
    ),
  });
  await staff.getByRole("button", { name: "内容を確認" }).click();
  await expect(staff.getByText("B02-D01-S02-U01", { exact: false }).first()).toBeVisible();
  await staff.getByRole("button", { name: "取り込む" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "変更 1" })).toBeVisible();

  const home = await one<{ staff_number: string }>(
    `SELECT e.staff_number FROM role_assignment ra JOIN employee e ON e.id = ra.employee_id JOIN org_unit u ON u.id = ra.unit_id WHERE ra.role = 'SUPERVISOR' AND u.code = 'B02-D01-S02-U02' ORDER BY ra.id LIMIT 1`,
  );
  for (const staffNumber of ["demo-supervisor", home.staff_number]) {
    const supervisor = await as(browser, staffNumber);
    await supervisor.goto("/team");
    const row = supervisor.getByRole("row").filter({ hasText: person.name });
    await expect(row).toBeVisible();
    await expect(row.getByText("兼務", { exact: true })).toBeVisible();
  }
});

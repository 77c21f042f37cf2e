import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { violations } from "./axe";
import { serverDatabaseUrl } from "./server-database";
import { signIn } from "./sign-in";

// Issue 19: a change during the year keeps what was agreed. A member of demo-supervisor's 係 with
// an approved plan of ten commitments (and last year's plan) adds one commitment and changes
// another mid-year: the plan stays approved, the nine keep taking progress, the supervisor reads
// exactly what changed, approves it, is told who was notified and is offered the next plan.

const currentFiscalYear = () => {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return month >= 4 ? year : year - 1;
};

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

/**
 * Two new members of 企画係, supervised by demo-supervisor, with demo-employee's password: the
 * subject, with last year's approved plan and this year's approved plan of ten commitments, and
 * a colleague whose plan waits for review, so there is always a next plan in the queue.
 */
async function seed(tag: string, fy: number) {
  const database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
  try {
    const people = await database.query<{ id: number; staff_number: string }>(
      `INSERT INTO employee (staff_number, name, name_kana, job_category, rank, joined_on, unit_id, supervisor_id, updated_at)
       SELECT wanted.staff_number, wanted.name, 'ヘンコウ', '事務', '主事', '2015-04-01', e.unit_id, s.id, now()
       FROM employee e, employee s, (VALUES ($1 || '-a', '変更 一郎'), ($1 || '-b', '変更 二郎')) AS wanted(staff_number, name)
       WHERE e.staff_number = 'demo-employee' AND s.staff_number = 'demo-supervisor'
       RETURNING id, staff_number`,
      [tag],
    );
    const subject = people.rows.find((row) => row.staff_number.endsWith("-a"))!;
    const colleague = people.rows.find((row) => row.staff_number.endsWith("-b"))!;
    await database.query(
      `INSERT INTO credential (employee_id, password_hash, updated_at)
       SELECT p.id, c.password_hash, now() FROM credential c JOIN employee d ON d.id = c.employee_id, unnest($1::int[]) AS p(id) WHERE d.staff_number = 'demo-employee'`,
      [[subject.id, colleague.id]],
    );
    const plan = async (employeeId: number, fiscalYear: number, status: string, count: number, extra: { reflection?: string; selfScore?: number }) => {
      const { rows } = await database.query<{ id: number }>(
        `INSERT INTO development_plan (employee_id, fiscal_year, status, vision_now, vision_3_years, reflection, submitted_at, reviewed_at, updated_at)
         VALUES ($1, $2, $3::"PlanStatus", '市民の相談に丁寧に応える。', '制度の担当を一通り経験する。', $4, now() - interval '30 days', CASE WHEN $3 = 'APPROVED' THEN now() - interval '20 days' END, now())
         RETURNING id`,
        [employeeId, fiscalYear, status, extra.reflection ?? ""],
      );
      const planId = rows[0]!.id;
      await database.query(
        `INSERT INTO plan_target_image (plan_id, target_image_id, aspired, self_score) SELECT $1, id, number = 1, $2 FROM target_image WHERE retired_at IS NULL`,
        [planId, extra.selfScore ?? null],
      );
      await database.query(
        `INSERT INTO commitment (level, fiscal_year, plan_id, owner_employee_id, measure_id, title, target_text, due_on, status, progress_percent, position, created_by_id, updated_at)
         SELECT 'INDIVIDUAL', $2, $1, $3, (SELECT id FROM measure ORDER BY id LIMIT 1), '取組' || n, '目標' || n, make_date($2 + 1, 2, 28),
                $4::"CommitmentStatus", CASE WHEN $4 = 'DONE' THEN 100 ELSE 0 END, n, $3, now()
         FROM generate_series(1, $5) AS n`,
        [planId, fiscalYear, employeeId, status === "APPROVED" && fiscalYear < fy ? "DONE" : status === "SUBMITTED" ? "SUBMITTED" : "APPROVED", count],
      );
      return planId;
    };
    await plan(subject.id, fy - 1, "APPROVED", 3, { reflection: "昨年度は手引きを完成させた。", selfScore: 3 });
    const planId = await plan(subject.id, fy, "APPROVED", 10, {});
    await plan(colleague.id, fy, "SUBMITTED", 1, {});
    return { staffNumber: subject.staff_number, planId };
  } finally {
    await database.end();
  }
}

async function expectAxeClean(page: Page) {
  expect(await violations(page)).toEqual([]);
}

test("a mid-year change to an approved plan of ten commitments, and the supervisor's diff", async ({ browser }) => {
  test.setTimeout(150_000);
  const fy = currentFiscalYear();
  const { staffNumber, planId } = await seed(`e2e-changes-${Date.now().toString(36)}`, fy);

  const employee = await as(browser, staffNumber);
  await employee.goto(`/me/plans/${fy}`);
  // Read mode: the state, a table of contents, the commitments as cards — no form.
  await expect(employee.getByText("計画の状態：承認済み", { exact: true })).toBeVisible();
  const contents = employee.getByRole("navigation", { name: "計画の目次" });
  for (const section of ["キャリアビジョン", "目指す職員像", "今年度の取組", "振り返り", "経過"])
    await expect(contents.getByRole("link", { name: section })).toBeVisible();
  await expect(employee.getByRole("heading", { level: 2, name: "今年度の取組（10件）" })).toBeVisible();
  await expect(employee.getByRole("button", { name: "計画の内容を保存する" })).toHaveCount(0);
  await expect(employee.getByText("（未記入）")).toHaveCount(0);
  await expectAxeClean(employee);

  // The edit page says, before anything is saved, that a change goes to the supervisor.
  await employee.getByRole("link", { name: "編集する" }).click();
  await expect(employee.getByRole("heading", { level: 1, name: "育成計画を編集する" })).toBeVisible();
  await expect(employee.getByText(/この計画は承認済みです。保存した変更は上司の承認が必要です。/).first()).toBeVisible();
  await expectAxeClean(employee);

  await employee.getByRole("link", { name: "取組を追加する" }).click();
  await expect(employee.getByRole("heading", { level: 1, name: "取組を追加" })).toBeVisible();
  await expect(employee.getByText(/この計画は承認済みです。保存した変更は上司の承認が必要です。/)).toBeVisible();
  await employee.getByLabel("取組名").fill("後輩の窓口対応に同行する");
  await employee.getByLabel("施策分野").selectOption({ index: 1 });
  await employee.getByRole("combobox", { name: /^施策\s*必須$/ }).selectOption({ index: 1 });
  await employee.getByRole("textbox", { name: /^目標\s*必須$/ }).fill("月2回同行する");
  await employee.getByRole("button", { name: "取組を追加する" }).click();
  // Back on the plan: the banner says what state it is in.
  await expect(employee).toHaveURL(new RegExp(`/me/plans/${fy}\\?saved=1#state$`));
  await expect(employee.getByText("保存しました。計画の状態：承認済み（変更を作成中）")).toBeVisible();
  await expect(employee.getByText("計画の状態：承認済み（変更を作成中）", { exact: true })).toBeVisible();

  // A second change: 取組2 gets a new title, from its own page.
  await employee
    .getByRole("article")
    .filter({ has: employee.getByRole("heading", { name: "取組2", exact: true }) })
    .getByRole("link", { name: "詳細・進捗の記録" })
    .click();
  await expect(employee.getByRole("heading", { level: 1, name: "取組2" })).toBeVisible();
  await expect(employee.getByText(/この計画は承認済みです。保存した変更は上司の承認が必要です。/)).toBeVisible();
  await employee.getByLabel("取組名").fill("取組2（対象を広げる）");
  await employee.getByRole("button", { name: "取組を保存する" }).click();
  await expect(employee.getByText("保存しました。計画の状態：承認済み（変更を作成中）")).toBeVisible();

  // The nine agreed commitments keep taking progress meanwhile.
  await employee
    .getByRole("article")
    .filter({ has: employee.getByRole("heading", { name: "取組1", exact: true }) })
    .getByRole("link", { name: "詳細・進捗の記録" })
    .click();
  await expect(employee.getByRole("heading", { level: 1, name: "取組1" })).toBeVisible();
  await employee.getByLabel("メモ").fill("半分まで進んだ。");
  await employee.getByLabel("進捗率（%）").fill("50");
  await employee.getByRole("button", { name: "進捗を記録する" }).click();
  await expect(employee.getByRole("progressbar", { name: "取組1の進捗" })).toHaveAttribute("aria-valuenow", "50");

  await employee.goto(`/me/plans/${fy}`);
  const changes = employee.getByRole("region", { name: "前回の承認からの変更" });
  await expect(changes.getByRole("heading", { name: "［追加］ 後輩の窓口対応に同行する" })).toBeVisible();
  await employee.getByRole("button", { name: "変更を上司に送る" }).click();
  await expect(employee.getByText("計画の状態：承認済み（変更の確認待ち）", { exact: true })).toBeVisible();
  await expectAxeClean(employee);

  // The supervisor reads exactly what changed, last year's plan below, and decides.
  const supervisor = await as(browser, "demo-supervisor");
  await supervisor.goto(`/plans/${planId}`);
  await expect(supervisor.getByText("計画の状態：承認済み（変更の確認待ち）", { exact: true })).toBeVisible();
  const diff = supervisor.getByRole("region", { name: "前回の承認からの変更" });
  await expect(diff.getByRole("heading", { name: "追加された取組（1件）" })).toBeVisible();
  await expect(diff.getByRole("heading", { name: "［追加］ 後輩の窓口対応に同行する" })).toBeVisible();
  await expect(diff.getByRole("heading", { name: "変更された取組（1件）" })).toBeVisible();
  const changed = diff.getByRole("article", { name: "［変更］ 取組2（対象を広げる）" });
  await expect(changed.getByRole("deletion")).toHaveText("取組2");
  await expect(changed.getByRole("insertion")).toHaveText("取組2（対象を広げる）");
  // Nothing else is reported: the eight untouched and the one with progress are not in the diff.
  await expect(diff.getByRole("article")).toHaveCount(2);
  const previous = supervisor.getByRole("region", { name: /^前年度の計画/ });
  await expect(previous.getByText("前年度の取組の達成：完了 3件 / 3件")).toBeVisible();
  await expect(previous.getByText("昨年度は手引きを完成させた。")).toBeVisible();
  await expectAxeClean(supervisor);

  await supervisor.getByRole("region", { name: "変更の確認（承認・差し戻し）" }).getByRole("button", { name: "承認する" }).click();
  await expect(supervisor.getByText("承認しました。変更 一郎さんに通知しました。")).toBeVisible();
  const next = supervisor.getByRole("link", { name: "次の計画へ" });
  await expect(next).toHaveAttribute("href", /^\/plans\/\d+$/);
  await expect(next).not.toHaveAttribute("href", `/plans/${planId}`);
  await expect(supervisor.getByText("計画の状態：承認済み", { exact: true })).toBeVisible();
  await expectAxeClean(supervisor);

  // Approved: the new commitment takes progress now.
  await employee.goto(`/me/plans/${fy}`);
  await expect(employee.getByText("計画の状態：承認済み", { exact: true })).toBeVisible();
  await employee
    .getByRole("article")
    .filter({ has: employee.getByRole("heading", { name: "後輩の窓口対応に同行する" }) })
    .getByRole("link", { name: "詳細・進捗の記録" })
    .click();
  await expect(employee.getByRole("button", { name: "進捗を記録する" })).toBeVisible();
});

// The edit page orders the plan in one form: the pressed button names its line and way
// (`move=<id>:up`), with scripts through the action and without them as a plain post.
test("the edit page moves a commitment up and down, with and without scripts", async ({ browser }) => {
  const fy = currentFiscalYear();
  const { staffNumber } = await seed(`e2e-order-${Date.now().toString(36)}`, fy);
  const order = (page: Page) => page.locator("ol.order-list > li").getByRole("link").allTextContents();

  const employee = await as(browser, staffNumber);
  await employee.goto(`/me/plans/${fy}/edit`);
  expect((await order(employee)).slice(0, 3)).toEqual(["取組1", "取組2", "取組3"]);
  // Each button is named by its way and its line's title.
  await expect(employee.getByRole("button", { name: "上へ移動 取組1", exact: true })).toBeDisabled();
  await employee.getByRole("button", { name: "下へ移動 取組1", exact: true }).click();
  await expect.poll(async () => (await order(employee)).slice(0, 3)).toEqual(["取組2", "取組1", "取組3"]);

  const context = await browser.newContext({
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    javaScriptEnabled: false,
    storageState: await employee.context().storageState(),
  });
  const withoutScripts = await context.newPage();
  await withoutScripts.goto(`/me/plans/${fy}/edit`);
  await withoutScripts.getByRole("button", { name: "上へ移動 取組3", exact: true }).click();
  await withoutScripts.goto(`/me/plans/${fy}/edit`);
  expect((await order(withoutScripts)).slice(0, 3)).toEqual(["取組2", "取組3", "取組1"]);
  await context.close();
});

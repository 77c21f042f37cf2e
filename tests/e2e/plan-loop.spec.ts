import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./sign-in";

// The heart of the portal, as its users walk it: the employee writes and submits a plan, the
// supervisor returns it, the employee revises and resubmits, the supervisor approves, and the
// employee records progress, which their dashboard then shows.
test.describe.configure({ mode: "serial" });

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

/** From the plan's page (read mode): to the edit page, add the commitment, back on the plan. */
async function addCommitment(page: Page, commitment: { title: string; area: string; measure: string; target: string }) {
  await page.getByRole("link", { name: "編集する" }).click();
  await page.getByRole("link", { name: "取組を追加する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "取組を追加" })).toBeVisible();
  await page.getByLabel("取組名").fill(commitment.title);
  await page.getByLabel("施策分野").selectOption({ label: commitment.area });
  await page.getByRole("combobox", { name: /^施策\s*必須$/ }).selectOption({ label: commitment.measure });
  await expect(page.getByText(/^主な取組：/)).toBeVisible();
  await page.getByRole("textbox", { name: /^目標\s*必須$/ }).fill(commitment.target);
  await page.getByRole("button", { name: "取組を追加する" }).click();
  await expect(page).toHaveURL(/\/me\/plans\/\d{4}\?saved=1#state$/);
  await expect(page.getByRole("heading", { level: 3, name: commitment.title })).toBeVisible();
}

test("plan → return → resubmit → approve → progress, each role in its own browser", async ({ browser }) => {
  test.setTimeout(120_000);
  const employee = await as(browser, "demo-employee");
  await employee.getByRole("link", { name: "育成計画を作成する" }).click();
  await employee.getByRole("button", { name: /の育成計画を作成する$/ }).click();
  await expect(employee.getByText("計画の状態：作成中")).toBeVisible();

  // The plan opens to be read; writing it is the explicit 「編集する」.
  await employee.getByRole("link", { name: "編集する" }).click();
  await employee.getByLabel("現在", { exact: true }).fill("窓口業務で市民の声を聞く力を伸ばしている。");
  await employee.getByLabel("3年後").fill("福祉の制度設計に関わる。");
  const firstImage = employee.getByRole("group", { name: "目指す職員像と自己評価" });
  await firstImage.getByLabel("この職員像を目指す").first().check();
  await employee.getByRole("button", { name: "計画の内容を保存する" }).click();
  await expect(employee.getByText("保存しました。計画の状態：作成中")).toBeVisible();

  await addCommitment(employee, {
    title: "社会福祉士の資格を取得する",
    area: "（1）職員の主体的な成長を支援する研修・能力開発",
    measure: "（1）⑤職員の自己啓発支援",
    target: "試験に合格する",
  });
  await addCommitment(employee, {
    title: "新任職員のOJTを手伝う",
    area: "（1）職員の主体的な成長を支援する研修・能力開発",
    measure: "（1）②職場の人材育成の推進",
    target: "月1回の勉強会を開く",
  });
  await addCommitment(employee, {
    title: "業務マニュアルを見直す",
    area: "（3）能力を発揮できる職場環境づくり",
    measure: "（3）③業務効率化の推進",
    target: "手順書を3本改訂する",
  });

  await employee.getByRole("button", { name: "上司に提出する" }).click();
  await expect(employee.getByText("計画の状態：提出済み（確認待ち）")).toBeVisible();

  const supervisor = await as(browser, "demo-supervisor");
  await supervisor.getByRole("table", { name: "確認待ちの育成計画" }).getByRole("link", { name: "青葉 花子" }).click();
  await expect(supervisor.getByRole("heading", { level: 1 })).toHaveText("青葉 花子さんの育成計画（キャリアデザインシート）");
  // A detail page says where it is: breadcrumbs back to チーム, which the menu marks as current.
  const crumbs = supervisor.getByRole("navigation", { name: "パンくずリスト" });
  await expect(crumbs.getByRole("link", { name: "チーム" })).toHaveAttribute("href", "/team");
  await expect(crumbs.getByText("青葉 花子さんの育成計画（キャリアデザインシート）")).toHaveAttribute("aria-current", "page");
  await expect(supervisor.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: /^チーム/ })).toHaveAttribute("aria-current", "page");
  await expect(supervisor.getByText("窓口業務で市民の声を聞く力を伸ばしている。")).toBeVisible();
  await supervisor.getByRole("button", { name: "差し戻す" }).click();
  await expect(supervisor.getByText("＊入力してください。")).toBeVisible();
  await supervisor.getByLabel("コメント").fill("10年後のビジョンも書いてください。");
  await supervisor.getByRole("button", { name: "差し戻す" }).click();
  // The confirmation names what happened and who was told.
  await expect(supervisor.getByText("差し戻しました。青葉 花子さんに通知しました。")).toBeVisible();
  await expect(supervisor.getByText("計画の状態：差し戻し")).toBeVisible();

  await employee.reload();
  await expect(employee.getByText("10年後のビジョンも書いてください。").first()).toBeVisible();
  await employee.getByRole("link", { name: "編集する" }).click();
  await employee.getByLabel("10年後").fill("地域福祉の計画を担う係長になる。");
  await employee.getByRole("button", { name: "計画の内容を保存する" }).click();
  await expect(employee.getByText("保存しました。計画の状態：差し戻し")).toBeVisible();
  await employee.getByRole("button", { name: "上司に提出する" }).click();
  await expect(employee.getByText("計画の状態：提出済み（確認待ち）")).toBeVisible();

  await supervisor.reload();
  await supervisor.getByLabel("コメント").fill("よく書けています。承認します。");
  await supervisor.getByRole("button", { name: "承認する" }).click();
  await expect(supervisor.getByText("計画の状態：承認済み")).toBeVisible();
  const timeline = supervisor.getByRole("region", { name: "経過" });
  for (const entry of ["作成（青葉 花子）", "提出（青葉 花子）", "差し戻し（泉 健太）", "承認（泉 健太）"]) {
    await expect(timeline.getByText(entry).first()).toBeVisible();
  }

  await employee.reload();
  await expect(employee.getByText("計画の状態：承認済み")).toBeVisible();
  await employee.getByRole("article").filter({ hasText: "社会福祉士の資格を取得する" }).getByRole("link", { name: "詳細・進捗の記録" }).click();
  await employee.getByLabel("メモ").fill("テキストを1冊終えた。");
  await employee.getByLabel("進捗率（%）").fill("40");
  await employee.getByRole("button", { name: "進捗を記録する" }).click();
  await expect(employee.getByRole("cell", { name: "テキストを1冊終えた。" })).toBeVisible();
  await expect(employee.getByRole("progressbar", { name: "社会福祉士の資格を取得するの進捗" })).toHaveAttribute("aria-valuenow", "40");

  // A training attended today, recorded from the records page (the form has a page of its own,
  // which confirms and leads back to the list); the dashboard adds its hours.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  await employee.goto("/me/records");
  await employee.getByRole("link", { name: "研修受講記録を追加する" }).click();
  await employee.getByLabel("研修名").fill("政策形成研修");
  await employee.getByRole("radio", { name: "研修所研修" }).check();
  await employee.getByLabel("開始日").fill(today);
  await employee.getByLabel("終了日").fill(today);
  await employee.getByLabel("時間", { exact: false }).first().fill("6");
  await employee.getByLabel(/^修了した/).check();
  await employee.getByRole("button", { name: "追加する" }).click();
  await expect(employee.getByRole("status").filter({ hasText: "研修受講記録を追加しました。" })).toBeVisible();
  await employee.getByRole("link", { name: "研修・資格の記録に戻る" }).click();
  await expect(employee.getByRole("row", { name: /政策形成研修/ })).toBeVisible();

  await employee.getByRole("link", { name: /マイページ/ }).click();
  await expect(employee.getByText("計画の状態：承認済み")).toBeVisible();
  await expect(employee.getByText("今年度 20時間")).toBeVisible();
  await expect(employee.getByText("よく書けています。承認します。")).toBeVisible();
  await expect(employee.getByRole("progressbar", { name: "社会福祉士の資格を取得するの進捗" })).toHaveAttribute("aria-valuenow", "40");
});

// The supervisor's side of the year (issue 4), after the loop above: a team commitment whose
// progress the portal computes, an OJT plan for the young member without one, a session logged
// by the trainer, and a career interview whose agreed action the employee takes into their plan.
test("team commitment, OJT and an interview action accepted into the plan", async ({ browser }) => {
  test.setTimeout(120_000);
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  const supervisor = await as(browser, "demo-supervisor");
  await expect(supervisor.getByRole("table", { name: "チームメンバーの状況" }).getByRole("row", { name: /我妻 隆/ })).toContainText("未配置");

  // A team commitment measured by the share of young staff with an OJT plan: one of two.
  await supervisor.goto("/team/commitments/new");
  await supervisor.getByLabel("取組名").fill("若手職員全員にOJT指導担当を付ける");
  await supervisor.getByRole("combobox", { name: /^施策\s*必須$/ }).selectOption({ label: "（1）②職場の人材育成の推進" });
  await supervisor.getByRole("radio", { name: /若手職員のOJT計画の作成率/ }).check();
  await supervisor.getByRole("textbox", { name: /^目標\s*必須$/ }).fill("若手職員全員");
  await supervisor.getByRole("button", { name: "取組を追加する" }).click();
  await expect(supervisor).toHaveURL(/\/commitments\/\d+/);
  const commitmentUrl = supervisor.url();
  const coverage = supervisor.getByRole("progressbar", { name: "若手職員全員にOJT指導担当を付けるの進捗" });
  await expect(coverage).toHaveAttribute("aria-valuenow", "50");

  // The OJT plan for 我妻 隆, trained by the supervisor, with one goal.
  await supervisor.goto("/team/ojt");
  await supervisor
    .getByRole("link", { name: /OJT計画を作成/ })
    .first()
    .click();
  await expect(supervisor.getByRole("heading", { level: 1, name: "OJT計画の作成" })).toBeVisible();
  const trainer = supervisor.getByRole("combobox", { name: /^指導担当職員/ });
  const trainerOption = await trainer.locator("option", { hasText: "泉 健太" }).getAttribute("value");
  await trainer.selectOption(trainerOption!);
  const goal = supervisor.getByRole("group", { name: "目標1" });
  await goal.getByRole("combobox", { name: /^期間/ }).selectOption({ label: "下期（10月〜3月）" });
  await goal.getByRole("combobox", { name: /^施策\s*必須$/ }).selectOption({ label: "（1）②職場の人材育成の推進" });
  await goal.getByRole("textbox", { name: /^目標/ }).fill("予算の資料を一人で作れる");
  await supervisor.getByRole("button", { name: "目標2を削除" }).click();
  await supervisor.getByRole("button", { name: "作成する" }).click();
  // The form confirms where it was filled in: what was made and who was told (the trainee first).
  await expect(supervisor.getByRole("status").filter({ hasText: /^OJT計画を作成しました。\S+ \S+さん(ほか\d+人)?に通知しました。/ })).toBeVisible();
  await supervisor.getByRole("link", { name: "OJT計画を開く" }).click();

  // The trainer logs a session.
  await supervisor.getByLabel(/^実施日/).fill(today);
  await supervisor.getByLabel(/^時間（分）/).fill("30");
  await supervisor.getByLabel(/^内容/).first().fill("予算要求資料の読み方");
  await supervisor.getByRole("button", { name: "記録する" }).click();
  // The confirmation names what was done and who was told (the trainee, first).
  await expect(supervisor.getByRole("status").filter({ hasText: /^OJTの実施記録を保存しました。\S+ \S+さん(ほか\d+人)?に通知しました。$/ })).toBeVisible();
  await expect(supervisor.getByRole("row", { name: /予算要求資料の読み方/ })).toBeVisible();

  // Both young members now have a plan: the computed progress has moved.
  await supervisor.goto(commitmentUrl);
  await expect(coverage).toHaveAttribute("aria-valuenow", "100");

  // A career interview with 青葉 花子 and one agreed action.
  await supervisor.goto("/team/interviews");
  await supervisor.getByRole("link", { name: "青葉 花子さんとの面談を記録" }).click();
  await supervisor.getByLabel(/^面談日/).fill(today);
  await supervisor.getByRole("radio", { name: "期中面談" }).check();
  await supervisor.getByLabel(/^面談の記録（本人と共有）/).fill("制度の理解が進んでいることを確認した。");
  await supervisor.getByLabel(/^非公開メモ/).fill("非公開：来年度の配置を検討");
  const action = supervisor.getByRole("group", { name: "取組1" });
  await action.getByLabel(/^取組の内容/).fill("障害福祉の部門別研修を受講する");
  await action.getByRole("combobox", { name: /^施策/ }).last().selectOption({ label: "（1）④部門別・業務主管課による研修の拡充" });
  await supervisor.getByRole("button", { name: "記録する" }).click();
  await expect(supervisor.getByRole("status").filter({ hasText: "面談を記録しました。共有メモと提案した取組を青葉 花子さんに通知しました。" })).toBeVisible();
  // The form gave way to the confirmation (no second record of the same interview), which leads to it.
  await expect(supervisor.getByRole("button", { name: "記録する" })).toHaveCount(0);
  await supervisor.getByRole("link", { name: "記録した面談を開く" }).click();
  await expect(supervisor).toHaveURL(/\/interviews\/\d+$/);
  await expect(supervisor.getByText("制度の理解が進んでいることを確認した。").first()).toBeVisible();

  // The employee reads the shared notes (never the private ones) and accepts the action.
  const employee = await as(browser, "demo-employee");
  await employee.goto("/me/interviews");
  await expect(employee.getByText("制度の理解が進んでいることを確認した。")).toBeVisible();
  await expect(employee.getByText("非公開：来年度の配置を検討")).toHaveCount(0);
  await employee.getByRole("button", { name: "承諾して育成計画に追加" }).first().click();
  await expect(employee.getByRole("status").filter({ hasText: "取組を育成計画に追加しました。計画の画面で目標や期限を確認してください。" })).toBeVisible();
  await employee.getByRole("link", { name: /の育成計画を開く$/ }).click();
  await expect(employee.getByRole("heading", { level: 3, name: "障害福祉の部門別研修を受講する" })).toBeVisible();
  // A new goal in an approved plan waits for approval on its own: the plan stays approved.
  await expect(employee.getByText("計画の状態：承認済み（変更を作成中）", { exact: true })).toBeVisible();
});

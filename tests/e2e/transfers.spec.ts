import { type Browser, expect, type Page, test } from "@playwright/test";
import { buildDemoOrganisation } from "@/prisma/seed/demo-organisation";
import { type SmtpCatcher, startSmtpCatcher } from "../support/smtp-catcher";
import { E2E_SMTP_PORT, shiftServerClock } from "./server-clock";
import { signIn } from "./sign-in";

// Records that follow people (issue 10), in the browser: demo-employee asks for e-mail digests
// and records a qualification that expires soon, and the reminder reaches them in the portal and
// by e-mail (a real SMTP server started here); the HR division imports a master file moving them
// to 事業係 from tomorrow; demo-supervisor writes the handover note; the server's clock passes the
// date; the new 係長 reads the handover and demo-supervisor no longer sees them.
// It moves demo-employee and the clock, so it runs after the other walks (playwright.config.ts).
test.describe.configure({ mode: "serial" });

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

const csvFile = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n"), "utf8") });

/** A date in Japan, `days` from today, as yyyy-mm-dd. */
function tokyoIso(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

// The demo organisation is deterministic: the 事業係 beside demo-employee's 企画係, and its 係長.
const organisation = buildDemoOrganisation();
const section = organisation.units.find((unit) => unit.name === "障害企画課")!;
const target = organisation.units.find((unit) => unit.name === "事業係" && unit.parentCode === section.code)!;
const newSupervisor = organisation.assignments.find((a) => a.role === "SUPERVISOR" && a.unitCode === target.code)!.staffNumber;
const QUALIFICATION = `福祉住環境コーディネーター${Date.now().toString(36)}`;

let catcher: SmtpCatcher;
test.beforeAll(async () => {
  catcher = await startSmtpCatcher(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  shiftServerClock(0);
  await catcher.close();
});

test("an expiring qualification reaches its holder in the portal and by e-mail", async ({ browser }) => {
  test.setTimeout(90_000);
  const employee = await as(browser, "demo-employee");
  const hr = await as(browser, "demo-hr");

  await employee.goto("/me/records");
  await employee.getByRole("region", { name: "資格・自己啓発" }).getByRole("link", { name: "資格・自己啓発を追加する" }).click();
  const form = employee.locator("main form");
  await form.getByLabel(/^資格・自己啓発の名称/).fill(QUALIFICATION);
  await form.getByLabel(/^取得日/).fill(tokyoIso(-1));
  await form.getByLabel(/^有効期限/).fill(tokyoIso(30));
  await form.getByRole("button", { name: "追加する" }).click();
  await form.getByRole("link", { name: /研修・資格の記録に戻る|その年度を開く/ }).click();
  await expect(employee.getByRole("region", { name: "資格・自己啓発" }).getByRole("cell", { name: QUALIFICATION })).toBeVisible();

  // The jobs raise the reminder (they run every second on this server).
  await expect
    .poll(
      async () => {
        await employee.goto("/notifications");
        return employee.getByText(`資格「${QUALIFICATION}」の有効期限`).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);

  // Asked for after the reminder: today's digest (one a day) is sure to carry it.
  await employee.goto("/notifications");
  const mail = employee.getByRole("region", { name: "メールでの通知" });
  await expect(mail).toContainText("demo-employee@example.invalid");
  await mail.getByLabel("お知らせを毎日まとめてメールで受け取る").check();
  // The form posts without a word back: wait for the save to be answered before reading the page again.
  const saved = employee.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/notifications");
  await mail.getByRole("button", { name: "設定を保存" }).click();
  await saved;
  await employee.reload();
  await expect(employee.getByRole("region", { name: "メールでの通知" }).getByLabel("お知らせを毎日まとめてメールで受け取る")).toBeChecked();

  // The HR division has the day's digests written now, rather than at 08:00.
  await hr.goto("/city/settings");
  // One settings page for HR: the reminders are its second section.
  const reminders = hr.locator("#reminders");
  await reminders.getByLabel(/^メールのまとめを作る時刻/).fill("00:00");
  await reminders.getByRole("button", { name: "保存する" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "保存しました" }).first()).toBeVisible();

  const mails = await catcher.waitFor(1, 30_000);
  const digest = mails.find((m) => m.to.includes("demo-employee@example.invalid"));
  expect(digest?.subject).toMatch(/^【はぐくみ】お知らせ \d+件/);
  expect(digest?.text).toContain(`資格「${QUALIFICATION}」の有効期限`);
  await hr.goto("/city/settings");
  await expect(hr.getByRole("row").filter({ hasText: "demo-employee@example.invalid" }).first()).toContainText("送信済み");
});

test("a transfer imported for tomorrow hands demo-employee over to the new supervisor on that date", async ({ browser }) => {
  test.setTimeout(120_000);
  const hr = await as(browser, "demo-hr");
  const previous = await as(browser, "demo-supervisor");
  const tomorrow = tokyoIso(1);

  await hr.goto("/city/import");
  const staff = hr.getByRole("region", { name: "職員", exact: true });
  await staff
    .getByLabel("職員CSVファイル")
    .setInputFiles(
      csvFile("transfers.csv", [
        "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,異動日",
        `demo-employee,青葉 花子,アオバ ハナコ,事務,主事,2024-04-01,${target.code},${newSupervisor},demo-employee@example.invalid,${tomorrow}`,
      ]),
    );
  await staff.getByRole("button", { name: "内容を確認" }).click();
  await expect(staff.getByRole("table", { name: /^異動/ })).toContainText(tomorrow);
  await staff.getByRole("button", { name: "取り込む" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "異動 1" })).toBeVisible();
  await hr.goto("/city/transfers");
  await expect(hr.getByRole("region", { name: "発効待ちの異動" }).getByRole("row").filter({ hasText: "青葉 花子" })).toBeVisible();

  // Before the date: demo-supervisor still has demo-employee, and writes the handover note.
  await previous.goto("/team/transfers");
  await previous.getByRole("link", { name: /引き継ぎメモを書く.*青葉 花子/ }).click();
  await previous.waitForURL(/\/handovers\/\d+$/);
  const handoverUrl = previous.url();
  await previous.getByRole("textbox", { name: "引き継ぎメモ" }).fill("社会福祉士の受験準備を応援しています。6月に期首面談済み。");
  await previous.getByRole("button", { name: "メモを保存" }).click();
  await expect(previous.getByRole("status").filter({ hasText: "保存しました" })).toBeVisible();

  // The date passes on the server; its jobs apply the transfer by themselves.
  shiftServerClock(1);
  const successor = await as(browser, newSupervisor);
  await expect
    .poll(
      async () => {
        await successor.goto("/team/transfers");
        return successor.getByRole("link", { name: /引き継ぎを確認する.*青葉 花子/ }).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await successor.getByRole("link", { name: /引き継ぎを確認する.*青葉 花子/ }).click();
  await expect(successor.getByRole("heading", { level: 1, name: "青葉 花子さんの引き継ぎ" })).toBeVisible();
  await expect(successor.getByText("社会福祉士の受験準備を応援しています。")).toBeVisible();
  await expect(successor.getByRole("region", { name: /育成計画/ })).toBeVisible();
  await successor.goto("/team");
  await expect(successor.getByRole("row").filter({ hasText: "青葉 花子" })).toBeVisible();

  // The previous supervisor keeps nothing: not the member, nor the handover.
  await previous.goto("/team");
  await expect(previous.getByText("青葉 花子")).toHaveCount(0);
  await previous.goto(handoverUrl);
  await expect(previous.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
  await previous.goto("/team/transfers");
  await expect(previous.getByText("青葉 花子")).toHaveCount(0);

  // demo-employee reads the same handover, note included.
  const employee = await as(browser, "demo-employee");
  await employee.goto(handoverUrl);
  await expect(employee.getByText("社会福祉士の受験準備を応援しています。")).toBeVisible();
});

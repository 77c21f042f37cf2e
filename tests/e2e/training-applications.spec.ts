import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { violations } from "./axe";
import { serverDatabaseUrl } from "./server-database";
import { signIn } from "./sign-in";

// Issue 21, training applications, as the three people do it in their browsers: HR opens a
// session of a course that serves measure ③ for application; a member of staff finds it in the
// open courses and applies with a reason; their 係長 recommends it; HR fills the session in the
// order of recommendation; the attendance is recorded; the attendee writes the 受講報告 and the
// evaluation; and the course's results show in HR's measures view. Every page passes axe.
//
// The 係 is the walk's own (a 係長 and three members who sign in with the demo password), in a
// unit outside every bureau: the other walks count 企画係's members and 青葉 花子's training hours.
test.describe.configure({ mode: "serial" });
test.use({ actionTimeout: 20_000, navigationTimeout: 30_000 });

const tag = Date.now().toString(36);
// A comma, which the calendar file must escape.
const COURSE = `研修アンケート検証, ${tag}`;
const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
const fiscalYear = (() => {
  const [year = 0, month = 0] = today.split("-").map(Number);
  return month >= 4 ? year : year - 1;
})();

let database: pg.Client;
let unitId: number;
let programmeId: number;
let sessionId: number;
/** the 係長, the applicant and two colleagues whose evaluations are written straight to the database */
let people: { id: number; staffNumber: string; name: string }[];

async function as(browser: Browser, staffNumber: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "ja-JP", timezoneId: "Asia/Tokyo" })).newPage();
  await signIn(page, staffNumber);
  return page;
}

async function expectAccessible(page: Page) {
  expect(await violations(page)).toEqual([]);
}

async function one<T extends object>(sql: string, params: unknown[]): Promise<T> {
  const { rows } = await database.query<T>(sql, params);
  if (!rows[0]) throw new Error(`no row from ${sql}`);
  return rows[0];
}

test.beforeAll(async () => {
  database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
  ({ id: unitId } = await one<{ id: number }>(`INSERT INTO org_unit (code, name, kind, path) VALUES ($1, '研修申込係', 'UNIT', '/') RETURNING id`, [
    `e2e-ta-${tag}`,
  ]));
  await database.query(`UPDATE org_unit SET path = '/' || id || '/' WHERE id = $1`, [unitId]);
  people = [];
  for (const [n, name] of ["宮城野 係長", "若林 申込", "太白 受講", "秋保 受講"].entries()) {
    people.push(
      await one<{ id: number; staffNumber: string; name: string }>(
        `INSERT INTO employee (staff_number, name, name_kana, job_category, rank, joined_on, unit_id, updated_at)
         VALUES ($1, $2, 'ケンシュウ', '事務', $3, '2015-04-01', $4, now()) RETURNING id, staff_number AS "staffNumber", name`,
        [`e2e-ta-${tag}-${n}`, name, n === 0 ? "係長" : "主事", unitId],
      ),
    );
  }
  const [leader, applicant] = people;
  await database.query(`INSERT INTO role_assignment (employee_id, role, unit_id, valid_from) VALUES ($1, 'SUPERVISOR', $2, '2020-04-01')`, [
    leader!.id,
    unitId,
  ]);
  await database.query(`UPDATE employee SET supervisor_id = $1 WHERE unit_id = $2 AND id <> $1`, [leader!.id, unitId]);
  await database.query(
    `INSERT INTO credential (employee_id, password_hash, updated_at) SELECT e.id, c.password_hash, now() FROM employee e, credential c
     WHERE e.id = ANY($1::int[]) AND c.employee_id = (SELECT id FROM employee WHERE staff_number = 'demo-employee')`,
    [[leader!.id, applicant!.id]],
  );
  ({ id: programmeId } = await one<{ id: number }>(
    `INSERT INTO training_programme (title, kind, measure_id, hours, updated_at)
     SELECT $1, 'INSTITUTE', m.id, 3, now() FROM measure m JOIN policy_area a ON a.id = m.area_id WHERE a.number = 1 AND m.number = 3 RETURNING id`,
    [COURSE],
  ));
  ({ id: sessionId } = await one<{ id: number }>(
    `INSERT INTO training_session (programme_id, fiscal_year, start_on, end_on, venue, capacity) VALUES ($1, $2, $3, $3, '仙台市職員研修所', 3) RETURNING id`,
    [programmeId, fiscalYear, today],
  ));
});

test.afterAll(async () => {
  const ids = people.map((person) => person.id);
  const records = await database.query<{ id: number }>(
    `SELECT training_record_id AS id FROM training_enrolment WHERE session_id = $1 AND training_record_id IS NOT NULL`,
    [sessionId],
  );
  await database.query(`DELETE FROM notification WHERE recipient_id = ANY($1::int[]) OR actor_id = ANY($1::int[]) OR params->>'title' = $2`, [ids, COURSE]);
  await database.query(`DELETE FROM training_report WHERE employee_id = ANY($1::int[])`, [ids]);
  await database.query(`DELETE FROM training_application WHERE session_id = $1`, [sessionId]);
  await database.query(`DELETE FROM training_enrolment WHERE session_id = $1`, [sessionId]);
  await database.query(`DELETE FROM training_record WHERE id = ANY($1::int[])`, [records.rows.map((row) => row.id)]);
  await database.query(`DELETE FROM training_session WHERE id = $1`, [sessionId]);
  await database.query(`DELETE FROM training_programme WHERE id = $1`, [programmeId]);
  // The audit rows stay (append-only); deleting the people sets their actor to null, as for anyone removed.
  await database.query(`DELETE FROM role_assignment WHERE employee_id = ANY($1::int[])`, [ids]);
  await database.query(`DELETE FROM credential WHERE employee_id = ANY($1::int[])`, [ids]);
  await database.query(`UPDATE employee SET supervisor_id = NULL WHERE id = ANY($1::int[])`, [ids]);
  await database.query(`DELETE FROM employee WHERE id = ANY($1::int[])`, [ids]);
  await database.query(`DELETE FROM org_unit WHERE id = $1`, [unitId]);
  await database.end();
});

test("apply → recommend → select → attend → report and evaluate → HR's measures view", async ({ browser }) => {
  test.setTimeout(180_000);
  const [leader, applicant] = [people[0]!, people[1]!];

  // HR opens the session to staff until the end of the fiscal year.
  const hr = await as(browser, "demo-hr");
  await hr.goto(`/city/programmes/sessions/${sessionId}/applications`);
  await expect(hr.getByText("募集していません")).toBeVisible();
  await hr.getByLabel("申込期限").fill(`${fiscalYear + 1}-03-31`);
  await hr.getByRole("button", { name: "保存する" }).click();
  await expect(hr.getByText(/まで募集中$/)).toBeVisible();
  await expectAccessible(hr);

  // The applicant finds it among the open courses of measure ③ and applies with a reason.
  const staff = await as(browser, applicant.staffNumber);
  await staff.goto("/me/trainings");
  await staff.getByRole("link", { name: "募集中の研修を見る" }).click();
  await staff.getByLabel("施策", { exact: true }).selectOption({ label: "研修所研修の充実" });
  await staff.getByRole("button", { name: "絞り込む" }).click();
  await expect(staff).toHaveURL(/measure=\d+/);
  const listing = staff.getByRole("row", { name: new RegExp(tag) });
  await expect(listing).toContainText("0人／3人");
  await expectAccessible(staff);
  await listing.getByRole("link", { name: COURSE }).click();
  await expect(staff.getByRole("heading", { level: 1, name: COURSE })).toBeVisible();
  await expectAccessible(staff);
  // Nothing written: the field's own message.
  await staff.getByRole("button", { name: "申し込む" }).click();
  await expect(staff.getByText("入力してください。").first()).toBeVisible();
  await staff.getByLabel(/^申込みの理由/).fill("窓口での聞き取りの質を上げたい");
  await staff.getByRole("button", { name: "申し込む" }).click();
  await expect(staff).toHaveURL(/\/me\/trainings#application-\d+$/);
  await expect(staff.getByRole("row", { name: new RegExp(tag) })).toContainText("推薦待ち");
  await expectAccessible(staff);

  // The 係長 recommends it, first in their order, from their queue.
  const supervisor = await as(browser, leader.staffNumber);
  await supervisor.goto("/team/training-applications");
  const form = supervisor.getByRole("form", { name: `${applicant.name}さんの申込み（${COURSE}）` });
  await expect(form.getByLabel(/^推薦順位/)).toHaveValue("1");
  await expectAccessible(supervisor);
  // Refusing needs a reason.
  await form.getByRole("radio", { name: "推薦しない" }).check();
  await form.getByRole("button", { name: "決定する" }).click();
  await expect(form.getByText("推薦しない場合は理由をコメントに書いてください。").first()).toBeVisible();
  await form.getByRole("radio", { name: "推薦する" }).check();
  await form.getByRole("button", { name: "決定する" }).click();
  await expect(form).toHaveCount(0);

  // HR fills the session in the order of recommendation.
  await hr.reload();
  const row = hr.getByRole("row", { name: new RegExp(applicant.name) });
  await expect(row).toContainText("推薦済み（選考待ち）");
  await hr.getByRole("button", { name: "推薦順に定員まで受講決定する" }).click();
  await expect(hr.getByRole("status").filter({ hasText: "1人を受講決定、0人を補欠にしました。" })).toBeVisible();
  await expect(hr.getByRole("row", { name: new RegExp(applicant.name) })).toContainText("受講決定");
  await expectAccessible(hr);

  // The attendance, on the session's page as before: the training record follows by itself.
  await hr.goto(`/city/programmes/sessions/${sessionId}`);
  const complete = hr.getByRole("button", { name: `${applicant.name}さんを「修了」にする` });
  await complete.click();
  // Once 修了, the row offers the other three states only.
  await expect(complete).toHaveCount(0);

  // The attendee's calendar names the session; the report and the evaluation are asked for.
  const calendar = await staff.request.get("/me/trainings/calendar");
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  const ics = await calendar.text();
  expect(ics).toContain(`DTSTART;VALUE=DATE:${today.replaceAll("-", "")}`);
  expect(ics.replace(/\r\n /g, "")).toContain(`SUMMARY:研修アンケート検証\\, ${tag}`);
  await staff.goto("/me/trainings");
  await staff.getByRole("link", { name: new RegExp(`^受講報告を書く：${COURSE}`) }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "受講報告・研修アンケート" })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("textbox", { name: /^受講報告/ }).fill("傾聴の技法を学んだ。");
  await staff
    .getByRole("group", { name: /^満足度/ })
    .getByRole("radio", { name: "5" })
    .check();
  await staff
    .getByRole("group", { name: /^仕事への役立ち度/ })
    .getByRole("radio", { name: "4" })
    .check();
  await staff.getByRole("textbox", { name: /^職場で活かしたこと/ }).fill("窓口の聞き取りで実践した。");
  await staff.getByRole("button", { name: "提出する" }).click();
  await expect(staff.getByText("受講報告とアンケートを提出しました。")).toBeVisible();
  await staff.goto("/me/trainings");
  await expect(staff.getByRole("row", { name: new RegExp(tag) })).toContainText("報告済み");

  // Two more attendees' evaluations (4/4 and 3/4), so that the averages are shown (three answers).
  for (const [person, satisfaction] of [
    [people[2]!, 4],
    [people[3]!, 3],
  ] as const) {
    const {
      rows: [enrolment],
    } = await database.query<{ id: number }>(
      `INSERT INTO training_enrolment (session_id, employee_id, status, updated_at) VALUES ($1, $2, 'ATTENDED', now()) RETURNING id`,
      [sessionId, person.id],
    );
    await database.query(
      `INSERT INTO training_report (enrolment_id, employee_id, report, satisfaction, usefulness, updated_at) VALUES ($1, $2, '学んだ', $3, 4, now())`,
      [enrolment!.id, person.id, satisfaction],
    );
  }

  // HR's measures view: the course under ③, three answers, averages 4.00 and 4.00, one said what they applied.
  await hr.goto(`/city/measures?fy=${fiscalYear}`);
  const resultRow = hr.locator("#training-results").getByRole("row", { name: new RegExp(tag) });
  await expect(resultRow.getByRole("cell")).toHaveText(["研修所研修の充実", "3", "3", "4.00", "4.00", "1"]);
  await expectAccessible(hr);
});

import { expect, test } from "@playwright/test";
import pg from "pg";
import { serverDatabaseUrl } from "./server-database";
import { signIn } from "./sign-in";

/**
 * Issue 19, queues that tell the truth: a plan of a closed fiscal year that nobody reviewed in
 * time is HR's to close or reassign, not the supervisor's work. It leaves the supervisor's queue
 * and its count, and its page offers no review.
 */
test("a closed year's unreviewed plan leaves the supervisor's queue, and its page offers no review", async ({ page }) => {
  const database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
  let planId: number;
  try {
    // A colleague of demo-employee in the unit demo-supervisor leads, with a plan of 平成15年度 still submitted.
    const member = await database.query<{ id: number }>(
      `SELECT e.id FROM employee e JOIN employee d ON d.staff_number = 'demo-employee'
       WHERE e.unit_id = d.unit_id AND e.active AND e.staff_number NOT LIKE 'demo-%' ORDER BY e.id LIMIT 1`,
    );
    expect(member.rows).toHaveLength(1);
    await database.query(`INSERT INTO fiscal_year (year, status, closed_at) VALUES (2003, 'CLOSED', now()) ON CONFLICT (year) DO NOTHING`);
    const plan = await database.query<{ id: number }>(
      `INSERT INTO development_plan (employee_id, fiscal_year, status, submitted_at, updated_at) VALUES ($1, 2003, 'SUBMITTED', '2003-06-02', now()) RETURNING id`,
      [member.rows[0]?.id],
    );
    planId = plan.rows[0]?.id ?? 0;
  } finally {
    await database.end();
  }

  try {
    await signIn(page, "demo-supervisor");
    await page.goto("/team");
    const queue = page.locator("section").filter({ has: page.getByRole("heading", { name: "確認待ちの育成計画" }) });
    await expect(queue).toBeVisible();
    await expect(queue).not.toContainText("平成15年度");
    await expect(queue.locator(`a[href="/plans/${planId}"]`)).toHaveCount(0);

    // Opened by its address, the plan reads, but there is nothing left to approve or return.
    await page.goto(`/plans/${planId}`);
    await expect(page.getByRole("button", { name: "承認する" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "差し戻す" })).toHaveCount(0);
    await expect(page.getByText("平成15年度は締め切られています。この計画の確認は、人材育成部門が締めくくるか担当を替えます。")).toBeVisible();
  } finally {
    // The closed year and its plan are this test's own: the other specs see the demo as it was.
    const cleanup = new pg.Client({ connectionString: serverDatabaseUrl() });
    await cleanup.connect();
    await cleanup.query("DELETE FROM development_plan WHERE id = $1", [planId]);
    await cleanup.query("DELETE FROM fiscal_year WHERE year = 2003 AND NOT EXISTS (SELECT 1 FROM development_plan WHERE fiscal_year = 2003)");
    await cleanup.end();
  }
});

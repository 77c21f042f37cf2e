import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { type LoopbackProxy, startLoopbackProxy } from "./loopback-proxy";
import { startTestProvider, type TestProvider } from "./oidc-provider";
import { freePort, type SecondPortal, startSecondPortal } from "./oidc-portal";
import { serverDatabaseUrl } from "./server-database";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Single sign-on against a real OpenID provider (oidc-provider, started here on loopback),
 * with a second portal on the end-to-end server's build and data configured as the README says,
 * behind a reverse proxy: the browser knows only the proxy's address (PORTAL_URL), the portal
 * sees another Host. Staff are matched on preferred_username, which this provider (like many)
 * puts only in userinfo; the client authenticates with client_secret_post, the only method the
 * provider takes from it.
 */

// 斎藤 直樹 and 石川 京子 (健康福祉局 事業係, from the deterministic demo organisation), whom no
// other spec signs in as (signing out ends all of a person's sessions).
const ACTIVE = "240036";
const ACTIVE_TOO = "170037";
// Planted below: a member of staff who has left the city (inactive).
const DEPARTED = "e2e-oidc-departed";
const UNREGISTERED = "e2e-oidc-unregistered";

const ACCOUNTS: Record<string, Record<string, string>> = {
  "saito-naoki": { name: "斎藤 直樹", preferred_username: ACTIVE },
  "ishikawa-kyoko": { name: "石川 京子", preferred_username: ACTIVE_TOO },
  "former-staff": { name: "退職 済子", preferred_username: DEPARTED },
  contractor: { name: "委託 業者", preferred_username: UNREGISTERED },
  "no-staff-number": { name: "番号 なし" },
};
const BUTTON = "テスト認証基盤でログイン";

// One provider and one second portal for the file; each walk crosses three servers.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let database: pg.Client;
let provider: TestProvider;
let portal: SecondPortal;
let proxy: LoopbackProxy;
/** the portal's public address: its proxy's */
let portalUrl = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = new pg.Client({ connectionString: serverDatabaseUrl() });
  await database.connect();
  await database.query(
    `INSERT INTO employee (staff_number, name, name_kana, job_category, rank, joined_on, unit_id, active, updated_at)
     SELECT $1, '退職 済子', 'タイショク スミコ', job_category, rank, joined_on, unit_id, false, now() FROM employee WHERE staff_number = $2
     ON CONFLICT (staff_number) DO NOTHING`,
    [DEPARTED, ACTIVE],
  );
  const port = await freePort();
  proxy = await startLoopbackProxy(port);
  portalUrl = proxy.url;
  provider = await startTestProvider({ portalUrl, accounts: ACCOUNTS, clientAuthMethod: "client_secret_post" });
  portal = await startSecondPortal(port, {
    PORTAL_URL: portalUrl,
    DATABASE_URL: serverDatabaseUrl(),
    DATABASE_POOL_SIZE: "3",
    AUTH_SECRET: "end-to-end-single-sign-on-secret-0123456789",
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_CLIENT_AUTH_METHOD: "client_secret_post",
    OIDC_DISPLAY_NAME: "テスト認証基盤",
  });
});

test.afterAll(async () => {
  await portal?.stop();
  await proxy?.close();
  await provider?.close();
  await database?.end();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach("the second portal's log", { body: portal?.output() ?? "", contentType: "text/plain" });
});

/** Nothing in these tests may reach past this machine. */
async function loopbackOnly(page: Page) {
  await page.context().route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, (route) => route.abort());
}

/** From the portal's sign-in page through the provider's own login and consent pages. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto(`${portalUrl}/signin`);
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any password: the development login checks none");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // Consent, the first time this account meets the client.
  await page.getByRole("button", { name: "Continue" }).click();
}

async function auditRows(action: AuditAction, since: Date): Promise<{ actor_id: number | null; detail: Record<string, string> }[]> {
  const result = await database.query("SELECT actor_id, detail FROM audit_log WHERE action = $1 AND at >= $2 ORDER BY id", [action, since]);
  return result.rows as { actor_id: number | null; detail: Record<string, string> }[];
}

async function inContext<T>(browser: Browser, scripts: boolean, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: scripts, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  try {
    const page = await context.newPage();
    await loopbackOnly(page);
    return await work(page);
  } finally {
    await context.close();
  }
}

for (const { scripts, login, staffNumber } of [
  { scripts: false, login: "saito-naoki", staffNumber: ACTIVE },
  { scripts: true, login: "ishikawa-kyoko", staffNumber: ACTIVE_TOO },
]) {
  test(`signs in through the provider's own pages and out of both, ${scripts ? "with" : "without"} the page's scripts`, async ({ browser }) => {
    const since = new Date(Date.now() - 1_000);
    await inContext(browser, scripts, async (page) => {
      await signInAtProvider(page, login);
      // The portal's home sends a member of staff on to their own page.
      await expect(page).toHaveURL(`${portalUrl}/me`);
      // The header names the account once at each width (a phone's copy sits in its menu).
      await expect(page.getByText(`（${staffNumber}）`, { exact: false }).filter({ visible: true })).toBeVisible();
      const [employee] = (await database.query("SELECT id FROM employee WHERE staff_number = $1", [staffNumber])).rows as { id: number }[];
      expect(await auditRows("auth.sign-in", since)).toContainEqual({ actor_id: employee?.id, detail: { method: "oidc", staffNumber } });

      // Signing out of the portal goes on to the provider's end-session page and back.
      await page.getByRole("button", { name: "ログアウト" }).click();
      await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/session/end`));
      await page.getByRole("button", { name: "Yes, sign me out" }).click();
      await expect(page).toHaveURL(`${portalUrl}/signin`);
      expect(await auditRows("auth.sign-out", since)).toContainEqual({ actor_id: employee?.id, detail: { method: "oidc" } });
      await page.goto(`${portalUrl}/me`);
      await expect(page).toHaveURL(`${portalUrl}/signin`);

      // The next person at this PC is asked for credentials, not signed in as the last one.
      await page.getByRole("button", { name: BUTTON }).click();
      await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
      await expect(page.locator("input[name=login]")).toBeVisible();
    });
  });
}

for (const { login, staffNumber, error, reason, message } of [
  { login: "contractor", staffNumber: UNREGISTERED, error: "OidcNotRegistered", reason: "unknown-staff-number", message: /はぐくみに登録されていません/ },
  { login: "former-staff", staffNumber: DEPARTED, error: "OidcDeparted", reason: "departed", message: /退職などにより無効/ },
  { login: "no-staff-number", staffNumber: undefined, error: "OidcNoStaffNumber", reason: "missing-claim", message: /職員番号が届かなかった/ },
]) {
  test(`refuses ${login} (${reason}), says why and audits it`, async ({ page }) => {
    const since = new Date(Date.now() - 1_000);
    await loopbackOnly(page);
    await signInAtProvider(page, login);
    await expect(page).toHaveURL(`${portalUrl}/signin?error=${error}`);
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await page.goto(`${portalUrl}/me`);
    await expect(page).toHaveURL(`${portalUrl}/signin`);
    const refused = await auditRows("auth.sign-in-refused", since);
    expect(refused).toContainEqual({ actor_id: null, detail: { method: "oidc", reason, subject: login, ...(staffNumber ? { staffNumber } : {}) } });
  });
}

test("a sign-in the provider ends in an error is refused with its cause audited", async ({ page }) => {
  const since = new Date(Date.now() - 1_000);
  await loopbackOnly(page);
  await page.goto(`${portalUrl}/signin`);
  await page.getByRole("button", { name: BUTTON }).click();
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  await expect(page).toHaveURL(new RegExp(`^${portalUrl}/signin\\?error=`));
  await expect(page.getByRole("alert").filter({ hasText: /認証基盤でのログインに失敗しました/ })).toBeVisible();
  // Other sign-in tests refuse their own sign-ins at the same moment (a missing claim, say): this
  // one wrote exactly one provider error, with its cause.
  const refused = (await auditRows("auth.sign-in-refused", since)).filter((row) => row.detail.reason === "provider-error");
  expect(refused).toHaveLength(1);
  expect(refused[0]?.detail.cause).toContain("access_denied");
  // The auth log says why, not a class name and a link.
  await expect.poll(() => portal.output()).toMatch(/\[auth\] the identity provider answered with an error: \{"error":"access_denied"/);
  expect(portal.output()).toMatch(/\[auth\] OAuthCallbackError: OAuth Provider returned an error/);
  expect(portal.output()).not.toContain("errors.authjs.dev");
});

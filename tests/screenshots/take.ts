/**
 * Full-page screenshots of every page each demo role reaches, at desktop and phone width, for a
 * person to look through: Japanese text that overflows, labels cut short, crowded tables, a next
 * step that is hard to find on a phone. Not a test: nothing is compared, the pictures are looked at.
 *
 *   TEST_DATABASE_ADMIN_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run screenshots
 *
 * It starts the same server as the end-to-end tests (tests/e2e/serve.ts: a throwaway database
 * with the demo data, a production build, `next start`) on port 3300 (SCREENSHOTS_PORT), walks
 * each role's pages with the crawler the accessibility spec uses (./crawl.ts), writes
 * `.screenshots/<role>/<page>-<width>.png` (1280 px and 390 px wide; the directory is
 * git-ignored and emptied first), and stops the server, which drops its database. Without
 * TEST_DATABASE_ADMIN_URL the server uses the embedded test PostgreSQL, like the tests.
 *
 * The build writes `.next`, so do not run it while another build or server of this checkout runs.
 * To photograph a server that is already running (say one started for the e2e tests with
 * `E2E_PORT=3100 node --import tsx tests/e2e/serve.ts`), set SCREENSHOTS_REUSE_SERVER=1 and
 * SCREENSHOTS_PORT to its port; it is then neither started nor stopped.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { crawl, DEMO_ROLES, type DemoRole, PREPARE, signInAs, skipFor, slugOf } from "./crawl";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, ".screenshots");
const port = process.env.SCREENSHOTS_PORT ?? "3300";
const baseURL = `http://localhost:${port}`;
const WIDTHS = [1280, 390] as const;
const HEIGHT = { 1280: 800, 390: 844 } as const;

function startServer(): ChildProcess {
  // node itself (not npx), so our SIGTERM reaches serve.ts and it drops its database.
  return spawn(process.execPath, ["--import", "tsx", "tests/e2e/serve.ts"], {
    cwd: root,
    env: { ...process.env, E2E_PORT: port },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitForServer(server: ChildProcess, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    const ready = await fetch(`${baseURL}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  throw new Error(`${baseURL}/signin did not answer within ${timeoutMs / 1000} s`);
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** One PNG per width; the page is reloaded at each width so server-chosen layouts match it too. */
async function shoot(page: Page, file: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT[width] });
    await page.reload();
    await page.waitForLoadState("load");
    await page.screenshot({ path: `${file}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] });
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo", viewport: { width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] } });
  return context.newPage();
}

async function main() {
  await rm(outDir, { recursive: true, force: true });
  const server = process.env.SCREENSHOTS_REUSE_SERVER === "1" ? null : startServer();
  const stop = () => void (server ? stopServer(server) : Promise.resolve()).then(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    if (server) await waitForServer(server);

    const signedOut = await newPage(browser);
    await mkdir(path.join(outDir, "signed-out"), { recursive: true });
    for (const [name, url] of [
      ["signin", "/signin"],
      ["not-found", "/no-such-page"],
    ] as const) {
      await signedOut.goto(url);
      await shoot(signedOut, path.join(outDir, "signed-out", name));
    }
    await signedOut.context().close();

    for (const role of Object.keys(DEMO_ROLES) as DemoRole[]) {
      const page = await newPage(browser);
      await signInAs(page, DEMO_ROLES[role]);
      const made = (await PREPARE[role]?.(page)) ?? [];
      await mkdir(path.join(outDir, role), { recursive: true });
      const visited = await crawl(page, (current, at) => shoot(current, path.join(outDir, role, slugOf(new URL(at, baseURL).pathname))), {
        start: ["/", ...made],
        skip: skipFor(role),
      });
      console.info(`${role}: ${visited.length} pages`);
      await page.context().close();
    }
    console.info(`screenshots in ${path.relative(process.cwd(), outDir) || "."}`);
  } finally {
    await browser.close();
    if (server) await stopServer(server);
  }
}

await main();

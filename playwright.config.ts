import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium where it is installed (closed networks cannot download Playwright's own);
// Playwright's bundled browser elsewhere.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /(hr-division|transfers|cycle-and-delegation)\.spec\.ts/ },
    // demo-employee's transfer moves them away from demo-supervisor, whom the other walks pair
    // them with, and moves the server's clock a day ahead: it runs once they have all finished.
    { name: "transfers", use: { ...devices["Desktop Chrome"] }, testMatch: /transfers\.spec\.ts/, dependencies: ["chromium"] },
    // The year's windows and an acting reviewer: it sets the city's calendar (every マイページ
    // then shows a step due) and moves the server's clock, so it follows the walks above.
    { name: "cycle", use: { ...devices["Desktop Chrome"] }, testMatch: /cycle-and-delegation\.spec\.ts/, dependencies: ["transfers"] },
    // The HR division's year changes what the other walks rely on (it closes the fiscal year),
    // so it runs last.
    { name: "hr-division", use: { ...devices["Desktop Chrome"] }, testMatch: /hr-division\.spec\.ts/, dependencies: ["cycle"] },
  ],
  webServer: {
    // node itself (not npx) so that Playwright's SIGTERM reaches serve.ts, which drops its database.
    command: "node --import tsx tests/e2e/serve.ts",
    url: `${baseURL}/signin`,
    env: { E2E_PORT: String(port) },
    // E2E_REUSE_SERVER=1 runs against a server already started with `npx tsx tests/e2e/serve.ts` (debugging).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    timeout: 300_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});

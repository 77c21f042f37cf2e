import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// Every page answers with a nonce-based policy that allows no inline script without the nonce,
// a nonce that is new for every response, and no caching of what it shows.
test("pages carry a fresh-nonce Content-Security-Policy and the other security headers, and still work", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/.test(message.text())) errors.push(message.text());
  });
  const first = await page.goto("/signin");
  const second = await page.request.get("/signin");
  const policy = first?.headers()["content-security-policy"] ?? "";
  const scripts = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(scripts).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(policy);
  expect(first?.headers()).toMatchObject({ "x-content-type-options": "nosniff", "cache-control": expect.stringContaining("no-store") });
  expect(first?.headers()["strict-transport-security"]).toContain("max-age=");

  // Next.js's own scripts carry the nonce, so the page hydrates and the sign-in works.
  await signIn(page, "demo-employee");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

// Issue 20, item 8: a deployed portal serves its icon and tells search engines to stay away.
test("robots.txt refuses all crawling, pages say noindex, and the icon is served", async ({ page }) => {
  const robots = await page.request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
  const signin = await page.goto("/signin");
  expect(signin?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

import { createElement } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import ja from "@/lib/platform/i18n/messages/ja.json";

/**
 * An error in the root layout replaces it with app/global-error.tsx, outside next-intl's
 * provider. Nothing in the running portal makes the root layout fail on purpose, so the page is
 * rendered here as the server would: its own document, the catalogue's Japanese message and the
 * reference, never the error's own text.
 */
async function html(error: Error & { digest?: string }): Promise<string> {
  const { prelude } = await prerender(createElement(GlobalError, { error, reset: () => undefined }));
  return new Response(prelude).text();
}

describe("the root error page", () => {
  it("shows the catalogue's Japanese message and the reference in a document of its own", async () => {
    const page = await html(Object.assign(new Error("password=secret in the root layout"), { digest: "4242" }));
    expect(page).toMatch(/^<!DOCTYPE html><html lang="ja">/);
    expect(page).toContain(ja.common.errorTitle);
    expect(page).toContain(ja.common.errorBody);
    expect(page).toContain(ja.common.errorReference.replace("{reference}", "4242"));
    expect(page).toContain(ja.common.retry);
    expect(page).not.toContain("secret");
  });

  it("leaves out the reference line when there is none", async () => {
    const page = await html(new Error("boom"));
    expect(page).toContain(ja.common.errorTitle);
    expect(page).not.toContain("4242");
  });
});

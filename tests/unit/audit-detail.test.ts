import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { expect, it, vi } from "vitest";
import ja from "@/lib/platform/i18n/messages/ja.json";

// The catalogue read by any key, as the page's translators read it on the server.
const messages: AbstractIntlMessages = ja;
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "ja", messages, namespace }),
}));

const { auditDetailReader } = await import("@/components/audit/audit-detail");
const { AuditTrailRows } = await import("@/components/audit/audit-trail-rows");

/** One row of the trail as the server renders it, and its detail's markup alone. */
async function detailMarkup(detail: unknown): Promise<string> {
  const read = await auditDetailReader("ja");
  const rows = [{ key: "1", cells: ["", "", "", ""] as const, detail: read(detail) }];
  const { prelude } = await prerender(createElement("table", null, createElement(AuditTrailRows, { showDetail: "詳細を表示", rows })));
  const html = await new Response(prelude).text();
  return /<\/summary>([\s\S]*)<\/details>/.exec(html)?.[1] ?? "";
}

it("lays out a detail as labelled fields, before and after as numbered lists, from data", async () => {
  const markup = await detailMarkup({ as: "HR_DIVISION", before: [{ role: "SUPERVISOR", unitId: 12345 }], after: [], employeeIds: [1, 2], count: 15000 });
  expect(markup).toBe(
    '<dl class="audit-detail">' +
      "<div><dt>閲覧した立場</dt><dd>人材育成部門</dd></div>" +
      '<div><dt>変更前</dt><dd><ol class="flex flex-col gap-2"><li><dl class="audit-detail"><div><dt>役割</dt><dd>管理監督者</dd></div><div><dt>組織</dt><dd>12345</dd></div></dl></li></ol></dd></div>' +
      "<div><dt>変更後</dt><dd></dd></div>" +
      "<div><dt>対象の職員</dt><dd>1、2</dd></div>" +
      "<div><dt>件数</dt><dd>15,000</dd></div>" +
      "</dl>",
  );
});

it("counts a long list rather than printing it all, and shows an empty value as a dash", async () => {
  const markup = await detailMarkup({ employeeIds: Array.from({ length: 22 }, (_, i) => i + 1), reason: "" });
  expect(markup).toContain("<dd>1、2、3、4、5、6、7、8、9、10、11、12、13、14、15、16、17、18、19、20ほか2件</dd>");
  expect(markup).toContain("<dd>—</dd>");
});

it("shows a row without a recorded detail as a dash, with no fold to open", async () => {
  const rows = [{ key: "1", cells: ["2026-04-01 09:00", "人事 太郎", "閲覧", "—"] as const, detail: null }];
  const { prelude } = await prerender(createElement("table", null, createElement(AuditTrailRows, { showDetail: "詳細を表示", rows })));
  const html = await new Response(prelude).text();
  expect(html).toContain('<td class="whitespace-nowrap">2026-04-01 09:00</td><td class="whitespace-nowrap">人事 太郎</td><td>閲覧</td><td>—</td><td>—</td>');
  expect(html).not.toContain("<details>");
});

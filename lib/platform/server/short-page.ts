import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";

type CommonKey = keyof typeof ja.common & keyof typeof en.common;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A page a server process answers by itself, before Next.js, for a request it refuses
 * (overload, a body too large): no database, no session, no React, so it costs next to nothing
 * to send. Japanese first, then English, from the message catalogue's `common` section; a
 * `{name}` in a message is filled from `values`.
 */
export function shortPage(title: CommonKey, body: CommonKey, values: Record<string, string> = {}): string {
  const fill = (text: string) => escapeHtml(text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole));
  return [
    '<!doctype html><html lang="ja"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(ja.common[title])} | はぐくみ</title>`,
    "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#1a1a1c}</style>",
    `</head><body><main><h1>${escapeHtml(ja.common[title])}</h1><p>${fill(ja.common[body])}</p>`,
    `<p lang="en">${escapeHtml(en.common[title])}. ${fill(en.common[body])}</p></main></body></html>`,
  ].join("");
}

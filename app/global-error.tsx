"use client";

import { NextIntlClientProvider } from "next-intl";
import { use } from "react";
import { ErrorMessage } from "@/components/error-message";
import type ja from "@/lib/platform/i18n/messages/ja.json";
import "./globals.css";

type CommonMessages = (typeof ja)["common"];

// Fetched only when this page is shown: global-error is part of every page's bundle, and a
// static import would send the whole catalogue to every browser (client-namespaces.ts). Kept
// once per page load, so the promise `use` waits on is the same on every render.
let common: Promise<{ common: CommonMessages }> | undefined;
const loadCommon = () => (common ??= import("@/lib/platform/i18n/messages/ja.json").then((catalogue) => ({ common: catalogue.default.common })));

/**
 * An error in the root layout itself, which replaces it: so its own <html> and <body>, and no
 * request config or message provider from next-intl. It shows the same Japanese message and
 * reference as app/error.tsx, from the same catalogue keys. Always Japanese: the reader's
 * language comes from the request config, the very thing that may have failed.
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  const messages = use(loadCommon());
  return (
    <html lang="ja">
      <body className="min-h-screen">
        <NextIntlClientProvider locale="ja" timeZone="Asia/Tokyo" messages={messages}>
          <main id="main" className="mx-auto max-w-3xl px-4 py-16">
            <ErrorMessage {...props} />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

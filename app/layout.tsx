import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: `${t("name")} | ${t("tagline")}`, template: `%s | ${t("name")}` },
    // public/icon.svg: a sprout, as the portal's name (育み) says. No page is for search engines
    // (public/robots.txt, and X-Robots-Tag in next.config.ts for what robots.txt does not stop).
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages group="everywhere">{children}</ClientMessages>
      </body>
    </html>
  );
}

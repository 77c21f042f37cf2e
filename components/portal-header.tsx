import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/platform/auth/session-actions";
import { DateStyleSwitch, LanguageSwitch } from "@/components/language-switch";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/platform/auth/roles";
import { countUnreadNotifications } from "@/lib/messaging/notifications/find-notifications";

/** `menu`: the role menu, rendered by the portal layout's menu slot (it knows the page's owner). */
export async function PortalHeader({ actor, menu }: { actor: Actor; menu: ReactNode }) {
  const [t, unread] = await Promise.all([getTranslations(), countUnreadNotifications(actor)]);
  const account = t("nav.signedInAs", { name: actor.name, staffNumber: actor.staffNumber });
  const settings = (
    <>
      <LanguageSwitch />
      <DateStyleSwitch />
      <form action={signOutAction}>
        <Button variant="secondary" size="sm" type="submit">
          {t("nav.signOut")}
        </Button>
      </form>
    </>
  );
  return (
    <header className="print-hidden border-b border-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:py-3">
        <Link href="/" className="flex items-baseline gap-3 text-solid-gray-900 no-underline hover:text-solid-gray-900">
          <span className="text-std-20B-150 sm:text-std-24B-150">{t("app.name")}</span>
          <span className="meta max-sm:hidden">{t("app.tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <span className="meta max-sm:hidden">{account}</span>
          {/* The name is the visible words and count, completed for screen readers ("お知らせ 2件（未読）"):
              an aria-label that differed from them failed WCAG 2.5.3 (label in name) for voice users. */}
          <Link href="/notifications" className="inline-flex min-h-11 items-center gap-1 px-2">
            {t("notifications.nav")}
            {unread > 0 ? (
              <>
                <span className="rounded-full bg-red-900 px-2 text-dns-14B-120 leading-6 text-white">{unread}</span>
                <span className="sr-only">{t("nav.unreadSuffix")}</span>
              </>
            ) : null}
          </Link>
          <div className="flex flex-wrap items-center gap-2 max-sm:hidden">{settings}</div>
          {/* On a phone the account and its settings fold into one button: the header and the two
              menu rows took 380 px before any content. Hidden (display: none) at the other width,
              so a screen reader meets one copy. */}
          <details className="header-menu sm:hidden">
            <summary className="btn btn-secondary btn-sm">{t("nav.account")}</summary>
            <div className="header-menu-panel">
              <span className="meta">{account}</span>
              {settings}
            </div>
          </details>
        </div>
      </div>
      {menu}
    </header>
  );
}

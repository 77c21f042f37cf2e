import { Link } from "@/components/ui/link";
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
    <header className="site-header">
      <div className="site-header-bar">
        <Link href="/" className="site-brand">
          <span className="site-name">{t("app.name")}</span>
          <span className="meta max-sm:hidden">{t("app.tagline")}</span>
        </Link>
        <div className="header-tools">
          <span className="meta max-sm:hidden">{account}</span>
          {/* The name is the visible words and count, completed for screen readers ("お知らせ 2件（未読）"):
              an aria-label that differed from them failed WCAG 2.5.3 (label in name) for voice users. */}
          <Link href="/notifications" className="notice-link">
            {t("notifications.nav")}
            {unread > 0 ? (
              <>
                <span className="unread-count">{unread}</span>
                <span className="sr-only">{t("nav.unreadSuffix")}</span>
              </>
            ) : null}
          </Link>
          <div className="header-tools max-sm:hidden">{settings}</div>
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

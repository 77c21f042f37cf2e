import { getTranslations } from "next-intl/server";
import { type ReactNode, Suspense } from "react";
import { NavigationProgress } from "@/components/navigation-progress";
import { PortalHeader } from "@/components/portal-header";
import { requireActor } from "@/lib/platform/auth/actor";

// Signed-out visitors are sent to sign-in here; each page and data-access function still
// checks the role and scope on its own, so this layout is not the gate.
// `menu` (the @menu slot) renders the role menu for the page below: a detail page that lies under
// no menu's path (/plans/12) has its slot name the entry it belongs to, so the server renders the
// highlight instead of the browser after hydration.
export default async function PortalLayout({ children, menu }: { children: ReactNode; menu: ReactNode }) {
  const [actor, t] = await Promise.all([requireActor(), getTranslations("app")]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      {/* Reads the search parameters, which a page prerendered without them could not: its own boundary. */}
      <Suspense fallback={null}>
        <NavigationProgress label={t("loading")} />
      </Suspense>
      <PortalHeader actor={actor} menu={menu} />
      <main id="main" tabIndex={-1} className="page-main">
        {children}
      </main>
      <footer className="site-footer">{t("footer")}</footer>
    </>
  );
}

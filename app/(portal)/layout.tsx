import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PortalHeader } from "@/components/portal-header";
import { requireActor } from "@/lib/auth/actor";

// Signed-out visitors are sent to sign-in here; each page and data-access function still
// checks the role and scope on its own, so this layout is not the gate.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [actor, t] = await Promise.all([requireActor(), getTranslations("app")]);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <PortalHeader actor={actor} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {/* Each part of the portal sends the messages its own forms need (its layout): a list
            page such as the team's is read far more often than a form and needs none of them. */}
        {children}
      </main>
      <footer className="print-hidden border-t border-solid-gray-420 px-4 py-6 text-center text-dns-14N-130 text-solid-gray-700">
        {t("footer")}
      </footer>
    </>
  );
}

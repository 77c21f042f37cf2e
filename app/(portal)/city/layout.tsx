import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TabsNav } from "@/components/ui/tabs-nav";
import { requireActor } from "@/lib/platform/auth/actor";
import { administersCity } from "@/lib/platform/auth/menu-capabilities";

export default async function CityLayout({ children }: { children: ReactNode }) {
  const [t, actor] = await Promise.all([getTranslations("cityTabs"), requireActor()]);
  // The catalogue and the personnel import are the HR division's tools; the headquarters reads
  // the city view only. Hiding the tabs is a courtesy: the pages answer 404 on their own.
  const hr = administersCity(actor);
  return (
    <>
      <TabsNav
        label={t("label")}
        tabs={[
          { href: "/city", label: t("overview"), exact: true, also: ["/city/trends", "/city/measures"] },
          { href: "/city/commitments", label: t("commitments") },
          { href: "/city/report", label: t("report") },
          { href: "/city/year-end", label: t("yearEnd") },
          ...(hr
            ? [
                { href: "/city/staff", label: t("staff") },
                { href: "/city/catalogue", label: t("catalogue") },
                { href: "/city/programmes", label: t("programmes") },
                { href: "/city/import", label: t("import") },
                { href: "/city/rollover", label: t("rollover") },
                { href: "/city/roles", label: t("roles") },
                { href: "/city/transfers", label: t("transfers") },
                { href: "/city/cycle", label: t("cycle") },
                { href: "/city/acting", label: t("acting") },
                { href: "/city/audit", label: t("audit") },
                { href: "/city/settings", label: t("settings") },
              ]
            : []),
        ]}
      />
      {children}
    </>
  );
}

import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TabsNav } from "@/components/ui/tabs-nav";

export default async function CityLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("cityTabs");
  return (
    <>
      <TabsNav
        label={t("label")}
        tabs={[
          { href: "/city", label: t("overview"), exact: true },
          { href: "/city/commitments", label: t("commitments") },
          { href: "/city/report", label: t("report") },
        ]}
      />
      {children}
    </>
  );
}

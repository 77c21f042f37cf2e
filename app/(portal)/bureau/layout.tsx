import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TabsNav } from "@/components/ui/tabs-nav";

export default async function BureauLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("bureauTabs");
  return (
    <>
      <TabsNav
        label={t("label")}
        tabs={[
          { href: "/bureau", label: t("overview"), exact: true },
          { href: "/bureau/commitments", label: t("commitments") },
          { href: "/bureau/staff", label: t("staff") },
          { href: "/bureau/cycle", label: t("cycle") },
        ]}
      />
      {children}
    </>
  );
}

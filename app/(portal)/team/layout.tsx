import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TabsNav } from "@/components/ui/tabs-nav";

export default async function TeamLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("teamTabs");
  return (
    <>
      <TabsNav
        label={t("label")}
        tabs={[
          { href: "/team", label: t("overview"), exact: true },
          { href: "/team/ojt", label: t("ojt") },
          { href: "/team/interviews", label: t("interviews") },
          { href: "/team/commitments", label: t("commitments") },
          { href: "/team/transfers", label: t("transfers") },
          { href: "/team/records", label: t("records") },
          { href: "/team/training-applications", label: t("trainingApplications") },
          { href: "/team/acting", label: t("acting") },
        ]}
      />
      {children}
    </>
  );
}

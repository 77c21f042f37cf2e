import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TabsNav } from "@/components/ui/tabs-nav";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";

export default async function MyLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("meTabs");
  const fiscalYear = fiscalYearOf(tokyoDate());
  return (
    <>
      <TabsNav
        label={t("label")}
        tabs={[
          { href: "/me", label: t("dashboard"), exact: true },
          { href: `/me/plans/${fiscalYear}`, label: t("plan") },
          { href: "/me/plans", label: t("history"), exact: true },
          { href: "/me/records", label: t("records") },
          { href: "/me/trainings", label: t("trainings") },
          { href: "/me/interviews", label: t("interviews") },
        ]}
      />
      {children}
    </>
  );
}

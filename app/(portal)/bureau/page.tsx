import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitStaffTable } from "@/components/unit-staff-table";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { grantsOf } from "@/lib/auth/roles";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { summariseStaffByUnit } from "@/lib/org/summarise-staff-by-unit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bureau"))("title") };
}

export default async function BureauPage() {
  const actor = await requireActor();
  const [sections, t, locale] = await Promise.all([
    loadOrNotFound(() => summariseStaffByUnit(actor, "BUREAU_COORDINATOR", "SECTION")),
    getTranslations(),
    currentLocale(),
  ]);
  const bureau = grantsOf(actor, "BUREAU_COORDINATOR").map((grant) => grant.unitName).filter(Boolean).join("・");
  return (
    <>
      <PageHeader title={`${t("bureau.title")}：${bureau}`} lead={t("bureau.lead", { bureau })} />
      <NotificationsPanel actor={actor} view="employee" locale={locale} />
      {sections.length === 0 ? (
        <p>{t("bureau.empty")}</p>
      ) : (
        <UnitStaffTable
          caption={t("bureau.caption", { bureau })}
          parentHeading={t("bureau.department")}
          unitHeading={t("bureau.section")}
          totalLabel={t("bureau.total")}
          rows={sections}
        />
      )}
    </>
  );
}

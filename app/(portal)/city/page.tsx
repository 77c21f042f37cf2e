import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitStaffTable } from "@/components/unit-staff-table";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { summariseStaffByUnit } from "@/lib/org/summarise-staff-by-unit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("city"))("title") };
}

export default async function CityPage() {
  const actor = await requireActor();
  // The HR division and the headquarters both read the city-wide view.
  const role = hasRole(actor, "HR_DIVISION") ? "HR_DIVISION" : "HEADQUARTERS";
  const [bureaus, t, locale] = await Promise.all([
    loadOrNotFound(() => summariseStaffByUnit(actor, role, "BUREAU")),
    getTranslations(),
    currentLocale(),
  ]);
  const fiscalYear = formatFiscalYear(fiscalYearOf(tokyoDate()), locale);
  return (
    <>
      <PageHeader title={t("city.title")} lead={t("city.lead", { fiscalYear })} />
      <NotificationsPanel actor={actor} view="employee" locale={locale} />
      <UnitStaffTable caption={t("city.caption")} unitHeading={t("city.bureau")} totalLabel={t("city.total")} rows={bureaus} />
    </>
  );
}

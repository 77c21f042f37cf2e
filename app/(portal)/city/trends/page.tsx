import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrendLines } from "@/components/dashboards/city-charts";
import { CityViewHeader } from "@/components/dashboards/city-view-header";
import { DownloadLinks } from "@/components/dashboards/download-links";
import { Section } from "@/components/ui/section";
import { getCityTrendView } from "@/lib/insight/dashboards/city-dashboard";
import { cityQuery } from "@/lib/insight/dashboards/city-filters";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { cityViewRequest } from "../city-view-request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cityDashboard"))("sections.trends") };
}

/** The city's figures per fiscal year, across the policy period or the promotion plan chosen (`?plan=`). */
export default async function CityTrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, current, requested } = await cityViewRequest(searchParams);
  const [d, t, locale] = await Promise.all([loadOrNotFound(() => getCityTrendView(actor, requested)), getTranslations("cityDashboard"), currentLocale()]);
  return (
    <>
      <CityViewHeader view="trends" filters={d.filters} options={d.options} currentYear={current} locale={locale} />
      <Section id="trends" title={t("sections.trends")} lead={d.trends.plan ? d.trends.plan.name : t("filters.planAll")}>
        <DownloadLinks route="/city/export" query={`table=trends&${cityQuery(d.filters)}`} label={t("sections.trends")} />
        <TrendLines points={d.trends.points} sameDay={d.trends.sameDay} locale={locale} />
      </Section>
    </>
  );
}

import type { Metadata, Route } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ApprovalBars } from "@/components/dashboards/city-charts";
import { CityBureauTable } from "@/components/dashboards/city-tables";
import { CityViewHeader } from "@/components/dashboards/city-view-header";
import { DownloadLinks } from "@/components/dashboards/download-links";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { Figure, Figures } from "@/components/ui/figures";
import { Section } from "@/components/ui/section";
import { getCityOverview } from "@/lib/insight/dashboards/city-dashboard";
import { cityCell } from "@/lib/insight/dashboards/city-export-layout";
import { cityQuery } from "@/lib/insight/dashboards/city-filters";
import { CITY_TABLE_OPTIONS, type CityColumn, type CitySort } from "@/lib/insight/dashboards/city-table-view";
import { parseTableView, type TableView, tableViewQuery } from "@/lib/platform/paging/table-view";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { cityViewRequest } from "./city-view-request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("city"))("title") };
}

/**
 * The city-wide overview (HR division; the headquarters read the same): the city's figures and
 * each bureau's, under filters that live in the URL (`?fy=&plan=&bureau=&measure=&job=&rank=&young=1`).
 * The trends and the policy's axes are the other two views (/city/trends, /city/measures). A
 * measure narrows the commitment counts only, and the page says so; an unknown or retired
 * measure id is dropped silently (the view of every measure), as reported in `d.filters`. The
 * table per bureau is sorted and its columns chosen through the URL too (`?sort=&dir=&cols=`).
 */
export default async function CityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, current, requested } = await cityViewRequest(searchParams);
  const [d, t, sameDay, locale] = await Promise.all([
    loadOrNotFound(() => getCityOverview(actor, requested)),
    getTranslations("cityDashboard"),
    getTranslations("sameDay"),
    currentLocale(),
  ]);
  const year = formatFiscalYear(d.filters.fiscalYear, locale);
  const view = parseTableView(await searchParams, CITY_TABLE_OPTIONS);
  const filters = Object.fromEntries(new URLSearchParams(cityQuery(d.filters)));
  const tableHref = (next: TableView<CitySort, CityColumn>): Route =>
    `/city?${new URLSearchParams({ ...filters, ...tableViewQuery(next, CITY_TABLE_OPTIONS) }).toString()}#bureau-table`;
  // The column form sends its own `cols`; the filters and the sort ride along.
  const keep: Record<string, string> = { ...filters, ...tableViewQuery(view, CITY_TABLE_OPTIONS) };
  delete keep.cols;
  // A figure in the glossary's words: separators, 「時間」 for hours; 「－」 where withheld. A
  // figure and its unit stay on one line in a phone's narrow card (161,635時間, not 161,635時 / 間).
  const unit = (chunks: ReactNode) => <span className="whitespace-nowrap">{chunks}</span>;
  const show = (key: Parameters<typeof cityCell>[1], kind: "count" | "percent" | "hours" = "count"): ReactNode => {
    const value = cityCell(d.total, key);
    return value === null
      ? t("notApplicable")
      : typeof value !== "number"
        ? value
        : kind === "hours"
          ? t.rich("values.hours", { value, unit })
          : t(`values.${kind}`, { value });
  };
  const text = (key: Parameters<typeof cityCell>[1]): string => {
    const value = cityCell(d.total, key);
    return value === null ? t("notApplicable") : typeof value === "number" ? t("values.count", { value }) : value;
  };
  // An unfinished year's figures beside the year before on the same day, never beside its end
  // (lib/insight/dashboards/same-day.ts): the label says 「前年同日」 and the day.
  const previous = d.previousOnSameDay;
  const previousDate = previous ? formatDate(previous.asOf, locale) : "";
  const cards = [
    { label: t("cards.members"), value: show("members") },
    {
      label: t("cards.approvalRate"),
      value: show("approvalRate", "percent"),
      note: previous && previous.approvalRate !== null ? sameDay("rate", { date: previousDate, value: previous.approvalRate }) : undefined,
    },
    { label: t("cards.ojtCoverage"), value: show("ojtCoverage", "percent") },
    {
      label: t("cards.trainingHours"),
      value: show("trainingHours", "hours"),
      note: previous ? sameDay("hours", { date: previousDate, value: previous.trainingHours }) : undefined,
    },
    { label: t("cards.commitmentsDone"), value: t.rich("values.ofTotal", { part: text("commitmentsDone"), whole: text("commitmentsPlanned"), unit }) },
  ];
  return (
    <>
      <CityViewHeader view="overview" filters={d.filters} options={d.options} currentYear={current} locale={locale} />
      <NotificationsPanel actor={actor} view="employee" locale={locale} />
      <Figures columns={5} className="mb-8">
        {cards.map((card) => (
          <Figure key={card.label} label={card.label} value={card.value} note={card.note} />
        ))}
      </Figures>
      <p className="mb-6 text-std-16N-170 text-solid-gray-700">{t("withheldNote")}</p>
      <Section id="bureaus" title={t("sections.bureaus")}>
        <ApprovalBars rows={d.bureaus} year={year} />
        <DownloadLinks route="/city/export" query={`table=bureaus&${cityQuery(d.filters)}`} label={t("sections.bureaus")} />
        <CityBureauTable
          id="bureau-table"
          caption={`${t("sections.bureaus")}（${year}）`}
          rows={d.bureaus}
          total={d.total}
          view={view}
          href={tableHref}
          keep={keep}
        />
      </Section>
    </>
  );
}

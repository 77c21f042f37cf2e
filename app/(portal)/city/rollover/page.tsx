import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RolloverForm } from "@/components/rollover/rollover-form";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { formatCount } from "@/lib/platform/i18n/format-number";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { assertRolloverAdmin, getRolloverState } from "@/lib/year/rollover/rollover";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rollover"))("title") };
}

/** 年度更新: HR division only; everyone else gets a 404. */
export default async function RolloverPage() {
  const actor = await requireActor();
  allowedOrNotFound(() => assertRolloverAdmin(actor));
  const [t, locale, state] = await Promise.all([getTranslations("rollover"), currentLocale(), getRolloverState(actor)]);
  const when = (at: Date | null) => (at ? formatDate(tokyoDate(at), locale) : "—");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("intro")} />
      <Section title={t("yearsTitle")}>
        <Table caption={t("yearsTitle")} captionHidden>
          <thead>
            <tr>
              <Th>{t("year")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("openedAt")}</Th>
              <Th>{t("closedAt")}</Th>
              <Th numeric>{t("unreviewed")}</Th>
            </tr>
          </thead>
          <tbody>
            {state.years.map((row) => (
              <tr key={row.year}>
                <Th scope="row">{formatFiscalYear(row.year, locale)}</Th>
                <Td>
                  <Badge tone={row.status === "CLOSED" ? "neutral" : "success"}>{t(`status${row.status}`)}</Badge> {row.recorded ? null : t("implicit")}
                </Td>
                <Td nowrap>{when(row.openedAt)}</Td>
                <Td nowrap>{when(row.closedAt)}</Td>
                <Td numeric>{row.status === "CLOSED" ? formatCount(state.unreviewed.get(row.year) ?? 0, locale) : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t("unreviewedNote")}</p>
      </Section>
      {state.fromYear === null ? (
        <Notice title={t("nothingOpen")} />
      ) : (
        <Section title={t("carryTitle", { from: formatFiscalYear(state.fromYear, locale), to: formatFiscalYear(state.fromYear + 1, locale) })}>
          <RolloverForm
            fromYear={state.fromYear}
            fromLabel={formatFiscalYear(state.fromYear, locale)}
            toLabel={formatFiscalYear(state.fromYear + 1, locale)}
            carryable={state.carryable}
          />
        </Section>
      )}
    </div>
  );
}

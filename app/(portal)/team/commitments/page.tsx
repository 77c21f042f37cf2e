import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { OwnCommitmentsSection } from "@/components/plans/own-commitments-section";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { findCommitmentYears, findOwnCommitments } from "@/lib/year/commitments/find-commitments";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments"))("title") };
}

/** The supervisor's own team commitments for a fiscal year, per unit they lead. */
export default async function TeamCommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const current = fiscalYearOf(tokyoDate());
  const years = await loadOrNotFound(() => findCommitmentYears(actor, "TEAM", "OWNER"));
  const fiscalYear = chosenFiscalYear((await searchParams).fy, years, current);
  const [groups, t, locale] = await Promise.all([
    loadOrNotFound(() => findOwnCommitments(actor, "TEAM", fiscalYear)),
    getTranslations("teamCommitments"),
    currentLocale(),
  ]);
  const open = !isPastFiscalYear(fiscalYear, current);
  return (
    <>
      <PageHeader
        title={`${t("title")}　${formatFiscalYear(fiscalYear, locale)}`}
        lead={t("lead", { units: groups.map((group) => group.unit.name).join("・") })}
      >
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      {groups.map(({ unit, commitments }) => (
        <OwnCommitmentsSection
          key={unit.id}
          id={`unit-${unit.id}`}
          title={unit.name}
          commitments={commitments}
          empty={t("empty")}
          openLabel={t("open")}
          add={open ? { href: `/commitments/new?level=TEAM&fy=${fiscalYear}&unit=${unit.id}`, label: t("add") } : undefined}
          locale={locale}
        />
      ))}
    </>
  );
}

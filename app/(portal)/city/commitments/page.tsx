import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { CommitmentReviewTable } from "@/components/plans/commitment-review-table";
import { OwnCommitmentsSection } from "@/components/plans/own-commitments-section";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { cityCommitmentsReader } from "@/lib/platform/auth/menu-capabilities";
import type { Actor } from "@/lib/platform/auth/roles";
import type { StandaloneLevel } from "@/lib/year/commitments/commitment-access";
import { findCityCommitments, findCommitmentYears } from "@/lib/year/commitments/find-commitments";
import { findCommitmentsForReview } from "@/lib/year/commitments/find-commitments-for-review";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { Locale } from "@/lib/platform/i18n/locales";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("levelCommitments"))("cityPageTitle") };
}

/** Submitted ones first (oldest first), then the rest, as at the team level. */
async function ReviewSections({ actor, level, fiscalYear, locale }: { actor: Actor; level: StandaloneLevel; fiscalYear: number; locale: Locale }) {
  const [{ awaiting, others }, t, tl] = await Promise.all([
    findCommitmentsForReview(actor, level, fiscalYear),
    getTranslations("teamCommitments.review"),
    getTranslations(`levelCommitments.${level === "CITY" ? "CITY" : "BUREAU"}`),
  ]);
  return (
    <Section id={`review-${level.toLowerCase()}`} title={tl("reviewTitle")} lead={tl("reviewLead")}>
      <h3 className="mb-2 text-std-18B-160">{t("awaiting")}</h3>
      {awaiting.length === 0 ? (
        <p className="mb-6">{t("awaitingEmpty")}</p>
      ) : (
        <CommitmentReviewTable caption={`${tl("reviewTitle")}：${t("awaiting")}`} rows={awaiting} locale={locale} />
      )}
      <h3 className="mt-6 mb-2 text-std-18B-160">{t("others")}</h3>
      {others.length === 0 ? (
        <p>{t("othersEmpty")}</p>
      ) : (
        <CommitmentReviewTable caption={`${tl("reviewTitle")}：${t("others")}`} rows={others} locale={locale} />
      )}
    </Section>
  );
}

/**
 * The city's commitments. The HR division records them here and reviews the bureaus' commitments;
 * the headquarters reviews the city's. Everyone else is answered 404 (bureau coordinators read the
 * city's commitments on their own commitments page).
 */
export default async function CityCommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const reader = cityCommitmentsReader(actor);
  if (!reader) notFound();
  const hr = reader === "HR_DIVISION";
  const current = fiscalYearOf(tokyoDate());
  const yearLists = await Promise.all(
    hr ? [findCommitmentYears(actor, "CITY", "OWNER"), findCommitmentYears(actor, "BUREAU", "REVIEWER")] : [findCommitmentYears(actor, "CITY", "REVIEWER")],
  );
  const years = [...new Set(yearLists.flat())].sort((a, b) => b - a);
  const fiscalYear = chosenFiscalYear((await searchParams).fy, years, current);
  const [city, tt, tl, locale] = await Promise.all([
    findCityCommitments(actor, fiscalYear),
    getTranslations("teamCommitments"),
    getTranslations("levelCommitments"),
    currentLocale(),
  ]);
  const open = !isPastFiscalYear(fiscalYear, current);
  return (
    <>
      <PageHeader title={`${tl("CITY.title")}　${formatFiscalYear(fiscalYear, locale)}`} lead={tl("CITY.lead")}>
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      {hr ? (
        <>
          <OwnCommitmentsSection
            id="city"
            title={tl("CITY.title")}
            commitments={city}
            empty={tl("CITY.empty")}
            openLabel={tt("open")}
            add={open ? { href: `/commitments/new?level=CITY&fy=${fiscalYear}`, label: tl("CITY.add") } : undefined}
            locale={locale}
          />
          <ReviewSections actor={actor} level="BUREAU" fiscalYear={fiscalYear} locale={locale} />
        </>
      ) : (
        <ReviewSections actor={actor} level="CITY" fiscalYear={fiscalYear} locale={locale} />
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { CommitmentReviewTable } from "@/components/plans/commitment-review-table";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { grantsOf } from "@/lib/auth/roles";
import { findTeamCommitmentsForReview } from "@/lib/commitments/team-find-for-review";
import { findTeamCommitmentYears } from "@/lib/commitments/team-find";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments.review"))("title") };
}

/** The bureau coordinator's review list: team commitments of their bureau, waiting ones first. */
export default async function BureauCommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const years = await loadOrNotFound(() => findTeamCommitmentYears(actor, "REVIEWER"));
  const fiscalYear = chosenFiscalYear((await searchParams).fy, years, fiscalYearOf(tokyoDate()));
  const [{ awaiting, others }, t, locale] = await Promise.all([
    loadOrNotFound(() => findTeamCommitmentsForReview(actor, fiscalYear)),
    getTranslations("teamCommitments.review"),
    currentLocale(),
  ]);
  const bureau = grantsOf(actor, "BUREAU_COORDINATOR").map((grant) => grant.unitName).filter(Boolean).join("・");
  return (
    <>
      <PageHeader title={`${t("title")}　${formatFiscalYear(fiscalYear, locale)}`} lead={t("lead", { bureau })}>
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      <Section id="awaiting" title={t("awaiting")}>
        {awaiting.length === 0 ? <p>{t("awaitingEmpty")}</p> : <CommitmentReviewTable caption={t("awaiting")} rows={awaiting} locale={locale} />}
      </Section>
      <Section id="others" title={t("others")}>
        {others.length === 0 ? <p>{t("othersEmpty")}</p> : <CommitmentReviewTable caption={t("others")} rows={others} locale={locale} />}
      </Section>
    </>
  );
}

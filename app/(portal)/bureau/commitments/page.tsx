import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { CommitmentReviewTable } from "@/components/plans/commitment-review-table";
import { OwnCommitmentsSection } from "@/components/plans/own-commitments-section";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { assertBureauCommitmentsReader, coordinatedBureauNames } from "@/lib/platform/auth/menu-capabilities";
import { ownsLevel } from "@/lib/year/commitments/commitment-access";
import { findCityCommitments, findCommitmentYears, findOwnCommitments } from "@/lib/year/commitments/find-commitments";
import { findCommitmentsForReview } from "@/lib/year/commitments/find-commitments-for-review";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";
import { pageOf } from "@/lib/platform/paging/page-of";
import { isPastFiscalYear } from "@/lib/year/plans/plan-rules";

/** Rows per page of the reviewed list: the largest bureau has ~100 team commitments a year. */
const OTHERS_PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments.review"))("title") };
}

/**
 * The bureau coordinator's commitments page: their bureau's own commitments (recorded here,
 * reviewed by HR), the review list of its team commitments, and the city's commitments to read.
 */
export default async function BureauCommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  allowedOrNotFound(() => assertBureauCommitmentsReader(actor));
  const owner = ownsLevel(actor, "BUREAU");
  const current = fiscalYearOf(tokyoDate());
  const yearLists = await Promise.all([findCommitmentYears(actor, "TEAM", "REVIEWER"), ...(owner ? [findCommitmentYears(actor, "BUREAU", "OWNER")] : [])]);
  const years = [...new Set(yearLists.flat())].sort((a, b) => b - a);
  const params = await searchParams;
  const fiscalYear = chosenFiscalYear(params.fy, years, current);
  const pageParam = idParam.safeParse(params.page);
  const [{ awaiting, others: allOthers }, groups, city, t, tt, tl, locale] = await Promise.all([
    findCommitmentsForReview(actor, "TEAM", fiscalYear),
    owner ? findOwnCommitments(actor, "BUREAU", fiscalYear) : [],
    findCityCommitments(actor, fiscalYear),
    getTranslations("teamCommitments.review"),
    getTranslations("teamCommitments"),
    getTranslations("levelCommitments"),
    currentLocale(),
  ]);
  // Those awaiting review are all shown (they are the work); the rest is paged.
  const others = pageOf(allOthers, pageParam.success ? pageParam.data : 1, OTHERS_PAGE_SIZE);
  const bureau = coordinatedBureauNames(actor).join("・");
  const open = !isPastFiscalYear(fiscalYear, current);
  return (
    <>
      <PageHeader title={`${t("title")}　${formatFiscalYear(fiscalYear, locale)}`} lead={t("lead", { bureau })}>
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      {groups.map(({ unit, commitments }) => (
        <OwnCommitmentsSection
          key={unit.id}
          id={`bureau-${unit.id}`}
          title={`${tl("BUREAU.title")}：${unit.name}`}
          lead={tl("BUREAU.lead", { owners: unit.name })}
          commitments={commitments}
          empty={tl("BUREAU.empty")}
          openLabel={tt("open")}
          add={open ? { href: `/commitments/new?level=BUREAU&fy=${fiscalYear}&unit=${unit.id}`, label: tl("BUREAU.add") } : undefined}
          locale={locale}
        />
      ))}
      <Section id="awaiting" title={t("awaiting")}>
        {awaiting.length === 0 ? <p>{t("awaitingEmpty")}</p> : <CommitmentReviewTable caption={t("awaiting")} rows={awaiting} locale={locale} />}
      </Section>
      <Section id="others" title={t("others")}>
        {others.total === 0 ? <p>{t("othersEmpty")}</p> : <CommitmentReviewTable caption={t("others")} rows={others.rows} locale={locale} />}
        <Pager
          page={others.page}
          pages={others.pageCount}
          total={others.total}
          href={(to) => `/bureau/commitments?fy=${fiscalYear}${to > 1 ? `&page=${to}` : ""}#others`}
        />
      </Section>
      <OwnCommitmentsSection
        id="city"
        title={tl("cityReadTitle")}
        lead={tl("cityReadLead")}
        commitments={city}
        empty={tl("cityReadEmpty")}
        openLabel={tt("open")}
        locale={locale}
      />
    </>
  );
}

import type { Metadata, Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { computedProgress } from "@/components/plans/computed-progress";
import { FiscalYearPicker } from "@/components/records/fiscal-year-picker";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { findTeamCommitments, findTeamCommitmentYears } from "@/lib/commitments/team-find";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { isPastFiscalYear } from "@/lib/plans/plan-rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments"))("title") };
}

/** The supervisor's own team commitments for a fiscal year, per unit they lead. */
export default async function TeamCommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const current = fiscalYearOf(tokyoDate());
  const years = await loadOrNotFound(() => findTeamCommitmentYears(actor, "OWNER"));
  const fiscalYear = chosenFiscalYear((await searchParams).fy, years, current);
  const [groups, t, locale] = await Promise.all([loadOrNotFound(() => findTeamCommitments(actor, fiscalYear)), getTranslations("teamCommitments"), currentLocale()]);
  const open = !isPastFiscalYear(fiscalYear, current);
  const cards = await Promise.all(groups.flatMap((group) => group.commitments.map(async (commitment) => [commitment.id, await computedProgress(commitment.figures)] as const)));
  const computed = new Map(cards);
  return (
    <>
      <PageHeader title={`${t("title")}　${formatFiscalYear(fiscalYear, locale)}`} lead={t("lead", { units: groups.map((group) => group.unit.name).join("・") })}>
        <FiscalYearPicker years={years} selected={fiscalYear} locale={locale} />
      </PageHeader>
      {groups.map(({ unit, commitments }) => (
        <Section key={unit.id} id={`unit-${unit.id}`} title={unit.name}>
          {commitments.length === 0 ? <p className="mb-4">{t("empty")}</p> : null}
          <div className="mb-4 flex flex-col gap-3">
            {commitments.map((commitment) => (
              <CommitmentCard
                key={commitment.id}
                commitment={commitment}
                locale={locale}
                editHref={`/commitments/${commitment.id}`}
                editLabel={t("open")}
                computed={computed.get(commitment.id)}
              />
            ))}
          </div>
          {open ? (
            <Link href={`/team/commitments/new?fy=${fiscalYear}&unit=${unit.id}` as Route} className={`${buttonClass("secondary")} no-underline`}>
              {t("add")}
            </Link>
          ) : null}
        </Section>
      ))}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActingReviewerForm } from "@/components/delegation/acting-reviewer-form";
import { ActingReviewerTable } from "@/components/delegation/acting-reviewer-table";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { assertCycleAdmin } from "@/lib/year/cycle/cycle-calendar";
import { ACTING_REVIEWERS_PAGE, findActingReviewers } from "@/lib/people/acting-reviewers/find-acting-reviewers";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { parseTeamViewParams } from "@/lib/people/team/view-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycle"))("actingCityTitle") };
}

/** 代決 across the city: the HR division names an acting reviewer for any supervisor, and sees every period not yet over. */
export default async function CityActingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  allowedOrNotFound(() => assertCycleAdmin(actor));
  const { page } = parseTeamViewParams(params);
  const [t, locale, { rows, total }] = await Promise.all([getTranslations("cycle"), currentLocale(), loadOrNotFound(() => findActingReviewers(actor, page))]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("actingCityTitle")} lead={t("actingCityLead")} />
      <Section id="name" title={t("nameActingTitle")}>
        <ActingReviewerForm forOthers />
      </Section>
      <Section id="periods" title={t("actingPeriodsTitle")}>
        {rows.length === 0 ? <p>{t("actingEmpty")}</p> : <ActingReviewerTable rows={rows} locale={locale} caption={t("actingCaption", { count: total })} />}
        <Pager page={page} pages={Math.ceil(total / ACTING_REVIEWERS_PAGE)} href={(p) => `/city/acting?page=${p}`} total={total} />
      </Section>
    </div>
  );
}

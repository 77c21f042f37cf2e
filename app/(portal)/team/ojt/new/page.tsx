import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NEW_PLAN_GOALS, NEW_PLAN_MAX_GOALS } from "@/components/ojt/goal-row-values";
import { OjtPlanForm } from "@/components/ojt/ojt-plan-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { fiscalYearParam, idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findTrainerOptions, getOjtTrainee } from "@/lib/year/ojt/find-trainer-options";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ojt"))("new.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * `?trainee=<id>&fy=<year>`: a new OJT plan for one young member of the supervisor's team, for
 * this year or the next. Anyone else's id is a 404; a member who has a plan is led to it.
 */
export default async function NewOjtPlanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const current = fiscalYearOf(tokyoDate());
  const traineeId = idParam.safeParse(params.trainee);
  const year = fiscalYearParam.safeParse(params.fy ?? current);
  if (!traineeId.success || !year.success || (year.data !== current && year.data !== current + 1)) notFound();
  const fiscalYear = year.data;
  const actor = await requireActor();
  const trainee = await loadOrNotFound(() => getOjtTrainee(actor, traineeId.data, fiscalYear));
  // A member who has a plan is led to it (the form, once it has made the plan, says so too): the
  // page stays, rather than redirecting, so the confirmation of the plan just made stays on screen.
  const existing = trainee.existingPlanId;
  const [trainers, areas, t, locale] = await Promise.all([
    existing ? [] : findTrainerOptions(actor, trainee.id),
    existing ? [] : findSelectableMeasures(actor),
    getTranslations("ojt"),
    currentLocale(),
  ]);
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  return (
    <>
      <PageHeader
        title={t("new.title")}
        lead={t("new.lead", { name: trainee.name, detail: trainee.detail, years: trainee.yearsOfService, fiscalYear: fiscalYearLabel })}
      />
      <p className="mb-6 max-w-3xl">{t("new.intro")}</p>
      <OjtPlanForm
        target={{ mode: "create", traineeId: trainee.id, fiscalYear, existingPlanId: existing }}
        trainers={trainers}
        areas={areas}
        values={{ trainerId: null, aim: "", goals: NEW_PLAN_GOALS }}
        maxGoals={NEW_PLAN_MAX_GOALS}
        cancelHref={`/team/ojt?fy=${fiscalYear}`}
      />
    </>
  );
}

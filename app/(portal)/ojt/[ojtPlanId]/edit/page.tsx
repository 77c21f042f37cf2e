import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OjtPlanForm } from "@/components/ojt/ojt-plan-form";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { localRoute } from "@/lib/platform/local-route";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { findTrainerOptions } from "@/lib/year/ojt/find-trainer-options";
import { getOjtPlan } from "@/lib/year/ojt/get-ojt-plan";
import { OJT_MAX_GOALS } from "@/lib/year/ojt/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ojt"))("plan.editTitle") };
}

/**
 * The supervisor changes an OJT plan here: the trainer, the aim, the goals and completion. A page
 * of its own, as the employee's plan has, so the plan's page stays a page to read and log on:
 * with the form (every possible trainer and measure as options) on it, a supervisor's plan page
 * weighed 64–77 KB. Anyone who may not edit the plan gets not found, as lib/year/ojt refuses them.
 */
export default async function OjtPlanEditPage({ params }: { params: Promise<{ ojtPlanId: string }> }) {
  const parsed = idParam.safeParse((await params).ojtPlanId);
  if (!parsed.success) notFound();
  const actor = await requireActor();
  const [{ plan, access }, t, locale] = await Promise.all([loadOrNotFound(() => getOjtPlan(actor, parsed.data)), getTranslations("ojt"), currentLocale()]);
  if (!access.canEdit) notFound();
  const [trainers, areas] = await Promise.all([findTrainerOptions(actor, plan.trainee.id, plan.trainer.id), findSelectableMeasures(actor)]);
  const fiscalYearLabel = formatFiscalYear(plan.fiscalYear, locale);
  const planTitle = t("plan.title", { name: plan.trainee.name });
  return (
    <>
      <Breadcrumbs
        menu="SUPERVISOR"
        crumbs={[{ label: t("title"), href: `/team/ojt?fy=${plan.fiscalYear}` }, { label: planTitle, href: `/ojt/${plan.id}` }, { label: t("plan.editTitle") }]}
      />
      <PageHeader title={t("plan.editPageTitle", { name: plan.trainee.name })} lead={fiscalYearLabel} />
      <OjtPlanForm
        target={{ mode: "edit", ojtPlanId: plan.id, version: plan.version, completed: plan.completed }}
        trainers={trainers}
        areas={areas}
        values={{ trainerId: plan.trainer.id, aim: plan.aim, goals: plan.goals.map((goal) => ({ ...goal, measureId: goal.measure?.id ?? null })) }}
        maxGoals={OJT_MAX_GOALS}
        cancelHref={localRoute(`/ojt/${plan.id}`)}
      />
    </>
  );
}

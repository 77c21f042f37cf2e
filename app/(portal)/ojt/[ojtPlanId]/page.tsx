import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OjtGoalsTable } from "@/components/ojt/ojt-goals-table";
import { OjtPlanForm } from "@/components/ojt/ojt-plan-form";
import { OjtPlanSummary } from "@/components/ojt/ojt-plan-summary";
import { OjtSessionForm } from "@/components/ojt/ojt-session-form";
import { OjtSessionsTable } from "@/components/ojt/ojt-sessions-table";
import { OjtStatusBadge, ojtStatusOf } from "@/components/ojt/ojt-status-badge";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { type Actor, menuRoleOf } from "@/lib/platform/auth/roles";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { Locale } from "@/lib/platform/i18n/locales";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findTrainerOptions } from "@/lib/year/ojt/find-trainer-options";
import { getOjtPlan, type OjtPlanDetail } from "@/lib/year/ojt/get-ojt-plan";
import { OJT_MAX_GOALS } from "@/lib/year/ojt/schemas";
import { trailText } from "@/lib/people/org/unit-trail";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { localRoute } from "@/lib/platform/local-route";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ojt"))("plan.pageTitle") };
}

/** The supervisor's edit form, loaded only for those who may edit. */
async function EditSection({ actor, plan, fiscalYearLabel }: { actor: Actor; plan: OjtPlanDetail; fiscalYearLabel: string }) {
  const [trainers, areas, t] = await Promise.all([
    findTrainerOptions(actor, plan.trainee.id, plan.trainer.id),
    findSelectableMeasures(actor),
    getTranslations("ojt.plan"),
  ]);
  return (
    <Section id="edit" title={t("editTitle")}>
      <details className="rounded-8 border border-solid-gray-420 p-4 print-hidden">
        <summary className="cursor-pointer text-std-17B-170 text-blue-1000">{t("editSummary")}</summary>
        <div className="mt-6">
          <OjtPlanForm
            target={{ mode: "edit", ojtPlanId: plan.id, version: plan.version, completed: plan.completed }}
            trainers={trainers}
            areas={areas}
            values={{ trainerId: plan.trainer.id, aim: plan.aim, goals: plan.goals.map((goal) => ({ ...goal, measureId: goal.measure?.id ?? null })) }}
            maxGoals={OJT_MAX_GOALS}
            fiscalYearLabel={fiscalYearLabel}
            // OjtPlanForm's cancelHref is typed Route, which no dynamic path satisfies (the forms are
            // being reworked elsewhere; issue 18, typed routes without casts).
            cancelHref={localRoute(`/ojt/${plan.id}`)}
          />
        </div>
      </details>
    </Section>
  );
}

function sessionPeriod(fiscalYear: number, locale: Locale, label: (values: { start: string; end: string }) => string) {
  const start = fiscalYearStart(fiscalYear);
  const end = fiscalYearEnd(fiscalYear);
  return {
    min: toIsoDate(start),
    max: toIsoDate(end),
    today: toIsoDate(tokyoDate()),
    label: label({ start: formatDate(start, locale), end: formatDate(end, locale) }),
  };
}

/**
 * One OJT plan: who, the goals (marked achieved by the trainer or supervisor), the sessions
 * (logged by the trainer or trainee) and, for the supervisor, the edit form. Read-only for HR
 * and the bureau; a 404 for anyone else, exactly as for an id that does not exist.
 */
export default async function OjtPlanPage({ params }: { params: Promise<{ ojtPlanId: string }> }) {
  const parsed = idParam.safeParse((await params).ojtPlanId);
  if (!parsed.success) notFound();
  const actor = await requireActor();
  const [{ plan, access }, t, locale] = await Promise.all([loadOrNotFound(() => getOjtPlan(actor, parsed.data)), getTranslations("ojt"), currentLocale()]);
  const fiscalYearLabel = formatFiscalYear(plan.fiscalYear, locale);
  const achieved = plan.goals.filter((goal) => goal.achieved).length;
  const backHref: Route | null = access.canEdit ? `/team/ojt?fy=${plan.fiscalYear}` : access.reader === "TRAINER" || access.reader === "TRAINEE" ? "/me" : null;
  const title = t("plan.title", { name: plan.trainee.name });
  // The supervisor who edits it came from the team's OJT list, whichever else they are to it.
  const list = access.canEdit ? [{ label: t("title"), href: `/team/ojt?fy=${plan.fiscalYear}` }] : [];
  return (
    <>
      <Breadcrumbs menu={access.canEdit ? "SUPERVISOR" : menuRoleOf(access.reader)} crumbs={[...list, { label: title }]} />
      <PageHeader title={title} lead={t("plan.lead", { fiscalYear: fiscalYearLabel, unit: trailText(plan.trainee.unit.trail), rank: plan.trainee.rank })}>
        <OjtStatusBadge status={ojtStatusOf(plan)} />
      </PageHeader>
      {!access.canEdit && !access.canLogSession && !access.canMarkGoals ? <Notice title={t("plan.readOnly")} /> : null}
      <OjtPlanSummary plan={plan} />

      <Section
        id="goals"
        title={t("plan.goalsTitle")}
        lead={plan.goals.length > 0 ? t("plan.goalsProgress", { achieved, total: plan.goals.length }) : undefined}
      >
        <OjtGoalsTable plan={plan} canMark={access.canMarkGoals} />
      </Section>

      <Section id="sessions" title={t("plan.sessionsTitle")} lead={t("plan.sessionsTotal", { count: plan.sessions.length, minutes: plan.totalMinutes })}>
        <OjtSessionsTable sessions={plan.sessions} locale={locale} />
        {access.canLogSession ? (
          <div id="log-session" className="mt-6 scroll-mt-6 rounded-8 border-2 border-blue-900 p-6 print-hidden">
            <h3 className="mb-4 text-std-20B-150 text-solid-gray-900">{t("plan.logTitle")}</h3>
            <OjtSessionForm
              ojtPlanId={plan.id}
              sessionCount={plan.sessions.length}
              fiscalYearLabel={fiscalYearLabel}
              period={sessionPeriod(plan.fiscalYear, locale, (values) => t("session.period", values))}
            />
          </div>
        ) : null}
      </Section>

      {access.canEdit ? <EditSection actor={actor} plan={plan} fiscalYearLabel={fiscalYearLabel} /> : null}
      {backHref ? (
        <p className="print-hidden">
          <Link href={backHref}>{access.canEdit ? t("plan.backToTeam") : t("plan.backToMe")}</Link>
        </p>
      ) : null}
    </>
  );
}

import type { Metadata, Route } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OjtGoalsTable } from "@/components/ojt/ojt-goals-table";
import { OjtPlanSummary } from "@/components/ojt/ojt-plan-summary";
import { OjtSessionForm } from "@/components/ojt/ojt-session-form";
import { OjtSessionsTable } from "@/components/ojt/ojt-sessions-table";
import { OjtStatusBadge, ojtStatusOf } from "@/components/ojt/ojt-status-badge";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { menuRoleOf } from "@/lib/platform/auth/roles";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { Locale } from "@/lib/platform/i18n/locales";
import { getOjtPlan } from "@/lib/year/ojt/get-ojt-plan";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { trailText } from "@/lib/people/org/unit-trail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ojt"))("plan.pageTitle") };
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
 * (logged by the trainer or trainee) and, for the supervisor, the way to its edit page. Read-only for HR
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
      {access.canEdit ? (
        // The form is a page of its own (./edit): this one is read, marked and logged on.
        <p className="print-hidden -mt-6 mb-10">
          <Link href={`/ojt/${plan.id}/edit`} className={`${buttonClass("secondary")} no-underline`}>
            {t("plan.editSummary")}
          </Link>
        </p>
      ) : null}

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
              period={sessionPeriod(plan.fiscalYear, locale, (values) => t("session.period", values))}
            />
          </div>
        ) : null}
      </Section>

      {backHref ? (
        <p className="print-hidden">
          <Link href={backHref}>{access.canEdit ? t("plan.backToTeam") : t("plan.backToMe")}</Link>
        </p>
      ) : null}
    </>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/roles";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findMyOjtPlan } from "@/lib/ojt/find-my-trainees";
import { OjtStatusBadge, ojtStatusOf } from "./ojt-status-badge";

/**
 * The trainee's own OJT plan of the year on their dashboard, with the way to log a session
 * they held. Renders nothing for someone without a plan.
 */
export async function MyOjtPlan({ actor, fiscalYear = fiscalYearOf(tokyoDate()) }: { actor: Actor; fiscalYear?: number }) {
  const plan = await findMyOjtPlan(actor, fiscalYear);
  if (!plan) return null;
  const [t, locale] = await Promise.all([getTranslations("ojt"), currentLocale()]);
  return (
    <section aria-labelledby="my-ojt-heading" className="mb-10 flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-5">
      <h2 id="my-ojt-heading" className="text-std-20B-160">
        {t("myPlan.title")}
      </h2>
      <p className="flex flex-wrap items-center gap-3">
        <OjtStatusBadge status={ojtStatusOf(plan)} />
        {t("myPlan.lead", { fiscalYear: formatFiscalYear(fiscalYear, locale), trainer: plan.trainerName })}
      </p>
      <p>
        {t("myPlan.figures", { sessions: plan.sessions, achieved: plan.goalsAchieved, total: plan.goals })}
        {plan.lastSessionOn ? `　${t("myPlan.last", { date: formatDate(plan.lastSessionOn, locale) })}` : null}
      </p>
      <p>
        <Link href={`/ojt/${plan.ojtPlanId}`} className={`${buttonClass("secondary")} no-underline`}>
          {t("myPlan.open")}
        </Link>
      </p>
    </section>
  );
}

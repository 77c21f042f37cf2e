import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { MyOjtPlanSummary } from "@/lib/year/ojt/find-my-trainees";
import { OjtStatusBadge, ojtStatusOf } from "./ojt-status-badge";

/**
 * The trainee's own OJT plan of the year on their dashboard, with the way to log a session
 * they held. The page loads it (findMyOjtPlan) and leaves this out for someone without one.
 */
export async function MyOjtPlan({ plan, fiscalYear }: { plan: MyOjtPlanSummary; fiscalYear: number }) {
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

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { CommitmentStatusBadge, PlanStatusBadge } from "@/components/plans/status-badge";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { getMyYear } from "@/lib/year/plans/get-my-year";
import type { TrainingHoursSummary } from "@/lib/records/summarise-training-hours";

type MyYear = Awaited<ReturnType<typeof getMyYear>>;

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-5">
      <h2 className="text-std-20B-160">{title}</h2>
      {children}
    </section>
  );
}

/** The employee's year at a glance: plan, progress, what is due, training hours, the supervisor's word. */
export async function MyYearCards({
  year,
  fiscalYear,
  training,
  locale,
}: {
  year: MyYear;
  fiscalYear: number;
  training: TrainingHoursSummary;
  locale: Locale;
}) {
  const t = await getTranslations();
  const planHref = `/me/plans/${fiscalYear}` as const;
  const due = (list: MyYear["overdue"]) =>
    list.map((commitment) => (
      <li key={commitment.id}>
        <Link href={`${planHref}/commitments/${commitment.id}`}>{commitment.title}</Link>
        {commitment.dueOn ? (
          <span className="ml-2 text-dns-14N-130">{t("commitments.due", { date: formatDate(fromDateColumn(commitment.dueOn), locale) })}</span>
        ) : null}
      </li>
    ));
  return (
    <div className="mb-10 grid gap-4 md:grid-cols-2">
      <Card title={t("dashboard.planCard")}>
        <p>
          <PlanStatusBadge status={year.plan?.state ?? "NONE"} />
        </p>
        <p>
          <Link href={planHref} className={`${buttonClass(year.plan ? "secondary" : "primary")} no-underline`}>
            {year.plan ? t("dashboard.openPlan") : t("dashboard.startPlan")}
          </Link>
        </p>
      </Card>
      <Card title={t("dashboard.lastWord")}>
        {year.lastWord ? (
          <>
            <p className="meta">{t("timeline.entry", { action: t(`timeline.${year.lastWord.action}`), actor: year.lastWord.actor.name })}</p>
            {year.lastWord.comment ? <p className="whitespace-pre-wrap">{year.lastWord.comment}</p> : null}
          </>
        ) : (
          <p>{t("dashboard.lastWordEmpty")}</p>
        )}
      </Card>
      <Card title={t("dashboard.commitments")}>
        {year.commitments.length === 0 ? (
          <p>{t("dashboard.commitmentsEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {year.commitments.map((commitment) => (
              <li key={commitment.id} className="flex flex-col gap-1">
                <span className="flex flex-wrap items-center gap-2">
                  <Link href={`${planHref}/commitments/${commitment.id}`}>{commitment.title}</Link>
                  <CommitmentStatusBadge status={commitment.status} />
                </span>
                <ProgressBar value={commitment.progressPercent} label={t("commitments.progressLabel", { title: commitment.title })} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("dashboard.training")}>
        <p className="text-std-24B-150">{t("dashboard.trainingThisYear", { hours: training.thisYear })}</p>
        <p>
          {t("dashboard.trainingLastYear", { hours: training.lastYear })}　{t("dashboard.trainingCompleted", { count: training.completedCount })}
        </p>
        <p>
          <Link href="/me/records">{t("dashboard.recordsLink")}</Link>
        </p>
      </Card>
      <Card title={t("dashboard.overdue")}>
        {year.overdue.length === 0 ? <p>{t("dashboard.noneOverdue")}</p> : <ul className="list-disc pl-6 text-error-2">{due(year.overdue)}</ul>}
      </Card>
      <Card title={t("dashboard.dueSoon")}>
        {year.dueSoon.length === 0 ? <p>{t("dashboard.noneDue")}</p> : <ul className="list-disc pl-6">{due(year.dueSoon)}</ul>}
      </Card>
    </div>
  );
}

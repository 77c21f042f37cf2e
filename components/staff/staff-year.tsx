import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommitmentStatusBadge, PlanStatusBadge } from "@/components/plans/status-badge";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { Figure, Figures } from "@/components/ui/figures";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { StaffYear } from "@/lib/people/staff/get-staff-record";

/** One part of a year (plan, trainings…): an h3 and its entries, or a line saying there are none. */
function Part({ title, empty, children }: { title: string; empty: string | null; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-std-18B-160">{title}</h3>
      {empty === null ? children : <p className="text-solid-gray-800">{empty}</p>}
    </div>
  );
}

const entryList = "flex flex-col gap-3";
const entry = "rounded-8 border border-solid-gray-420 p-3";

/**
 * A person's fiscal year on their record: its figures (counted by the database), then each kind
 * of entry. Lists rather than tables, so that a phone reads them without scrolling sideways.
 */
export async function StaffYearView({ year, locale }: { year: StaffYear; locale: Locale }) {
  const [t, tr, ti] = await Promise.all([getTranslations("staff"), getTranslations("records"), getTranslations("interviews")]);
  const date = (value: Parameters<typeof formatDate>[0]) => formatDate(value, locale);
  const none = (items: readonly unknown[]) => (items.length === 0 ? t("nothing") : null);
  const { figures } = year;
  return (
    <div className="flex flex-col gap-6">
      <Figures columns={5}>
        <Figure label={t("figures.commitments")} value={t("figures.commitmentsValue", { done: figures.commitmentsDone, total: figures.commitments })} />
        <Figure label={t("figures.trainings")} value={t("figures.trainingsValue", { count: figures.trainings, hours: figures.trainingHours })} />
        <Figure label={t("figures.qualifications")} value={t("figures.count", { count: figures.qualifications })} />
        <Figure label={t("figures.ojt")} value={t("figures.ojtValue", { sessions: figures.ojtSessions, minutes: figures.ojtMinutes })} />
        <Figure label={t("figures.interviews")} value={t("figures.count", { count: figures.interviews })} />
      </Figures>
      <Part title={t("plan")} empty={year.plan ? null : t("noPlan")}>
        {year.plan ? (
          <p className="flex flex-wrap items-center gap-3">
            <PlanStatusBadge status={year.plan.status} />
            {year.plan.canOpen ? <Link href={`/plans/${year.plan.id}`}>{t("openPlan")}</Link> : null}
          </p>
        ) : null}
      </Part>
      <Part title={t("commitments")} empty={none(year.commitments)}>
        <ul className={entryList}>
          {year.commitments.map((commitment) => (
            <li key={commitment.id} className={entry}>
              <p className="flex flex-wrap items-center gap-2">
                <span className="text-std-16B-170">{commitment.title}</span>
                <CommitmentStatusBadge status={commitment.status} />
              </p>
              <p className="meta">
                {commitment.measureName}・{t("progress", { percent: commitment.progressPercent })}
              </p>
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t("trainings")} empty={none(year.trainings)}>
        <ul className={entryList}>
          {year.trainings.map((training) => (
            <li key={training.id} className={entry}>
              <p className="text-std-16B-170">{training.programmeName}</p>
              <p className="meta">
                {t("trainingLine", {
                  kind: tr(`training.kinds.${training.kind}`),
                  dates: tr("training.dateRange", { start: date(training.startOn), end: date(training.endOn) }),
                  hours: training.hours,
                })}
              </p>
              <p className="mt-1 flex flex-wrap gap-2">
                <Badge tone={training.completed ? "success" : "neutral"}>{training.completed ? t("completed") : t("notCompleted")}</Badge>
                <Badge tone={training.verified ? "info" : "neutral"}>{training.verified ? t("verified") : t("declared")}</Badge>
              </p>
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t("qualifications")} empty={none(year.qualifications)}>
        <ul className={entryList}>
          {year.qualifications.map((qualification) => (
            <li key={qualification.id} className={entry}>
              <p className="text-std-16B-170">{qualification.name}</p>
              <p className="meta">
                {t("obtainedOn", { date: date(qualification.obtainedOn) })}
                {qualification.expiresOn ? `・${t("expiresOn", { date: date(qualification.expiresOn) })}` : null}
              </p>
              <p className="mt-1">
                <Badge tone={qualification.verified ? "info" : "neutral"}>{qualification.verified ? t("verified") : t("declared")}</Badge>
              </p>
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t("ojt")} empty={none(year.ojt)}>
        <ul className={entryList}>
          {year.ojt.map((plan) => (
            <li key={plan.id} className={entry}>
              <p className="flex flex-wrap items-center gap-2">
                <span className="text-std-16B-170">
                  {plan.as === "TRAINEE" ? t("ojtAsTrainee", { name: plan.partnerName }) : t("ojtAsTrainer", { name: plan.partnerName })}
                </span>
                <Badge tone={plan.completed ? "success" : "info"}>{plan.completed ? t("ojtDone") : t("ojtOngoing")}</Badge>
              </p>
              <p className="meta">{t("ojtSessions", { sessions: plan.sessions, minutes: plan.minutes })}</p>
              {plan.canOpen ? (
                <p className="mt-1">
                  <Link href={`/ojt/${plan.id}`}>{t("openOjt")}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t("interviews")} empty={none(year.interviews)}>
        <ul className={entryList}>
          {year.interviews.map((interview) => (
            <li key={interview.id} className={entry}>
              <p className="text-std-16B-170">
                {date(interview.heldOn)} {ti(`kinds.${interview.kind}`)}
              </p>
              <p className="meta mb-2">{t("interviewer", { name: interview.interviewerName })}</p>
              <DescriptionList
                rows={[
                  [t("agenda"), interview.agenda || "—"],
                  [t("sharedNotes"), interview.sharedNotes || "—"],
                  [t("agreedActions"), interview.agreedActions || "—"],
                ]}
              />
              {interview.canOpen ? (
                <p className="mt-2">
                  <Link href={`/interviews/${interview.id}`}>{t("openInterview")}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t("transfers")} empty={none(year.transfers)}>
        <ul className={entryList}>
          {year.transfers.map((transfer) => (
            <li key={transfer.id} className={entry}>
              <p className="flex flex-wrap items-center gap-2">
                <span className="text-std-16B-170">{date(transfer.effectiveOn)}</span>
                {transfer.status === "SCHEDULED" ? <Badge tone="info">{t("scheduled")}</Badge> : null}
                {transfer.noteWritten ? <Badge tone="success">{t("noteWritten")}</Badge> : null}
              </p>
              <p>{t("transferLine", { from: transfer.fromUnit, to: transfer.toUnit })}</p>
              {transfer.canOpenHandover ? (
                <p className="mt-1">
                  <Link href={`/handovers/${transfer.id}`}>{t("openHandover")}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </Part>
    </div>
  );
}

/** The year's name as a heading reads it: 「令和7年度（今年度）」 for the current one. */
export async function yearTitle(fiscalYear: number, current: number, locale: Locale): Promise<string> {
  const t = await getTranslations("staff");
  const year = formatFiscalYear(fiscalYear, locale);
  return fiscalYear === current ? t("currentYear", { year }) : year;
}

import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { InterviewActionStatus } from "@/lib/generated/prisma/enums";
import type { InterviewView } from "@/lib/year/interviews/interview-view";
import { ActionDecisionForm } from "./action-decision-form";

const TONE = { PROPOSED: "warning", ACCEPTED: "success", DECLINED: "neutral" } as const satisfies Record<InterviewActionStatus, string>;

function commitmentHref(commitment: InterviewView["actions"][number]["commitment"], viewer: "OWNER" | "OTHER") {
  if (!commitment) return null;
  if (viewer === "OWNER") return `/me/plans/${commitment.fiscalYear}/commitments/${commitment.id}` as const;
  return commitment.planId === null ? null : (`/plans/${commitment.planId}` as const);
}

/**
 * The actions agreed in an interview and what became of each. The employee answers the ones
 * still proposed (`canDecide`, on their list and on the interview's page); an accepted one links to the
 * commitment it became — in the employee's own plan for them, in the plan's review page for others.
 */
export async function InterviewActionsList({
  interview,
  viewer,
  canDecide = false,
  locale,
  fiscalYearLabel,
}: {
  interview: InterviewView;
  viewer: "OWNER" | "OTHER";
  canDecide?: boolean;
  locale: Locale;
  fiscalYearLabel: string;
}) {
  const t = await getTranslations("interviews");
  if (interview.actions.length === 0) return <p className="text-std-16N-170">{t("detail.noActions")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {interview.actions.map((action) => {
        const href = commitmentHref(action.commitment, viewer);
        return (
          <li key={action.id} id={`action-${action.id}`} className="rounded-8 border border-solid-gray-420 p-4">
            <p className="flex flex-wrap items-center gap-3 text-std-17B-170">
              <span>{action.title}</span>
              <Badge tone={TONE[action.status]}>{t(`actionStatus.${action.status}`)}</Badge>
            </p>
            <p className="meta">
              {t("detail.measure", { measure: action.measure.label })}
              {action.decidedAt ? `　${t("detail.decidedOn", { date: formatDate(tokyoDate(action.decidedAt), locale) })}` : null}
            </p>
            {href ? (
              <p className="mt-2">
                <Link href={href}>{t("detail.openCommitment")}</Link>
              </p>
            ) : null}
            {canDecide ? (
              <ActionDecisionForm
                actionId={action.id}
                interviewId={interview.id}
                title={action.title}
                proposed={action.status === "PROPOSED"}
                fiscalYearLabel={fiscalYearLabel}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

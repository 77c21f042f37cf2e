import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { PlanDisplayState } from "@/lib/year/plans/plan-rules";

/** The badge tone of each plan state, also for tables that render the badge themselves. */
export const PLAN_TONE = {
  NONE: "neutral",
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "warning",
  APPROVED: "success",
  CHANGES_DRAFT: "success",
  CHANGES_SUBMITTED: "info",
} as const;
const COMMITMENT_TONE = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  APPROVED: "success",
  RETURNED: "warning",
  IN_PROGRESS: "info",
  DONE: "success",
  DROPPED: "neutral",
} as const;

/** A plan's state; an approved plan with changes says whether they were sent (lib/year/plans/plan-rules.ts planDisplayState). */
export async function PlanStatusBadge({ status }: { status: PlanDisplayState | "NONE" }) {
  const t = await getTranslations("plans");
  return (
    <Badge tone={PLAN_TONE[status]}>
      <span className="sr-only">{t("statusLabel")}</span>
      {t(`status.${status}`)}
    </Badge>
  );
}

const CHANGE_STATES = ["DRAFT", "SUBMITTED", "RETURNED"] as const satisfies CommitmentStatus[];
const isChangeState = (status: CommitmentStatus): status is (typeof CHANGE_STATES)[number] => (CHANGE_STATES as readonly CommitmentStatus[]).includes(status);

/** `change`: the commitment belongs to an approved plan, where a draft is a change not yet sent, and so on. */
export async function CommitmentStatusBadge({ status, change = false }: { status: CommitmentStatus; change?: boolean }) {
  const t = await getTranslations("commitments");
  return <Badge tone={COMMITMENT_TONE[status]}>{change && isChangeState(status) ? t(`changeStatus.${status}`) : t(`status.${status}`)}</Badge>;
}

import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CommitmentStatus, PlanStatus } from "@/lib/generated/prisma/enums";

/** The badge tone of each plan state, also for tables that render the badge themselves. */
export const PLAN_TONE = { NONE: "neutral", DRAFT: "neutral", SUBMITTED: "info", RETURNED: "warning", APPROVED: "success" } as const;
const COMMITMENT_TONE = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  APPROVED: "success",
  RETURNED: "warning",
  IN_PROGRESS: "info",
  DONE: "success",
  DROPPED: "neutral",
} as const;

export async function PlanStatusBadge({ status }: { status: PlanStatus | "NONE" }) {
  const t = await getTranslations("plans");
  return (
    <Badge tone={PLAN_TONE[status]}>
      <span className="sr-only">{t("statusLabel")}</span>
      {t(`status.${status}`)}
    </Badge>
  );
}

export async function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const t = await getTranslations("commitments.status");
  return <Badge tone={COMMITMENT_TONE[status]}>{t(status)}</Badge>;
}

import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export const OJT_STATUS_TONE = { NONE: "warning", ACTIVE: "info", COMPLETED: "success" } as const;
export type OjtStatus = keyof typeof OJT_STATUS_TONE;

export function ojtStatusOf(plan: { completed: boolean } | null): OjtStatus {
  return plan ? (plan.completed ? "COMPLETED" : "ACTIVE") : "NONE";
}

/** Plan state in words, never by colour alone. */
export async function OjtStatusBadge({ status }: { status: OjtStatus }) {
  const t = await getTranslations("ojt.status");
  return <Badge tone={OJT_STATUS_TONE[status]}>{t(status)}</Badge>;
}

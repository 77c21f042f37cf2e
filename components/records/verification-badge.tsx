import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { VerificationView } from "@/lib/records/verification-view";

/**
 * 確認済み / 未確認 for a training or qualification record, wherever one is listed: a confirmed
 * record also says who confirmed it and when, so a reader can tell a declaration from evidence.
 */
export async function VerificationBadge({ verification, locale }: { verification: VerificationView | null; locale: Locale }) {
  const t = await getTranslations("verifiedRecords.status");
  if (!verification) return <Badge>{t("unverified")}</Badge>;
  return (
    <span className="flex flex-col items-start gap-1">
      <Badge tone="success">{t("verified")}</Badge>
      <span className="meta">{t("verifiedBy", { name: verification.byName, date: formatDate(tokyoDate(verification.at), locale) })}</span>
    </span>
  );
}

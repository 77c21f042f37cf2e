import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/platform/dates/format";
import type { TeamCycleStatus as Status } from "@/lib/year/cycle/cycle-status";
import type { Locale } from "@/lib/platform/i18n/locales";

/** チーム's line about the step due now: how many members have not done it, by when. */
export async function TeamCycleStatus({ status, locale }: { status: Status; locale: Locale }) {
  const t = await getTranslations("cycle");
  return (
    <Notice
      tone={status.notDone > 0 && status.daysLeft < 7 ? "warning" : "info"}
      title={t("teamNotDone", { step: t(`steps.${status.step}`), count: status.notDone, members: status.members })}
    >
      <p>
        {status.daysLeft >= 0
          ? t("teamDue", { date: formatDate(status.dueOn, locale), days: status.daysLeft })
          : t("teamOverdue", { date: formatDate(status.dueOn, locale), days: -status.daysLeft })}{" "}
        {t(`doneMeans.${status.step}`)}
      </p>
    </Notice>
  );
}

import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/platform/dates/format";
import type { MyCycleDue as Due } from "@/lib/year/cycle/cycle-status";
import type { Locale } from "@/lib/platform/i18n/locales";

/** マイページ's line about the year's step due now: 「期首計画の提出期限まで あと12日」, or done, or overdue. */
export async function MyCycleDue({ due, locale }: { due: Due; locale: Locale }) {
  const t = await getTranslations("cycle");
  const step = t(`deadlines.${due.step}`);
  const date = formatDate(due.dueOn, locale);
  const title = due.done
    ? t("myDone", { step: t(`steps.${due.step}`) })
    : due.daysLeft >= 0
      ? t("myDaysLeft", { step, days: due.daysLeft })
      : t("myOverdue", { step, days: -due.daysLeft });
  return (
    <Notice tone={due.done ? "info" : due.daysLeft < 7 ? "warning" : "info"} title={title}>
      <p>
        {t("myDueOn", { date })} {t(`doneMeans.${due.step}`)}
      </p>
    </Notice>
  );
}

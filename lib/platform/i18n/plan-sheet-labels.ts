import "server-only";
import { getTranslations } from "next-intl/server";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import type { SheetLabels } from "@/lib/year/plan-sheet/plan-sheet-tables";
import { currentLocale } from "./current-locale";

/** The words of the キャリアデザインシート's workbook in the reader's language (lib/year/plan-sheet takes them, as it reads no request). */
export async function planSheetLabels(fiscalYear: number, staffNumber: string): Promise<SheetLabels> {
  const [t, tp, tc, locale] = await Promise.all([
    getTranslations("planSheet"),
    getTranslations("plans.status"),
    getTranslations("commitments.status"),
    currentLocale(),
  ]);
  return {
    title: `${t("title")}_${fiscalYear}_${staffNumber}`,
    item: t("item"),
    content: t("content"),
    fiscalYear: t("fiscalYear"),
    name: t("name"),
    staffNumber: t("staffNumber"),
    unit: t("unit"),
    rank: t("rank"),
    status: t("status"),
    visionNow: t("visionNow"),
    vision3Years: t("vision3Years"),
    vision10Years: t("vision10Years"),
    transferWish: t("transferWish"),
    reflection: t("reflection"),
    commitments: t("commitmentsSheet"),
    commitmentColumns: [t("no"), t("measure"), t("commitment"), t("target"), t("due"), t("status"), t("progress"), t("rating"), t("supervisorComment")],
    planStatusOf: (status) => tp(status),
    commitmentStatusOf: (status) => tc(status),
    yearLabel: formatFiscalYear(fiscalYear, locale),
  };
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CareerDesignSheet } from "@/components/plan-sheet/career-design-sheet";
import { SheetToolbar } from "@/components/plan-sheet/sheet-toolbar";
import { requireActor } from "@/lib/platform/auth/actor";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findOwnPlanSheet } from "@/lib/year/plan-sheet/get-plan-sheet";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planSheet"))("title") };
}

/** /me/plans/<fy>/sheet: the employee's own plan of a year as one A4 キャリアデザインシート. */
export default async function OwnPlanSheetPage({ params }: { params: Promise<{ fiscalYear: string }> }) {
  const fiscalYear = fiscalYearParam.safeParse((await params).fiscalYear);
  if (!fiscalYear.success) notFound();
  const actor = await requireActor();
  const [sheet, locale] = await Promise.all([findOwnPlanSheet(actor, fiscalYear.data), currentLocale()]);
  if (!sheet) notFound();
  return (
    <>
      <SheetToolbar planHref={`/me/plans/${fiscalYear.data}`} xlsxHref={`/me/plans/${fiscalYear.data}/sheet/xlsx`} />
      <CareerDesignSheet sheet={sheet} locale={locale} />
    </>
  );
}

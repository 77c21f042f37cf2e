import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CareerDesignSheet } from "@/components/plan-sheet/career-design-sheet";
import { SheetToolbar } from "@/components/plan-sheet/sheet-toolbar";
import { requireActor } from "@/lib/platform/auth/actor";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { getPlanSheet } from "@/lib/year/plan-sheet/get-plan-sheet";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planSheet"))("title") };
}

/** /plans/<id>/sheet: another person's plan as one A4 キャリアデザインシート, for whoever may read the plan. */
export default async function PlanSheetPage({ params }: { params: Promise<{ planId: string }> }) {
  const planId = idParam.safeParse((await params).planId);
  if (!planId.success) notFound();
  const actor = await requireActor();
  const [sheet, locale] = await Promise.all([loadOrNotFound(() => getPlanSheet(actor, planId.data)), currentLocale()]);
  // The owner's sheet lives beside their own plan.
  if (sheet.access.reader === "OWNER") redirect(`/me/plans/${sheet.plan.fiscalYear}/sheet`);
  return (
    <>
      <SheetToolbar planHref={`/plans/${planId.data}`} xlsxHref={`/plans/${planId.data}/sheet/xlsx`} />
      <CareerDesignSheet sheet={sheet} locale={locale} />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CycleProgressTable } from "@/components/cycle/cycle-progress-table";
import { CycleReminderForm } from "@/components/cycle/cycle-reminder-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { findCycleProgress, findReminderBureaus } from "@/lib/year/cycle/cycle-status";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycle"))("bureauTitle") };
}

/** 提出状況・督促: the bureau coordinator's view of the year's steps in their bureau, and the reminder to those who have not done one. */
export default async function BureauCyclePage() {
  const actor = await requireActor();
  const [t, locale, progress, bureaus] = await Promise.all([
    getTranslations("cycle"),
    currentLocale(),
    loadOrNotFound(() => findCycleProgress(actor)),
    loadOrNotFound(() => findReminderBureaus(actor)),
  ]);
  const openedSteps = progress.steps?.filter((step) => step.opened).map((step) => step.step) ?? [];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("bureauTitle")} lead={t("bureauLead")} />
      <Section id="progress" title={t("progressTitle", { year: formatFiscalYear(progress.fiscalYear, locale) })}>
        {progress.steps ? (
          <CycleProgressTable steps={progress.steps} locale={locale} caption={t("progressCaptionBureau")} />
        ) : (
          <p>{t("calendarUnsetOthers")}</p>
        )}
      </Section>
      <Section id="remind" title={t("remindTitle")} lead={t("remindLeadBureau")}>
        {openedSteps.length > 0 ? <CycleReminderForm steps={openedSteps} bureaus={bureaus} cityWide={false} /> : <p>{t("nothingToRemind")}</p>}
      </Section>
    </div>
  );
}

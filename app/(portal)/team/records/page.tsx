import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordsToVerifyTable } from "@/components/records/records-to-verify-table";
import { VerifyRecordsForm } from "@/components/records/verify-records-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findRecordsToVerify, QUEUE_LIMIT, RECORDS_TO_VERIFY_ID } from "@/lib/records/verification/find-records-to-verify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifiedRecords"))("queue.title") };
}

/**
 * The supervisor confirms the trainings and qualifications their team declared. The form's top
 * confirms what was done (the action's answer) and leads on to the records still waiting, here.
 */
export default async function TeamRecordsPage() {
  const actor = await requireActor();
  const [{ records, more }, t, locale] = await Promise.all([
    loadOrNotFound(() => findRecordsToVerify(actor)),
    getTranslations("verifiedRecords.queue"),
    currentLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {more ? <p className="mb-4">{t("more", { limit: QUEUE_LIMIT })}</p> : null}
      {/* One form whether or not records wait, so its confirmation stays after the last is confirmed. */}
      <VerifyRecordsForm count={records.length}>
        {records.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <div id={RECORDS_TO_VERIFY_ID} className="scroll-mt-6">
            <RecordsToVerifyTable records={records} locale={locale} />
          </div>
        )}
      </VerifyRecordsForm>
    </>
  );
}

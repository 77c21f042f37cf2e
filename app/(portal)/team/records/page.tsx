import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordsToVerifyTable } from "@/components/records/records-to-verify-table";
import { VerifyRecordsForm } from "@/components/records/verify-records-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { findRecordsToVerify, QUEUE_LIMIT } from "@/lib/records/verification/find-records-to-verify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifiedRecords"))("queue.title") };
}

/** The supervisor confirms the trainings and qualifications their team declared. */
export default async function TeamRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  const [{ records, more }, t, locale] = await Promise.all([loadOrNotFound(() => findRecordsToVerify(actor)), getTranslations("verifiedRecords.queue"), currentLocale()]);
  const count = (name: string) => Math.max(0, Math.trunc(Number(params[name] ?? 0)) || 0);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {params.done === "verified" ? (
        <div role="status">
          <Notice title={count("changed") > 0 ? t("doneWithChanged", { confirmed: count("confirmed"), changed: count("changed") }) : t("doneCount", { confirmed: count("confirmed") })} />
        </div>
      ) : null}
      {more ? <p className="mb-4">{t("more", { limit: QUEUE_LIMIT })}</p> : null}
      {records.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <VerifyRecordsForm count={records.length}>
          <RecordsToVerifyTable records={records} locale={locale} />
        </VerifyRecordsForm>
      )}
    </>
  );
}

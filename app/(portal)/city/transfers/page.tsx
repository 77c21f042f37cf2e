import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TransferForm } from "@/components/transfers/transfer-form";
import { TransferTable } from "@/components/transfers/transfer-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { findTransfers } from "@/lib/people/transfers/find-transfers";
import { assertTransferAdmin } from "@/lib/people/transfers/schedule-transfer";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transfers"))("title") };
}

/** 異動の登録: transfers waiting for their date and those applied recently. HR division only. */
export default async function TransfersPage() {
  const actor = await requireActor();
  allowedOrNotFound(() => assertTransferAdmin(actor));
  const [t, { scheduled, applied }] = await Promise.all([getTranslations("transfers"), findTransfers(actor)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section title={t("formTitle")}>
        <TransferForm />
      </Section>
      <Section title={t("scheduledTitle")}>{scheduled.length === 0 ? <p>{t("scheduledEmpty")}</p> : <TransferTable rows={scheduled} view="hr" />}</Section>
      <Section title={t("appliedTitle")}>{applied.length === 0 ? <p>{t("appliedEmpty")}</p> : <TransferTable rows={applied} view="hr" />}</Section>
    </div>
  );
}

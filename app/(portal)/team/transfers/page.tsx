import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TransferTable } from "@/components/transfers/transfer-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { findTeamTransfers } from "@/lib/people/transfers/find-transfers";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transfers"))("teamTitle") };
}

/** A supervisor's transfers: members leaving (the note to write) and members who joined (the handover to read). */
export default async function TeamTransfersPage() {
  const actor = await requireActor();
  const [t, { leaving, arrived }] = await Promise.all([getTranslations("transfers"), loadOrNotFound(() => findTeamTransfers(actor))]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("teamTitle")} lead={t("teamLead")} />
      <Section title={t("leavingTitle")}>{leaving.length === 0 ? <p>{t("leavingEmpty")}</p> : <TransferTable rows={leaving} view="team" />}</Section>
      <Section title={t("arrivedTitle")}>{arrived.length === 0 ? <p>{t("arrivedEmpty")}</p> : <TransferTable rows={arrived} view="team" />}</Section>
    </div>
  );
}

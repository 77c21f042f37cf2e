import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountVerifiedOnlyForm } from "@/components/settings/count-verified-only-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { readCountVerifiedOnly } from "@/lib/settings/count-verified-only";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/load-or-not-found";
import { assertSettingsEditor } from "@/lib/settings/settings-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifiedRecords.settings"))("title") };
}

/** The HR division's portal-wide settings; everyone else gets a 404. */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  allowedOrNotFound(() => assertSettingsEditor(actor));
  const [t, verifiedOnly] = await Promise.all([getTranslations("verifiedRecords.settings"), loadOrNotFound(() => readCountVerifiedOnly(actor))]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {params.done === "saved" ? (
        <div role="status">
          <Notice title={t("saved")} />
        </div>
      ) : null}
      <Section id="figures" title={t("figures")} lead={t("current", { state: verifiedOnly ? t("on") : t("off") })}>
        <CountVerifiedOnlyForm current={verifiedOnly} />
      </Section>
    </>
  );
}

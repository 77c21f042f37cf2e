import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DisclosureDocument } from "@/components/disclosure/disclosure-document";
import { PrintButton } from "@/components/report/print-button";
import { requireActor } from "@/lib/auth/actor";
import { collectOwnRecords } from "@/lib/disclosure/collect-own-records";
import { currentLocale } from "@/lib/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("disclosure"))("title") };
}

/**
 * /me/disclosure/document: the signed-in employee's own records (本人開示) as a page to read and
 * print on A4, beside the JSON download at /me/disclosure. No parameters: only ever one's own.
 * Audited like the download (collectOwnRecords writes the row before reading).
 */
export default async function DisclosureDocumentPage() {
  const actor = await requireActor();
  const [records, locale, t] = await Promise.all([collectOwnRecords(actor), currentLocale(), getTranslations("disclosure")]);
  return (
    <>
      <div className="print-hidden mb-6 flex flex-wrap items-center gap-4">
        <PrintButton label={t("print")} />
        <a href="/me/disclosure" download className="text-blue-1000 underline">
          {t("json")}
        </a>
      </div>
      <DisclosureDocument records={records} locale={locale} />
    </>
  );
}

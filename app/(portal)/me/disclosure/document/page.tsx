import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DisclosureDocument } from "@/components/disclosure/disclosure-document";
import { PrintButton } from "@/components/report/print-button";
import { requireActor } from "@/lib/platform/auth/actor";
import { fiscalYearParam } from "@/lib/platform/dates/route-params";
import { collectOwnYear } from "@/lib/records/disclosure/collect-own-records";
import { currentLocale } from "@/lib/platform/i18n/current-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("disclosure"))("title") };
}

/**
 * /me/disclosure/document: the signed-in employee's own records (本人開示) of one fiscal year
 * (`?fy=`, the newest by default) as a page to read and print on A4, beside the JSON download
 * of every year at /me/disclosure. Only ever one's own: the year is the only parameter.
 * Audited like the download (collectOwnYear writes the row before reading).
 */
export default async function DisclosureDocumentPage({ searchParams }: { searchParams: Promise<{ fy?: string | string[] }> }) {
  const actor = await requireActor();
  const asked = fiscalYearParam.safeParse((await searchParams).fy);
  const [records, locale, t] = await Promise.all([
    collectOwnYear(actor, asked.success ? asked.data : undefined),
    currentLocale(),
    getTranslations("disclosure"),
  ]);
  return (
    <>
      <div className="print-hidden mb-6 flex flex-wrap items-center gap-4">
        <PrintButton label={t("print")} />
        <a href="/me/disclosure" download className="text-blue-1000 underline">
          {t("jsonAll")}
        </a>
      </div>
      <DisclosureDocument records={records} locale={locale} />
    </>
  );
}

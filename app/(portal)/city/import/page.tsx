import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportColumnGuide } from "@/components/personnel/import-column-guide";
import { PersonnelImportForm } from "@/components/personnel/personnel-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { MAX_FILE_BYTES } from "@/lib/people/personnel/read-personnel-csv";
import { applyStaffImportAction, applyUnitImportAction, previewStaffImportAction, previewUnitImportAction } from "@/lib/people/personnel/import-actions";
import { assertPersonnelImporter } from "@/lib/people/personnel/import-access";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("personnelImport"))("title") };
}

/** 人事マスタ取込: org units first, then staff. HR division only; everyone else gets a 404. */
export default async function PersonnelImportPage() {
  const actor = await requireActor();
  allowedOrNotFound(() => assertPersonnelImporter(actor));
  const t = await getTranslations("personnelImport");
  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <Section id="units" title={t("units.heading")} lead={t("units.intro")}>
        <div className="flex flex-col gap-6">
          <ImportColumnGuide subject="units" />
          <PersonnelImportForm subject="units" previewAction={previewUnitImportAction} applyAction={applyUnitImportAction} maxBytes={MAX_FILE_BYTES} />
        </div>
      </Section>
      <Section id="staff" title={t("staff.heading")} lead={t("staff.intro")}>
        <div className="flex flex-col gap-6">
          <ImportColumnGuide subject="staff" />
          <PersonnelImportForm
            subject="staff"
            previewAction={previewStaffImportAction}
            applyAction={applyStaffImportAction}
            offerAbsentLeave
            maxBytes={MAX_FILE_BYTES}
          />
        </div>
      </Section>
    </>
  );
}

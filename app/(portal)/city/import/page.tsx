import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StaffImportForm } from "@/components/personnel/staff-import-form";
import { requireActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("personnelImport"))("title") };
}

/** 人事マスタ取込（職員）: HR division only; everyone else gets a 404. */
export default async function PersonnelImportPage() {
  const actor = await requireActor();
  if (!hasRole(actor, "HR_DIVISION")) notFound();
  const t = await getTranslations("personnelImport");
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <StaffImportForm />
    </section>
  );
}

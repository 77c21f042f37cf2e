import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/report/print-button";

/** Above the sheet on screen only: print it, download it as Excel, or go back to the plan. */
export async function SheetToolbar({ planHref, xlsxHref }: { planHref: string; xlsxHref: string }) {
  const t = await getTranslations("planSheet");
  return (
    <div className="print-hidden mb-6 flex flex-wrap items-center gap-4">
      <PrintButton label={t("print")} />
      <a href={xlsxHref} download className="text-blue-1000 underline">
        {t("excel")}
      </a>
      <a href={planHref} className="text-blue-1000 underline">
        {t("back")}
      </a>
      <p className="w-full text-std-16N-170 text-solid-gray-800">{t("printHint")}</p>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/**
 * CSV and Excel links for one table. Plain anchors with `download`: the route answers with an
 * attachment, so no script is needed and the links work from the keyboard like any other.
 */
export async function DownloadLinks({ query, label, route = "/bureau/export" }: { query: string; label: string; route?: string }) {
  const t = await getTranslations("bureauDashboard.download");
  return (
    <nav aria-label={`${label}：${t("label")}`} className="print-hidden mb-4 flex flex-wrap gap-3">
      <a href={`${route}?${query}&format=csv`} download className={`${buttonClass("secondary", "sm")} no-underline`}>
        {t("csv")}
      </a>
      <a href={`${route}?${query}&format=xlsx`} download className={`${buttonClass("secondary", "sm")} no-underline`}>
        {t("xlsx")}
      </a>
    </nav>
  );
}

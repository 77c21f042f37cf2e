import { getTranslations } from "next-intl/server";
import { FileDownloads } from "@/components/ui/file-downloads";

/**
 * CSV and Excel links for one table. The route answers with an attachment; FileDownloads says
 * "preparing…" while it is built (a city-wide table takes a few seconds).
 */
export async function DownloadLinks({ query, label, route = "/bureau/export" }: { query: string; label: string; route?: string }) {
  const t = await getTranslations("bureauDashboard.download");
  return (
    <FileDownloads
      label={`${label}：${t("label")}`}
      files={[
        { href: `${route}?${query}&format=csv`, label: t("csv") },
        { href: `${route}?${query}&format=xlsx`, label: t("xlsx") },
      ]}
    />
  );
}

import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { timestampFormat } from "@/lib/platform/dates/format";

/**
 * 代理入力: who entered the plan for its owner, and whether the owner has confirmed it yet
 * (「本人確認：未」). Shown to the reviewer beside the plan: the confirmation is independent of
 * the approval, so the reviewer sees it rather than being stopped by it.
 */
export async function ProxyMark({ proxy, locale }: { proxy: { enteredBy: string; confirmedAt: Date | null }; locale: string }) {
  const t = await getTranslations("proxyEntry");
  return (
    <p id="proxy-mark" className="mb-6 flex flex-wrap items-center gap-2 text-std-16N-170">
      <span>{t("mark", { name: proxy.enteredBy })}</span>
      {proxy.confirmedAt ? (
        <Badge tone="success">{t("confirmedYes", { date: timestampFormat(locale, "date").format(proxy.confirmedAt) })}</Badge>
      ) : (
        <Badge tone="warning">{t("confirmedNo")}</Badge>
      )}
    </p>
  );
}

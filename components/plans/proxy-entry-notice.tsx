import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/**
 * 代理入力: the member's plan was entered by their supervisor and waits for the member to
 * confirm it (「確認しました」, `children`: the button, or a link to the page that has it) or to
 * correct it (「修正する」: the edit page, where saving confirms it).
 */
export async function ProxyEntryNotice({ enteredBy, fiscalYear, children }: { enteredBy: string; fiscalYear: number; children: ReactNode }) {
  const t = await getTranslations("proxyEntry");
  return (
    <section
      id="proxy-entry"
      aria-labelledby="proxy-entry-title"
      className="print-hidden mb-6 rounded-8 border-l-8 border-warning-yellow-1 bg-yellow-50 px-4 py-3"
    >
      <h2 id="proxy-entry-title" className="text-std-16B-170 text-solid-gray-900">
        {t("noticeTitle")}
      </h2>
      <p className="mb-3 max-w-3xl text-std-16N-170 text-solid-gray-800">{t("noticeBody", { name: enteredBy })}</p>
      <div className="flex flex-wrap items-start gap-4">
        {children}
        <Link href={`/me/plans/${fiscalYear}/edit`} className={`${buttonClass("secondary")} no-underline`}>
          {t("correct")}
        </Link>
      </div>
    </section>
  );
}

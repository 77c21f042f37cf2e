import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous and next page of a long list, with where one is ("2 / 5 ページ"). Links, not
 * buttons: a page of a list is an address one can share. Nothing when everything fits one page.
 */
export async function Pager({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("pager");
  return (
    <nav aria-label={label} className="print-hidden mt-4 flex items-center gap-4">
      {page > 1 ? <Link href={href(page - 1) as Route}>{t("previous")}</Link> : null}
      <span>{t("position", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1) as Route}>{t("next")}</Link> : null}
    </nav>
  );
}

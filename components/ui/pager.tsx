import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button";
import { localRoute } from "@/lib/platform/local-route";

/**
 * Previous and next page of a long list, with where one is ("2 / 5 ページ", with the whole
 * count when `total` is given). Links, not buttons: a page of a list is an address one can
 * share, and the filters stay in it. Nothing when everything fits one page.
 */
export async function Pager({
  page,
  pages,
  href,
  label,
  total,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  label?: string;
  total?: number;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("pager");
  return (
    <nav aria-label={label ?? t("label")} className="print-hidden mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={localRoute(href(page - 1))} rel="prev" className={buttonClass("secondary", "sm")}>
          {t("previous")}
        </Link>
      ) : null}
      <p>{total === undefined ? t("position", { page, pages }) : t("status", { page, pageCount: pages, total })}</p>
      {page < pages ? (
        <Link href={localRoute(href(page + 1))} rel="next" className={buttonClass("secondary", "sm")}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

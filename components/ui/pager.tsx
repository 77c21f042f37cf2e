import type { Route } from "next";
import Link from "next/link";
import { buttonClass } from "./button";

/**
 * Previous and next links under a paged list, with where the reader is ("3 / 35"). Plain links
 * that keep the filters in the URL, so a page can be bookmarked or opened in a new tab, and a
 * screen reader hears the position from the nav's label and the status text.
 */
export function Pager({ label, status, previous, next, hrefOf, page, pageCount }: {
  label: string;
  status: string;
  previous: string;
  next: string;
  hrefOf: (page: number) => string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={hrefOf(page - 1) as Route} rel="prev" className={buttonClass("secondary", "sm")}>
          {previous}
        </Link>
      ) : null}
      <p>{status}</p>
      {page < pageCount ? (
        <Link href={hrefOf(page + 1) as Route} rel="next" className={buttonClass("secondary", "sm")}>
          {next}
        </Link>
      ) : null}
    </nav>
  );
}

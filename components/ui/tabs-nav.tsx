"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { localRoute } from "@/lib/platform/local-route";

/** Section tabs as links (each tab is a page), the current one marked with aria-current. */
export function TabsNav({ label, tabs }: { label: string; tabs: { href: string; label: string; exact?: boolean; also?: string[] }[] }) {
  const pathname = usePathname();
  const row = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // On a phone the row scrolls sideways (.menu-row): the current tab is brought into it, or HR
    // on their tenth tab sees the first four and none of them marked. Only the row moves, never
    // the page (scrollIntoView would also scroll it to the tabs, away from a #section).
    const list = row.current;
    const tab = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !tab || list.scrollWidth <= list.clientWidth) return;
    const box = list.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    if (at.left < box.left || at.right > box.right) list.scrollLeft += at.left - box.left - (box.width - at.width) / 2;
  }, [pathname]);
  return (
    <nav aria-label={label} className="print-hidden tabs">
      <ul ref={row} className="menu-row">
        {tabs.map((tab) => {
          // `also`: sub-pages that belong to the tab (the views of one dashboard) without every page under its path doing so.
          const current =
            (tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`)) || (tab.also?.includes(pathname) ?? false);
          return (
            <li key={tab.href}>
              <Link href={localRoute(tab.href)} aria-current={current ? "page" : undefined} className="tab">
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

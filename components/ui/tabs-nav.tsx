"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localRoute } from "@/lib/platform/local-route";

/** Section tabs as links (each tab is a page), the current one marked with aria-current. */
export function TabsNav({ label, tabs }: { label: string; tabs: { href: string; label: string; exact?: boolean; also?: string[] }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="print-hidden tabs">
      <ul className="menu-row">
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

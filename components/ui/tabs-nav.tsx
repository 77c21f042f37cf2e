"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Section tabs as links (each tab is a page), the current one marked with aria-current. */
export function TabsNav({ label, tabs }: { label: string; tabs: { href: string; label: string; exact?: boolean; also?: string[] }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="print-hidden mb-8 border-b border-solid-gray-420">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          // `also`: sub-pages that belong to the tab (the views of one dashboard) without every page under its path doing so.
          const current = (tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`)) || (tab.also?.includes(pathname) ?? false);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href as Route}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-4 text-std-16B-170 no-underline ${current ? "border-blue-900 text-blue-1000" : "border-transparent text-solid-gray-800 hover:border-solid-gray-420"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

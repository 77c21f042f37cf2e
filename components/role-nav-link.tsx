"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Route } from "next";

/**
 * A menu link that marks itself as the current page (aria-current) on its own path, or, on a
 * detail page that lies under no menu's path (/plans/12), when it is the `owner` the page's menu
 * slot named (app/(portal)/@menu) — both known when the server renders it.
 */
export function RoleNavLink({ href, label, hint, owner }: { href: Route; label: string; hint?: string; owner?: string }) {
  const pathname = usePathname();
  const current = owner !== undefined ? owner === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-11 flex-col justify-center border-b-4 px-3 py-1 no-underline ${
        current ? "border-blue-900 text-blue-1000" : "border-transparent text-solid-gray-800 hover:border-solid-gray-420"
      }`}
    >
      <span className="text-std-16B-170">{label}</span>
      {hint ? <span className="text-dns-14N-120 text-solid-gray-700 max-sm:hidden">{hint}</span> : null}
    </Link>
  );
}

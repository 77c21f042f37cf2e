"use client";

import { Link } from "@/components/ui/link";
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
    <Link href={href} aria-current={current ? "page" : undefined} className="menu-link">
      <span className="text-std-16B-170">{label}</span>
      {hint ? <span className="menu-hint">{hint}</span> : null}
    </Link>
  );
}

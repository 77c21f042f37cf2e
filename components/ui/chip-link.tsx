import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * One of a row of choices that are links (a filter, a bureau), the chosen one filled and marked
 * with aria-current so it is told apart without colour too. At least 44 px high to tap.
 */
export function ChipLink({ href, current, currentValue = "true", children }: { href: Route; current: boolean; currentValue?: "true" | "page"; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? currentValue : undefined}
      className={`inline-flex min-h-11 items-center rounded-full border px-4 no-underline ${current ? "border-blue-900 bg-blue-900 text-white hover:text-white" : "border-solid-gray-536 text-solid-gray-800 hover:border-black"}`}
    >
      {children}
    </Link>
  );
}

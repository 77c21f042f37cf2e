import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/**
 * One of a row of choices that are links (a filter, a bureau), the chosen one filled and marked
 * with aria-current so it is told apart without colour too. At least 44 px high to tap.
 */
export function ChipLink({
  href,
  current,
  currentValue = "true",
  children,
}: {
  href: Route;
  current: boolean;
  currentValue?: "true" | "page";
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      {...(current ? { "aria-current": currentValue } : {})}
      // One short class (app/globals.css) styled by aria-current: a filter row repeats it.
      className="chip"
    >
      {children}
    </Link>
  );
}

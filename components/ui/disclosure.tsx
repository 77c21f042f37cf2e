"use client";

import { type ReactNode, useState } from "react";

/**
 * A <details> open at first when `initiallyOpen`, then the reader's: a later render (the list
 * beside it gained its first record) neither closes it on them nor hides what it confirms.
 */
export function Disclosure({
  summary,
  initiallyOpen,
  className,
  children,
}: {
  summary: string;
  initiallyOpen: boolean;
  className?: string;
  children: ReactNode;
}) {
  const [open] = useState(initiallyOpen);
  return (
    <details open={open} className={className}>
      <summary className="cursor-pointer text-std-17B-170 text-blue-1000">{summary}</summary>
      <div className="mt-6">{children}</div>
    </details>
  );
}

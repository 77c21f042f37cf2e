import type { ReactNode } from "react";

/** A titled region of a page; the heading names the region for screen readers. */
export function Section({ id, title, lead, children }: { id?: string; title: string; lead?: ReactNode; children: ReactNode }) {
  const headingId = `${id ?? title}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mb-10 scroll-mt-6">
      <h2 id={headingId} className="mb-3 text-std-24B-150 text-solid-gray-900">
        {title}
      </h2>
      {lead ? <p className="mb-4 text-std-16N-170 text-solid-gray-700">{lead}</p> : null}
      {children}
    </section>
  );
}

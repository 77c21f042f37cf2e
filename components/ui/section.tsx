import type { ReactNode } from "react";
import { PHRASE_WRAP } from "./phrase-wrap";

/** A titled region of a page; the heading names the region for screen readers. */
/** `printHidden`: a region for acting on screen (a form), left out of the printed page. */
export function Section({ id, title, lead, printHidden = false, children }: { id?: string; title: string; lead?: ReactNode; printHidden?: boolean; children: ReactNode }) {
  // aria-labelledby takes a space-separated list of ids, so a title with spaces (in English)
  // must not become an id as it is.
  const headingId = `${id ?? title.replace(/\s+/g, "-")}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={`mb-10 scroll-mt-6${printHidden ? " print-hidden" : ""}`}>
      <h2 id={headingId} className={`mb-3 text-std-24B-150 text-solid-gray-900 ${PHRASE_WRAP}`}>
        {title}
      </h2>
      {lead ? <p className="mb-4 text-std-16N-170 text-solid-gray-700">{lead}</p> : null}
      {children}
    </section>
  );
}

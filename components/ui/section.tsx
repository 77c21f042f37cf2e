import type { ReactNode } from "react";
import { PHRASE_WRAP } from "./phrase-wrap";

/** A titled region of a page; the heading names the region for screen readers. */
/** `printHidden`: a region for acting on screen (a form), left out of the printed page. */
export function Section({
  id,
  title,
  lead,
  printHidden = false,
  children,
}: {
  id?: string;
  title: string;
  lead?: ReactNode;
  printHidden?: boolean;
  children: ReactNode;
}) {
  // aria-labelledby takes a space-separated list of ids, so a title with spaces (in English)
  // must not become an id as it is.
  const headingId = `${id ?? title.replace(/\s+/g, "-")}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={printHidden ? "section print-hidden" : "section"}>
      <h2 id={headingId} className={`section-title ${PHRASE_WRAP}`}>
        {title}
      </h2>
      {lead ? <p className="lead mb-4">{lead}</p> : null}
      {children}
    </section>
  );
}

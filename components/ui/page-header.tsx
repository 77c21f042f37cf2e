import type { ReactNode } from "react";
import { PHRASE_WRAP } from "./phrase-wrap";

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      {/* min-w-0: as a flex item the title block would otherwise never be narrower than its longest phrase. */}
      <div className="min-w-0">
        <h1 className={`page-title ${PHRASE_WRAP}`}>{title}</h1>
        {lead ? <p className="lead mt-1">{lead}</p> : null}
      </div>
      {children}
    </header>
  );
}

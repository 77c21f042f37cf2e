import type { ReactNode } from "react";
import { PHRASE_WRAP } from "./phrase-wrap";

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-solid-gray-420 pb-4">
      {/* min-w-0: as a flex item the title block would otherwise never be narrower than its longest phrase. */}
      <div className="min-w-0">
        <h1 className={`text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150 ${PHRASE_WRAP}`}>{title}</h1>
        {lead ? <p className="mt-1 text-std-16N-170 text-solid-gray-700">{lead}</p> : null}
      </div>
      {children}
    </header>
  );
}

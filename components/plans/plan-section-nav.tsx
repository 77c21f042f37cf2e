import { getTranslations } from "next-intl/server";

export type PlanSection = "changes" | "vision" | "images" | "transfer" | "commitments" | "reflection" | "timeline" | "previous" | "review";

/**
 * The plan's table of contents: a reader jumps to the part they came for (the commitments were
 * 4,000 px down a single scroll). Only the sections the page shows are listed.
 */
export async function PlanSectionNav({ sections }: { sections: readonly PlanSection[] }) {
  const t = await getTranslations("planView.sections");
  return (
    <nav aria-label={t("label")} className="print-hidden mb-8 rounded-8 border border-solid-gray-420 px-4 py-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {sections.map((section) => (
          <li key={section}>
            <a href={`#${section}`}>{t(section)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

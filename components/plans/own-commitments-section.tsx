import { Link } from "@/components/ui/link";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { computedProgress } from "@/components/plans/computed-progress";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { CommitmentWithFigures } from "@/lib/year/commitments/find-commitments";
import type { Locale } from "@/lib/platform/i18n/locales";
import { localRoute } from "@/lib/platform/local-route";

/**
 * One owner's commitments of a fiscal year as cards — a team's, a bureau's or the city's — each
 * opening its page, with the way to add one while the year is open (addHref).
 */
export async function OwnCommitmentsSection({
  id,
  title,
  lead,
  commitments,
  empty,
  openLabel,
  add,
  locale,
}: {
  id: string;
  title: string;
  lead?: string;
  commitments: CommitmentWithFigures[];
  empty: string;
  openLabel: string;
  add?: { href: string; label: string };
  locale: Locale;
}) {
  const computed = await Promise.all(commitments.map((commitment) => computedProgress(commitment.figures, commitment.level)));
  return (
    <Section id={id} title={title} lead={lead}>
      {commitments.length === 0 ? <p className="mb-4">{empty}</p> : null}
      <div className="mb-4 flex flex-col gap-3">
        {commitments.map((commitment, index) => (
          <CommitmentCard
            key={commitment.id}
            commitment={commitment}
            locale={locale}
            editHref={`/commitments/${commitment.id}`}
            editLabel={openLabel}
            computed={computed[index]}
          />
        ))}
      </div>
      {add ? (
        <Link href={localRoute(add.href)} className={`${buttonClass("secondary")} no-underline`}>
          {add.label}
        </Link>
      ) : null}
    </Section>
  );
}

import { getTranslations } from "next-intl/server";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { Timeline } from "@/components/plans/timeline";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { PlanAccess, PlanDetail } from "@/lib/year/plans/get-plan-detail";

/** The sections PlanReadView shows, in order, for the page's table of contents. */
export const READ_SECTIONS = ["vision", "images", "transfer", "commitments", "reflection", "timeline"] as const;

function Paragraphs({ value }: { value: string }) {
  return <p className="max-w-3xl whitespace-pre-wrap">{value}</p>;
}

/**
 * A plan to be read — by its owner (read mode; the edit page changes it), the supervisor, the
 * bureau coordinator, HR. Every section shows what is there: a text not written is left out, and
 * a section with nothing at all says so once, never above content that exists.
 * `commitmentHref` links each commitment to its page (the owner records progress there).
 */
export async function PlanReadView({
  plan,
  access,
  locale,
  commitmentHref,
}: {
  plan: PlanDetail;
  access: PlanAccess;
  locale: Locale;
  commitmentHref?: (commitmentId: number) => string;
}) {
  const t = await getTranslations("plans");
  const tv = await getTranslations("planView");
  const visions = (["visionNow", "vision3Years", "vision10Years"] as const).filter((key) => plan[key] !== "");
  const approved = plan.status === "APPROVED";
  const live = plan.commitments.filter((commitment) => commitment.status !== "DROPPED").length;
  const wishes = (["transferWishFields", "transferWishComment"] as const).map((key) => ({ key, value: plan[key] ?? "" })).filter((wish) => wish.value !== "");
  return (
    <>
      <Section id="vision" title={t("vision")}>
        {visions.length === 0 ? (
          <p>{tv("visionNotWritten")}</p>
        ) : (
          <dl className="flex flex-col gap-4">
            {visions.map((key) => (
              <div key={key}>
                <dt className="text-std-17B-170">{t(key)}</dt>
                <dd>
                  <Paragraphs value={plan[key]} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
      <Section id="images" title={t("images")}>
        <ul className="grid gap-3 md:grid-cols-2">
          {plan.images.map((image) => (
            <li key={image.targetImageId} className="card">
              <p className="card-head text-std-17B-170">
                {image.targetImage.number}. {image.targetImage.name}
                {image.aspired ? <Badge tone="info">{t("aspiredMark")}</Badge> : null}
              </p>
              {image.reason ? <p className="whitespace-pre-wrap">{image.reason}</p> : null}
              <p>{image.selfScore === null ? tv("selfScoreNone") : tv("selfScoreOf", { score: image.selfScore })}</p>
              {image.selfComment ? <p className="whitespace-pre-wrap text-solid-gray-700">{image.selfComment}</p> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="transfer" title={t("transferWishes")}>
        {access.canSeeTransferWishes ? (
          <div className="rounded-8 border-2 border-dashed border-yellow-700 p-4">
            <p className="mb-2 text-std-16B-170 text-yellow-1200">{t("transferPrivacy")}</p>
            {wishes.length === 0 ? (
              <p>{tv("transferNone")}</p>
            ) : (
              <dl className="flex flex-col gap-2">
                {wishes.map((wish) => (
                  <div key={wish.key}>
                    <dt className="text-std-16B-170">{t(wish.key)}</dt>
                    <dd>
                      <Paragraphs value={wish.value} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        ) : (
          <p className="text-solid-gray-700">{t("transferHidden")}</p>
        )}
      </Section>
      <Section id="commitments" title={tv("commitmentsCount", { count: live })}>
        {plan.commitments.length === 0 ? (
          <p>{tv("commitmentsNone")}</p>
        ) : (
          <div className="flex flex-col gap-3">
            {plan.commitments.map((commitment) => (
              <CommitmentCard
                key={commitment.id}
                commitment={commitment}
                locale={locale}
                inApprovedPlan={approved}
                editHref={commitmentHref?.(commitment.id)}
                editLabel={commitmentHref ? tv("openCommitment") : undefined}
              />
            ))}
          </div>
        )}
      </Section>
      <Section id="reflection" title={t("reflection")}>
        {plan.reflection ? <Paragraphs value={plan.reflection} /> : <p>{tv("reflectionNotWritten")}</p>}
      </Section>
      <Section id="timeline" title={t("timeline")}>
        <Timeline events={plan.events} locale={locale} />
      </Section>
    </>
  );
}

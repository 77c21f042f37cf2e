import { getTranslations } from "next-intl/server";
import { CommitmentCard } from "@/components/plans/commitment-card";
import { Timeline } from "@/components/plans/timeline";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import type { Locale } from "@/lib/i18n/locales";
import type { PlanAccess, PlanDetail } from "@/lib/plans/get-plan-detail";

function Text({ value, empty }: { value: string; empty: string }) {
  return value ? <p className="max-w-3xl whitespace-pre-wrap">{value}</p> : <p className="text-solid-gray-600">{empty}</p>;
}

/** A plan as its readers see it: the supervisor, the bureau coordinator, HR, and its owner's history. */
export async function PlanReadView({ plan, access, locale }: { plan: PlanDetail; access: PlanAccess; locale: Locale }) {
  const t = await getTranslations("plans");
  const empty = t("empty");
  return (
    <>
      <Section id="vision" title={t("vision")}>
        <dl className="flex flex-col gap-4">
          {(
            [
              ["visionNow", plan.visionNow],
              ["vision3Years", plan.vision3Years],
              ["vision10Years", plan.vision10Years],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt className="text-std-17B-170">{t(key)}</dt>
              <dd>
                <Text value={value} empty={empty} />
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="images" title={t("images")}>
        <ul className="grid gap-3 md:grid-cols-2">
          {plan.images.map((image) => (
            <li key={image.targetImageId} className="rounded-8 border border-solid-gray-420 p-4">
              <p className="flex flex-wrap items-center gap-2 text-std-17B-170">
                {image.targetImage.number}. {image.targetImage.name}
                {image.aspired ? <Badge tone="info">{t("aspiredMark")}</Badge> : null}
              </p>
              {image.reason ? <p className="mt-1 whitespace-pre-wrap">{image.reason}</p> : null}
              <p className="mt-2">
                {t("selfScore")}：{image.selfScore ?? "—"} / 5
              </p>
              {image.selfComment ? <p className="whitespace-pre-wrap text-solid-gray-700">{image.selfComment}</p> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="transfer" title={t("transferWishes")}>
        {access.canSeeTransferWishes ? (
          <div className="rounded-8 border-2 border-dashed border-yellow-700 p-4">
            <p className="mb-2 text-std-16B-170 text-yellow-1200">{t("transferPrivacy")}</p>
            <p className="text-std-16B-170">{t("transferWishFields")}</p>
            <Text value={plan.transferWishFields ?? ""} empty={empty} />
            <p className="mt-2 text-std-16B-170">{t("transferWishComment")}</p>
            <Text value={plan.transferWishComment ?? ""} empty={empty} />
          </div>
        ) : (
          <p className="text-solid-gray-700">{t("transferHidden")}</p>
        )}
      </Section>
      <Section id="commitments" title={t("commitmentsOfYear")}>
        {plan.commitments.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <div className="flex flex-col gap-3">
            {plan.commitments.map((commitment) => (
              <CommitmentCard key={commitment.id} commitment={commitment} locale={locale} />
            ))}
          </div>
        )}
      </Section>
      <Section id="reflection" title={t("reflection")}>
        <Text value={plan.reflection} empty={empty} />
      </Section>
      <Section id="timeline" title={t("timeline")}>
        <Timeline events={plan.events} locale={locale} />
      </Section>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { getPolicyCatalogue } from "@/lib/policy/get-policy-catalogue";
import { PolicyAreas } from "./policy-areas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policy"))("title") };
}

export default async function PolicyPage() {
  const actor = await requireActor();
  const [catalogue, t, locale] = await Promise.all([getPolicyCatalogue(actor), getTranslations(), currentLocale()]);
  const { policy, targetImages, focusThemes, actors, promotionBodies } = catalogue;
  const fy = (year: number) => formatFiscalYear(year, locale);
  const contents = [
    ["promotion-plans", t("policy.promotionPlans")],
    ["target-images", t("policy.targetImages")],
    ["focus-themes", t("policy.focusThemes")],
    ["areas", t("policy.areas")],
    ["actors", t("policy.actors")],
    ["structure", t("policy.structure")],
  ] as const;
  return (
    <>
      <PageHeader
        title={policy.name}
        lead={t("policy.period", {
          start: fy(policy.startFiscalYear),
          end: fy(policy.endFiscalYear),
          years: policy.endFiscalYear - policy.startFiscalYear + 1,
        })}
      />
      <p className="mb-6 max-w-3xl">{policy.summary}</p>
      <nav aria-label={t("policy.contents")} className="print-hidden mb-10 rounded-8 bg-solid-gray-50 p-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {contents.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="promotion-plans" title={t("policy.promotionPlans")}>
        <ul className="flex flex-col gap-2">
          {policy.promotionPlans.map((plan) => (
            <li key={plan.id} className="flex flex-wrap items-center gap-3">
              <span className="text-std-16B-170">{plan.name}</span>
              <span>{t("policy.planPeriod", { start: fy(plan.startFiscalYear), end: fy(plan.endFiscalYear) })}</span>
              {plan.illustrative ? (
                <span className="flex items-center gap-2">
                  <Badge tone="warning">{t("common.illustrative")}</Badge>
                  <span className="meta">{t("policy.illustrativeNote")}</span>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="target-images" title={t("policy.targetImages")}>
        <ol className="grid gap-4 md:grid-cols-2">
          {targetImages.map((image) => (
            <li key={image.id} id={`target-image-${image.number}`} className="rounded-8 border border-solid-gray-420 p-4">
              <h3 className="mb-2 text-std-18B-160">
                {image.number}. {image.name} {image.retiredAt ? <Badge>{t("common.retired")}</Badge> : null}
              </h3>
              {image.description.split("\n").map((line) => (
                <p key={line} className="text-std-16N-170">
                  {line}
                </p>
              ))}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="focus-themes" title={t("policy.focusThemes")} lead={t("policy.focusThemesLead")}>
        <ol className="flex flex-col gap-4">
          {focusThemes.map((theme) => (
            <li key={theme.id} id={`focus-theme-${theme.number}`} className="rounded-8 border border-solid-gray-420 p-4">
              <h3 className="text-std-18B-160">
                {theme.number}．{theme.name}
              </h3>
              <ul aria-label={t("policy.themeOf", { theme: theme.name })} className="mt-2 flex flex-col gap-1">
                {theme.points.map((point) => (
                  <li key={point.id}>◇ {point.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>

      <PolicyAreas areas={catalogue.areas} />

      <Section id="actors" title={t("policy.actors")}>
        <div className="grid gap-4 md:grid-cols-2">
          {actors.map((actorRole) => (
            <div key={actorRole.id} className="rounded-8 border border-solid-gray-420 p-4">
              <h3 className="text-std-18B-160">{actorRole.name}</h3>
              <ul className="mt-2 list-disc pl-6">
                {actorRole.responsibilities.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>

      <Section id="structure" title={t("policy.structure")}>
        <ul className="flex flex-col gap-2">
          {promotionBodies.map((body) => (
            <li key={body.id} className="rounded-8 border border-solid-gray-420 px-4 py-2">
              <span className="text-std-16B-170">{body.name}</span>
              {body.title ? <span className="ml-3">{body.title}</span> : null}
              {body.holder ? <span className="ml-3 text-solid-gray-700">（{body.holder}）</span> : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

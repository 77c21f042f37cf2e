import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import type { PolicyCatalogue } from "@/lib/policy/get-policy-catalogue";
import { areaLabel, measureLabel } from "@/lib/policy/measure-label";

/** 施策分野別取組: each area with its measures; every measure links back to its area. */
export async function PolicyAreas({ areas }: { areas: PolicyCatalogue["areas"] }) {
  const t = await getTranslations();
  return (
    <Section id="areas" title={t("policy.areas")}>
      {areas.map((area) => (
        <article key={area.id} id={`area-${area.number}`} aria-labelledby={`area-${area.number}-title`} className="mb-8 scroll-mt-6">
          <h3 id={`area-${area.number}-title`} className="mb-2 text-std-20B-160">
            {areaLabel(area)}
          </h3>
          <p className="mb-4 max-w-3xl">{area.description}</p>
          <ol className="grid gap-3 md:grid-cols-2">
            {area.measures.map((measure) => {
              const main = measure.initiatives.find((initiative) => initiative.isMain);
              const others = measure.initiatives.filter((initiative) => !initiative.isMain);
              return (
                <li key={measure.id} id={`measure-${area.number}-${measure.number}`} className="scroll-mt-6 rounded-8 border border-solid-gray-420 p-4">
                  <h4 className="text-std-17B-170">
                    {measureLabel({ areaNumber: area.number, number: measure.number, name: measure.name })}{" "}
                    {measure.retiredAt ? <Badge>{t("common.retired")}</Badge> : null}
                  </h4>
                  {main ? (
                    <p className="mt-1">
                      <span className="text-solid-gray-700">{t("policy.mainInitiative")}：</span>
                      {main.name} {t("policy.otherInitiatives")}
                    </p>
                  ) : null}
                  {others.length > 0 ? (
                    <ul className="mt-1 list-disc pl-6">
                      {others.map((initiative) => (
                        <li key={initiative.id}>{initiative.name}</li>
                      ))}
                    </ul>
                  ) : null}
                  {measure.relatedPlan ? <p className="mt-1 text-dns-14N-130">{t("policy.relatedPlan", { plan: measure.relatedPlan })}</p> : null}
                  <p className="mt-2 text-dns-14N-130">
                    <a href={`#area-${area.number}`}>{t("policy.backToArea", { area: areaLabel(area) })}</a>
                  </p>
                </li>
              );
            })}
          </ol>
        </article>
      ))}
    </Section>
  );
}

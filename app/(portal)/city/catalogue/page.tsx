import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type CatalogueField, CatalogueForm } from "@/components/catalogue/catalogue-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import type { RetirableKind } from "@/lib/catalogue/schemas";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { circledNumber, getPolicyCatalogue } from "@/lib/policy/get-policy-catalogue";
import {
  addFocusPointAction,
  addInitiativeAction,
  addMeasureAction,
  setRetiredAction,
  updateAreaAction,
  updateFocusPointAction,
  updateFocusThemeAction,
  updateInitiativeAction,
  updateMeasureAction,
  updatePromotionPlanAction,
  updateTargetImageAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogueAdmin"))("title") };
}

const hidden = (name: string, value: string | number | boolean | null | undefined): CatalogueField => ({
  kind: "hidden",
  name,
  value: value === null || value === undefined || value === false ? "" : String(value),
});

function Item({ summary, retired, children }: { summary: ReactNode; retired: boolean; children: ReactNode }) {
  return (
    <details className={`rounded-8 border border-solid-gray-420 p-4 ${retired ? "bg-solid-gray-50" : "bg-white"}`}>
      <summary className="cursor-pointer text-std-17B-170">{summary}</summary>
      <div className="mt-4 flex flex-col gap-6">{children}</div>
    </details>
  );
}

/**
 * The HR division's catalogue: every part of the policy as an inline edit form, additions of
 * measures, initiatives and ◇ points, and retirement. Everyone else is answered 404.
 */
export default async function CataloguePage() {
  const actor = await requireActor();
  if (!hasRole(actor, "HR_DIVISION")) notFound();
  const [catalogue, t, tc, locale] = await Promise.all([getPolicyCatalogue(actor), getTranslations("catalogueAdmin"), getTranslations("common"), currentLocale()]);
  const plans = catalogue.policy.promotionPlans;
  const planOptions = plans.map((plan) => ({ value: String(plan.id), label: plan.name }));
  const planIdOfPhase = new Map(plans.map((plan) => [plan.phase, plan.id]));
  const required = t("required");

  const retired = (at: Date | null) => (at ? <Badge>{tc("retired")}</Badge> : null);
  const retireForm = (kind: RetirableKind, id: number, at: Date | null) => (
    <CatalogueForm
      formId={`retire-${kind}-${id}`}
      action={setRetiredAction}
      fields={[hidden("kind", kind), hidden("id", id), hidden("retire", at === null)]}
      submitLabel={at ? t("restore") : t("retire")}
      variant="secondary"
    />
  );

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section id="promotion-plans" title={t("promotionPlans")} lead={t("promotionPlansLead", { start: formatFiscalYear(catalogue.policy.startFiscalYear, locale), end: formatFiscalYear(catalogue.policy.endFiscalYear, locale) })}>
        <div className="flex flex-col gap-3">
          {plans.map((plan) => (
            <Item
              key={plan.id}
              retired={false}
              summary={
                <>
                  {plan.name}（{formatFiscalYear(plan.startFiscalYear, locale)}～{formatFiscalYear(plan.endFiscalYear, locale)}） {plan.illustrative ? <Badge tone="warning">{tc("illustrative")}</Badge> : null}
                </>
              }
            >
              <CatalogueForm
                formId={`plan-${plan.id}`}
                action={updatePromotionPlanAction}
                requiredLabel={required}
                submitLabel={t("save")}
                fields={[
                  hidden("id", plan.id),
                  hidden("beforeName", plan.name),
                  hidden("beforeStartFiscalYear", plan.startFiscalYear),
                  hidden("beforeEndFiscalYear", plan.endFiscalYear),
                  hidden("beforeIllustrative", plan.illustrative),
                  { kind: "text", name: "name", label: t("name"), defaultValue: plan.name, required: true },
                  { kind: "number", name: "startFiscalYear", label: t("startFiscalYear"), defaultValue: String(plan.startFiscalYear), required: true },
                  { kind: "number", name: "endFiscalYear", label: t("endFiscalYear"), defaultValue: String(plan.endFiscalYear), required: true },
                  { kind: "checkbox", name: "illustrative", label: t("illustrative"), defaultChecked: plan.illustrative },
                ]}
              />
            </Item>
          ))}
        </div>
      </Section>

      <Section id="target-images" title={t("targetImages")}>
        <div className="flex flex-col gap-3">
          {catalogue.targetImages.map((image) => (
            <Item key={image.id} retired={image.retiredAt !== null} summary={<>{image.number}. {image.name} {retired(image.retiredAt)}</>}>
              <CatalogueForm
                formId={`image-${image.id}`}
                action={updateTargetImageAction}
                requiredLabel={required}
                submitLabel={t("save")}
                fields={[
                  hidden("id", image.id),
                  hidden("beforeName", image.name),
                  hidden("beforeDescription", image.description),
                  { kind: "text", name: "name", label: t("name"), defaultValue: image.name, required: true },
                  { kind: "textarea", name: "description", label: t("description"), defaultValue: image.description, required: true },
                ]}
              />
              {retireForm("targetImage", image.id, image.retiredAt)}
            </Item>
          ))}
        </div>
      </Section>

      <Section id="focus-themes" title={t("focusThemes")}>
        <div className="flex flex-col gap-3">
          {catalogue.focusThemes.map((theme) => (
            <Item key={theme.id} retired={theme.retiredAt !== null} summary={<>{theme.number}. {theme.name} {retired(theme.retiredAt)}</>}>
              <CatalogueForm
                formId={`theme-${theme.id}`}
                action={updateFocusThemeAction}
                requiredLabel={required}
                submitLabel={t("save")}
                fields={[hidden("id", theme.id), hidden("beforeName", theme.name), { kind: "text", name: "name", label: t("name"), defaultValue: theme.name, required: true }]}
              />
              <h3 className="text-std-18B-160">{t("points")}</h3>
              {theme.points.map((point, index) => (
                <CatalogueForm
                  key={point.id}
                  formId={`point-${point.id}`}
                  action={updateFocusPointAction}
                  requiredLabel={required}
                  submitLabel={t("save")}
                  variant="secondary"
                  fields={[hidden("id", point.id), hidden("beforeText", point.text), { kind: "textarea", name: "text", label: t("point", { n: index + 1 }), defaultValue: point.text, required: true }]}
                />
              ))}
              <CatalogueForm
                formId={`point-add-${theme.id}`}
                action={addFocusPointAction}
                requiredLabel={required}
                submitLabel={t("addPoint")}
                variant="secondary"
                fields={[hidden("themeId", theme.id), { kind: "textarea", name: "text", label: t("newPoint"), defaultValue: "", required: true }]}
              />
              {retireForm("focusTheme", theme.id, theme.retiredAt)}
            </Item>
          ))}
        </div>
      </Section>

      <Section id="areas" title={t("areas")} lead={t("areasLead")}>
        <div className="flex flex-col gap-3">
          {catalogue.areas.map((area) => (
            <Item key={area.id} retired={area.retiredAt !== null} summary={<>（{area.number}）{area.name} {retired(area.retiredAt)}</>}>
              <CatalogueForm
                formId={`area-${area.id}`}
                action={updateAreaAction}
                requiredLabel={required}
                submitLabel={t("save")}
                fields={[
                  hidden("id", area.id),
                  hidden("beforeName", area.name),
                  hidden("beforeDescription", area.description),
                  { kind: "text", name: "name", label: t("name"), defaultValue: area.name, required: true },
                  { kind: "textarea", name: "description", label: t("description"), defaultValue: area.description, required: true },
                ]}
              />
              {retireForm("area", area.id, area.retiredAt)}
              <h3 className="text-std-18B-160">{t("measures")}</h3>
              {area.measures.map((measure) => (
                <Item key={measure.id} retired={measure.retiredAt !== null} summary={<>{circledNumber(measure.number)}{measure.name} {retired(measure.retiredAt)}</>}>
                  <CatalogueForm
                    formId={`measure-${measure.id}`}
                    action={updateMeasureAction}
                    requiredLabel={required}
                    submitLabel={t("save")}
                    fields={[
                      hidden("id", measure.id),
                      hidden("beforeName", measure.name),
                      hidden("beforeRelatedPlan", measure.relatedPlan),
                      { kind: "text", name: "name", label: t("name"), defaultValue: measure.name, required: true },
                      { kind: "text", name: "relatedPlan", label: t("relatedPlan"), defaultValue: measure.relatedPlan ?? "" },
                    ]}
                  />
                  {retireForm("measure", measure.id, measure.retiredAt)}
                  <h4 className="text-std-17B-170">{t("initiatives")}</h4>
                  {measure.initiatives.map((initiative) => {
                    const planId = initiative.promotionPlan ? planIdOfPhase.get(initiative.promotionPlan.phase) : undefined;
                    return (
                      <Item
                        key={initiative.id}
                        retired={initiative.retiredAt !== null}
                        summary={
                          <>
                            {initiative.name} {initiative.isMain ? <Badge tone="info">{t("main")}</Badge> : null} {retired(initiative.retiredAt)}
                          </>
                        }
                      >
                        <CatalogueForm
                          formId={`initiative-${initiative.id}`}
                          action={updateInitiativeAction}
                          requiredLabel={required}
                          submitLabel={t("save")}
                          fields={[
                            hidden("id", initiative.id),
                            hidden("beforeName", initiative.name),
                            hidden("beforeIsMain", initiative.isMain),
                            hidden("beforePromotionPlanId", planId),
                            { kind: "text", name: "name", label: t("name"), defaultValue: initiative.name, required: true },
                            { kind: "checkbox", name: "isMain", label: t("isMain"), defaultChecked: initiative.isMain },
                            { kind: "select", name: "promotionPlanId", label: t("promotionPlan"), defaultValue: planId === undefined ? "" : String(planId), options: planOptions, placeholder: t("noPlan") },
                          ]}
                        />
                        {retireForm("initiative", initiative.id, initiative.retiredAt)}
                      </Item>
                    );
                  })}
                  {measure.retiredAt ? null : (
                    <CatalogueForm
                      formId={`initiative-add-${measure.id}`}
                      action={addInitiativeAction}
                      requiredLabel={required}
                      submitLabel={t("addInitiative")}
                      variant="secondary"
                      fields={[
                        hidden("measureId", measure.id),
                        { kind: "text", name: "name", label: t("newInitiative"), defaultValue: "", required: true },
                        { kind: "checkbox", name: "isMain", label: t("isMain"), defaultChecked: false },
                        { kind: "select", name: "promotionPlanId", label: t("promotionPlan"), defaultValue: "", options: planOptions, placeholder: t("noPlan") },
                      ]}
                    />
                  )}
                </Item>
              ))}
              {area.retiredAt ? null : (
                <CatalogueForm
                  formId={`measure-add-${area.id}`}
                  action={addMeasureAction}
                  requiredLabel={required}
                  submitLabel={t("addMeasure")}
                  variant="secondary"
                  fields={[
                    hidden("areaId", area.id),
                    { kind: "text", name: "name", label: t("newMeasure", { n: circledNumber((area.measures.at(-1)?.number ?? 0) + 1) }), defaultValue: "", required: true },
                    { kind: "text", name: "relatedPlan", label: t("relatedPlan"), defaultValue: "" },
                  ]}
                />
              )}
            </Item>
          ))}
        </div>
      </Section>
    </>
  );
}

import type { Metadata, Route } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type CatalogueField, CatalogueForm } from "@/components/catalogue/catalogue-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import type { RetirableKind } from "@/lib/policy/catalogue/schemas";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { getPolicyCatalogue } from "@/lib/policy/get-policy-catalogue";
import { circledNumber, measureLabel } from "@/lib/policy/measure-label";
import { assertCatalogueEditor } from "@/lib/policy/catalogue/catalogue-access";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogueAdmin"))("title") };
}

const hidden = (name: string, value: string | number | boolean | null | undefined): CatalogueField => ({
  kind: "hidden",
  name,
  value: value === null || value === undefined || value === false ? "" : String(value),
});

/** The item whose forms are open, from `?edit=<kind>-<id>`; one at a time. */
function editedItem(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[a-z-]+-\d{1,9}$/.test(value) ? value : null;
}

const editHref = (id: string | null, anchor: string): Route => (id ? `/city/catalogue?edit=${id}#${anchor}` : `/city/catalogue#${anchor}`);

/**
 * One line of the outline: its name, an edit link and, when it is the edited item, its forms.
 * What sits below it in the policy (a measure's initiatives) follows whether or not it is open.
 */
function Item({
  id,
  name,
  summary,
  retired,
  edited,
  labels,
  children,
  below,
}: {
  id: string;
  name: string;
  summary: ReactNode;
  retired: boolean;
  edited: string | null;
  labels: { edit: (name: string) => string; close: string; editText: string };
  children: ReactNode;
  below?: ReactNode;
}) {
  const open = edited === id;
  return (
    <li id={id} className={`scroll-mt-4 rounded-8 border border-solid-gray-420 p-4 ${retired ? "bg-solid-gray-50" : "bg-white"}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="text-std-17B-170">{summary}</span>
        <Link href={editHref(open ? null : id, id)} aria-label={open ? undefined : labels.edit(name)} className="print-hidden">
          {open ? labels.close : labels.editText}
        </Link>
      </div>
      {open ? <div className="mt-4 flex flex-col gap-6">{children}</div> : null}
      {below}
    </li>
  );
}

/** A "＋ add" line that opens its form in place. */
function AddItem({ id, label, edited, close, children }: { id: string; label: string; edited: string | null; close: string; children: ReactNode }) {
  const open = edited === id;
  return (
    <li id={id} className="scroll-mt-4 print-hidden">
      <Link href={editHref(open ? null : id, id)}>{open ? close : `＋ ${label}`}</Link>
      {open ? <div className="mt-4">{children}</div> : null}
    </li>
  );
}

/**
 * The HR division's catalogue: the whole policy as an outline, each part editable in place one at
 * a time (`?edit=measure-12`), with additions of measures, initiatives and ◇ points, and
 * retirement. Only the open item carries its forms: all of them at once were 100 forms and a
 * quarter of a megabyte for a page used a few times a year. Everyone else is answered 404.
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  allowedOrNotFound(() => assertCatalogueEditor(actor));
  const [catalogue, t, tc, locale, params] = await Promise.all([
    getPolicyCatalogue(actor),
    getTranslations("catalogueAdmin"),
    getTranslations("common"),
    currentLocale(),
    searchParams,
  ]);
  const edited = editedItem(params.edit);
  const labels = { edit: (name: string) => t("editItem", { name }), close: t("closeEdit"), editText: t("edit") };
  const plans = catalogue.policy.promotionPlans;
  const planOptions = plans.map((plan) => ({ value: String(plan.id), label: plan.name }));
  const planIdOfPhase = new Map(plans.map((plan) => [plan.phase, plan.id]));
  const required = t("required");

  const retired = (at: Date | null) => (at ? <Badge>{tc("retired")}</Badge> : null);
  const retireForm = (kind: RetirableKind, id: number, at: Date | null) => (
    <CatalogueForm
      formId={`retire-${kind}-${id}`}
      action="setRetired"
      fields={[hidden("kind", kind), hidden("id", id), hidden("retire", at === null)]}
      submitLabel={at ? t("restore") : t("retire")}
      variant="secondary"
    />
  );

  const common = { edited, labels };
  const list = "flex flex-col gap-3";

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section
        id="promotion-plans"
        title={t("promotionPlans")}
        lead={t("promotionPlansLead", {
          start: formatFiscalYear(catalogue.policy.startFiscalYear, locale),
          end: formatFiscalYear(catalogue.policy.endFiscalYear, locale),
        })}
      >
        <ul className={list}>
          {plans.map((plan) => (
            <Item
              key={plan.id}
              id={`plan-${plan.id}`}
              name={plan.name}
              retired={false}
              summary={
                <>
                  {plan.name}（{formatFiscalYear(plan.startFiscalYear, locale)}～{formatFiscalYear(plan.endFiscalYear, locale)}）{" "}
                  {plan.illustrative ? <Badge tone="warning">{tc("illustrative")}</Badge> : null}
                </>
              }
              {...common}
            >
              <CatalogueForm
                formId={`plan-${plan.id}-form`}
                action="updatePromotionPlan"
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
        </ul>
      </Section>

      <Section id="target-images" title={t("targetImages")}>
        <ul className={list}>
          {catalogue.targetImages.map((image) => (
            <Item
              key={image.id}
              id={`image-${image.id}`}
              name={image.name}
              retired={image.retiredAt !== null}
              summary={
                <>
                  {image.number}. {image.name} {retired(image.retiredAt)}
                </>
              }
              {...common}
            >
              <CatalogueForm
                formId={`image-${image.id}-form`}
                action="updateTargetImage"
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
        </ul>
      </Section>

      <Section id="focus-themes" title={t("focusThemes")}>
        <ul className={list}>
          {catalogue.focusThemes.map((theme) => (
            <Item
              key={theme.id}
              id={`theme-${theme.id}`}
              name={theme.name}
              retired={theme.retiredAt !== null}
              summary={
                <>
                  {theme.number}. {theme.name} {retired(theme.retiredAt)}
                </>
              }
              {...common}
            >
              <CatalogueForm
                formId={`theme-${theme.id}-form`}
                action="updateFocusTheme"
                requiredLabel={required}
                submitLabel={t("save")}
                fields={[
                  hidden("id", theme.id),
                  hidden("beforeName", theme.name),
                  { kind: "text", name: "name", label: t("name"), defaultValue: theme.name, required: true },
                ]}
              />
              <h3 className="text-std-18B-160">{t("points")}</h3>
              {theme.points.map((point, index) => (
                <CatalogueForm
                  key={point.id}
                  formId={`point-${point.id}`}
                  action="updateFocusPoint"
                  requiredLabel={required}
                  submitLabel={t("save")}
                  variant="secondary"
                  fields={[
                    hidden("id", point.id),
                    hidden("beforeText", point.text),
                    { kind: "textarea", name: "text", label: t("point", { n: index + 1 }), defaultValue: point.text, required: true },
                  ]}
                />
              ))}
              <CatalogueForm
                formId={`point-add-${theme.id}`}
                action="addFocusPoint"
                requiredLabel={required}
                submitLabel={t("addPoint")}
                variant="secondary"
                fields={[hidden("themeId", theme.id), { kind: "textarea", name: "text", label: t("newPoint"), defaultValue: "", required: true }]}
              />
              {retireForm("focusTheme", theme.id, theme.retiredAt)}
            </Item>
          ))}
        </ul>
      </Section>

      <Section id="areas" title={t("areas")} lead={t("areasLead")}>
        <ul className={list}>
          {catalogue.areas.map((area) => (
            <Item
              key={area.id}
              id={`area-${area.id}`}
              name={area.name}
              retired={area.retiredAt !== null}
              summary={
                <>
                  （{area.number}）{area.name} {retired(area.retiredAt)}
                </>
              }
              {...common}
              below={
                <ul className={`mt-3 ${list}`} aria-label={t("measures")}>
                  {area.measures.map((measure) => (
                    <Item
                      key={measure.id}
                      id={`measure-${measure.id}`}
                      name={measure.name}
                      retired={measure.retiredAt !== null}
                      summary={
                        <>
                          {measureLabel({ areaNumber: area.number, number: measure.number, name: measure.name })} {retired(measure.retiredAt)}
                        </>
                      }
                      {...common}
                      below={
                        <ul className={`mt-3 ${list}`} aria-label={t("initiatives")}>
                          {measure.initiatives.map((initiative) => {
                            const planId = initiative.promotionPlan ? planIdOfPhase.get(initiative.promotionPlan.phase) : undefined;
                            return (
                              <Item
                                key={initiative.id}
                                id={`initiative-${initiative.id}`}
                                name={initiative.name}
                                retired={initiative.retiredAt !== null}
                                summary={
                                  <>
                                    {initiative.name} {initiative.isMain ? <Badge tone="info">{t("main")}</Badge> : null} {retired(initiative.retiredAt)}
                                  </>
                                }
                                {...common}
                              >
                                <CatalogueForm
                                  formId={`initiative-${initiative.id}-form`}
                                  action="updateInitiative"
                                  requiredLabel={required}
                                  submitLabel={t("save")}
                                  fields={[
                                    hidden("id", initiative.id),
                                    hidden("beforeName", initiative.name),
                                    hidden("beforeIsMain", initiative.isMain),
                                    hidden("beforePromotionPlanId", planId),
                                    { kind: "text", name: "name", label: t("name"), defaultValue: initiative.name, required: true },
                                    { kind: "checkbox", name: "isMain", label: t("isMain"), defaultChecked: initiative.isMain },
                                    {
                                      kind: "select",
                                      name: "promotionPlanId",
                                      label: t("promotionPlan"),
                                      defaultValue: planId === undefined ? "" : String(planId),
                                      options: planOptions,
                                      placeholder: t("noPlan"),
                                    },
                                  ]}
                                />
                                {retireForm("initiative", initiative.id, initiative.retiredAt)}
                              </Item>
                            );
                          })}
                          {measure.retiredAt ? null : (
                            <AddItem id={`initiative-add-${measure.id}`} label={t("addInitiative")} edited={edited} close={labels.close}>
                              <CatalogueForm
                                formId={`initiative-add-${measure.id}-form`}
                                action="addInitiative"
                                requiredLabel={required}
                                submitLabel={t("addInitiative")}
                                variant="secondary"
                                fields={[
                                  hidden("measureId", measure.id),
                                  { kind: "text", name: "name", label: t("newInitiative"), defaultValue: "", required: true },
                                  { kind: "checkbox", name: "isMain", label: t("isMain"), defaultChecked: false },
                                  {
                                    kind: "select",
                                    name: "promotionPlanId",
                                    label: t("promotionPlan"),
                                    defaultValue: "",
                                    options: planOptions,
                                    placeholder: t("noPlan"),
                                  },
                                ]}
                              />
                            </AddItem>
                          )}
                        </ul>
                      }
                    >
                      <CatalogueForm
                        formId={`measure-${measure.id}-form`}
                        action="updateMeasure"
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
                    </Item>
                  ))}
                  {area.retiredAt ? null : (
                    <AddItem id={`measure-add-${area.id}`} label={t("addMeasure")} edited={edited} close={labels.close}>
                      <CatalogueForm
                        formId={`measure-add-${area.id}-form`}
                        action="addMeasure"
                        requiredLabel={required}
                        submitLabel={t("addMeasure")}
                        variant="secondary"
                        fields={[
                          hidden("areaId", area.id),
                          {
                            kind: "text",
                            name: "name",
                            label: t("newMeasure", { n: circledNumber((area.measures.at(-1)?.number ?? 0) + 1) }),
                            defaultValue: "",
                            required: true,
                          },
                          { kind: "text", name: "relatedPlan", label: t("relatedPlan"), defaultValue: "" },
                        ]}
                      />
                    </AddItem>
                  )}
                </ul>
              }
            >
              <CatalogueForm
                formId={`area-${area.id}-form`}
                action="updateArea"
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
            </Item>
          ))}
        </ul>
      </Section>
    </>
  );
}

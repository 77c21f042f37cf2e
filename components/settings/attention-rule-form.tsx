"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form-controls";
import { ATTENTION_COMPARISONS, ATTENTION_FIGURES, type AttentionRule, FISCAL_MONTHS } from "@/lib/insight/dashboards/attention-rules";
import { saveAttentionRuleAction } from "@/lib/insight/settings/attention-rule-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * Adds a rule of 要確認, or changes the one chosen in the list (`editing`, with the version the
 * officer saw, so a colleague's change in between is refused rather than overwritten).
 */
export function AttentionRuleForm({ editing }: { editing?: AttentionRule & { version: number } }) {
  const t = useTranslations("attentionRules");
  const { state, pending, formProps } = useFormAction<FormState>(saveAttentionRuleAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, {
    idPrefix: "rule-",
    hidden: ["ruleId", "version"],
    messages: { conflict: t("conflict"), notFound: t("notFound") },
  });
  const value = (name: keyof AttentionRule, fallback: string) => {
    const typed = state.values?.[name];
    return typeof typed === "string" ? typed : editing ? String(editing[name]) : fallback;
  };
  return (
    // Re-mounted for each rule and version, so its fields start from what is stored.
    <form {...formProps} key={editing ? `${editing.id}:${editing.version}` : "new"} className="flex flex-col gap-4" aria-labelledby="rule-form-title">
      <h3 id="rule-form-title" className="text-std-20B-150">
        {editing ? t("editTitle") : t("addTitle")}
      </h3>
      <ErrorSummary feedback={feedback} pending={pending} />
      {editing ? (
        <>
          <input type="hidden" name="ruleId" value={editing.id} readOnly />
          <input type="hidden" name="version" value={editing.version} readOnly />
        </>
      ) : null}
      <Select
        id="rule-figure"
        name="figure"
        label={t("figure")}
        requiredLabel={t("required")}
        placeholder={t("choose")}
        options={ATTENTION_FIGURES.map((figure) => ({ value: figure, label: t(`figures.${figure}`) }))}
        defaultValue={value("figure", "")}
        error={feedback.error("figure")}
      />
      <div className="flex flex-wrap gap-4">
        <Input
          id="rule-threshold"
          name="threshold"
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          className="max-w-32"
          label={t("threshold")}
          requiredLabel={t("required")}
          hint={t("thresholdHint")}
          defaultValue={value("threshold", "80")}
          error={feedback.error("threshold")}
        />
        <Select
          id="rule-comparison"
          name="comparison"
          label={t("comparison")}
          requiredLabel={t("required")}
          options={ATTENTION_COMPARISONS.map((comparison) => ({ value: comparison, label: t(`comparisons.${comparison}`) }))}
          defaultValue={value("comparison", "BELOW")}
          error={feedback.error("comparison")}
        />
      </div>
      <div className="flex flex-wrap gap-4">
        <Select
          id="rule-fromMonth"
          name="fromMonth"
          label={t("fromMonth")}
          requiredLabel={t("required")}
          options={FISCAL_MONTHS.map((month) => ({ value: String(month), label: t("month", { month }) }))}
          defaultValue={value("fromMonth", "7")}
          error={feedback.error("fromMonth")}
        />
        <Input
          id="rule-fromDay"
          name="fromDay"
          type="number"
          min={1}
          max={31}
          inputMode="numeric"
          className="max-w-32"
          label={t("fromDay")}
          requiredLabel={t("required")}
          defaultValue={value("fromDay", "1")}
          error={feedback.error("fromDay")}
        />
      </div>
      <p className="max-w-3xl text-std-16N-170 text-solid-gray-800">{t("fromHint")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {editing ? t("saveChange") : t("add")}
        </Button>
        {editing ? (
          <Link href="/city/settings#attention-rules" className={buttonClass("tertiary")}>
            {t("cancel")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

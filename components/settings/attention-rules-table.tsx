import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { type AttentionRule, describeAttentionRule } from "@/lib/insight/dashboards/attention-rules";
import { RowButton } from "@/components/forms/row-button";
import { deleteAttentionRuleAction } from "@/lib/insight/settings/attention-rule-actions";

/** The HR division's rules of 要確認, each in words with its parts, to change or remove. */
export async function AttentionRulesTable({ rules }: { rules: (AttentionRule & { version: number })[] }) {
  const t = await getTranslations("attentionRules");
  if (rules.length === 0) return <p>{t("none")}</p>;
  return (
    <Table caption={t("listCaption", { count: rules.length })}>
      <thead>
        <tr>
          <Th>{t("columns.rule")}</Th>
          <Th>{t("columns.figure")}</Th>
          <Th numeric>{t("columns.threshold")}</Th>
          <Th>{t("columns.from")}</Th>
          <Th>{t("columns.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => {
          const words = describeAttentionRule(rule, t);
          return (
            <tr key={rule.id}>
              <Th scope="row">{words}</Th>
              <Td>{t(`figures.${rule.figure}`)}</Td>
              <Td numeric>{`${rule.threshold}%${t(`comparisons.${rule.comparison}`)}`}</Td>
              <Td nowrap>{t("date", { month: rule.fromMonth, day: rule.fromDay })}</Td>
              <Td>
                <div className="flex flex-wrap items-center gap-3">
                  <Link href={`/city/settings?rule=${rule.id}#attention-rules`} aria-label={t("editRule", { rule: words })}>
                    {t("edit")}
                  </Link>
                  <RowButton
                    action={deleteAttentionRuleAction}
                    hidden={{ ruleId: rule.id, version: rule.version }}
                    label={t("delete")}
                    rowLabel={t("deleteRule", { rule: words })}
                    refused={{ conflict: t("conflict"), other: t("notFound") }}
                  />
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { AttentionRuleForm } from "@/components/settings/attention-rule-form";
import { AttentionRulesTable } from "@/components/settings/attention-rules-table";
import { CountVerifiedOnlyForm } from "@/components/settings/count-verified-only-form";
import { MailOutbox } from "@/components/settings/mail-outbox";
import { RetentionLastRun } from "@/components/retention/retention-last-run";
import { RetentionSettingsForm } from "@/components/retention/retention-settings-form";
import { RunRetentionForm } from "@/components/retention/run-retention-form";
import { AchievementScaleForm } from "@/components/year-end/achievement-scale-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { env } from "@/lib/platform/env";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findOutbox } from "@/lib/messaging/mail/find-outbox";
import { idParam } from "@/lib/platform/dates/route-params";
import { findAttentionRules } from "@/lib/insight/settings/attention-rules";
import { readCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { findReminderSettings } from "@/lib/insight/settings/save-reminder-settings";
import { findLastRetentionRun, findRetentionSettings } from "@/lib/records/retention/save-retention-settings";
import { findAchievementScale } from "@/lib/year/year-end/save-achievement-scale";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { assertSettingsEditor } from "@/lib/insight/settings/settings-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifiedRecords.settings"))("title") };
}

/**
 * The HR division's portal-wide settings, one page: what the figures count and which sections
 * the bureau dashboards flag (`?rule=` chooses a rule to change), the reminders the portal sends,
 * the 達成度 scale of year-end ratings, how long personal records are kept (retention) and the
 * mail it has written (the outbox). Everyone else gets a 404.
 */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  allowedOrNotFound(() => assertSettingsEditor(actor));
  const [t, tr, ta, tk, ty, locale, verifiedOnly, rules, reminders, outbox, retention, lastRun, scale] = await Promise.all([
    getTranslations("verifiedRecords.settings"),
    getTranslations("reminderSettings"),
    getTranslations("attentionRules"),
    getTranslations("retention"),
    getTranslations("yearEnd"),
    currentLocale(),
    loadOrNotFound(() => readCountVerifiedOnly(actor)),
    loadOrNotFound(() => findAttentionRules(actor)),
    loadOrNotFound(() => findReminderSettings(actor)),
    loadOrNotFound(() => findOutbox(actor)),
    loadOrNotFound(() => findRetentionSettings(actor)),
    loadOrNotFound(() => findLastRetentionRun(actor)),
    loadOrNotFound(() => findAchievementScale(actor)),
  ]);
  const chosen = idParam.safeParse(params.rule);
  const editing = chosen.success ? rules.find((rule) => rule.id === chosen.data) : undefined;
  const ruleDone = params.done === "rule" ? ta("saved") : params.done === "ruleDeleted" ? ta("deleted") : null;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="figures" title={t("figures")} lead={t("current", { state: verifiedOnly ? t("on") : t("off") })}>
        <CountVerifiedOnlyForm current={verifiedOnly} />
      </Section>
      <Section id="attention-rules" title={ta("title")} lead={ta("lead")}>
        {ruleDone ? (
          <div role="status" className="mb-4">
            <Notice title={ruleDone} />
          </div>
        ) : null}
        <div className="mb-6">
          <AttentionRulesTable rules={rules} />
        </div>
        <AttentionRuleForm editing={editing} />
      </Section>
      <Section id="reminders" title={tr("title")} lead={tr("lead")}>
        <ReminderSettingsForm settings={reminders.settings} version={reminders.version} />
      </Section>
      <Section id="achievement-scale" title={ty("scaleTitle")} lead={ty("scaleLead")}>
        <AchievementScaleForm levels={scale.levels} version={scale.version} />
      </Section>
      <Section id="retention" title={tk("title")} lead={tk("lead")}>
        {params.done === "retention" ? (
          <div role="status" className="mb-4">
            <Notice title={tk("ran")} />
          </div>
        ) : null}
        <RetentionSettingsForm settings={retention.settings} version={retention.version} />
        <h3 className="mt-8 mb-2 text-std-18B-160">{tk("lastRun")}</h3>
        <RetentionLastRun run={lastRun} locale={locale} />
        <div className="mt-4">
          <RunRetentionForm />
        </div>
      </Section>
      <Section id="outbox" title={tr("outboxTitle")}>
        <div className="mb-4">
          <Notice tone="info" title={env.SMTP_URL ? tr("smtpOn") : tr("smtpOff")} />
        </div>
        <MailOutbox outbox={outbox} locale={locale} />
      </Section>
    </>
  );
}

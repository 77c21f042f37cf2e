import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { AttentionRuleForm } from "@/components/settings/attention-rule-form";
import { AttentionRulesTable } from "@/components/settings/attention-rules-table";
import { CountVerifiedOnlyForm } from "@/components/settings/count-verified-only-form";
import { MailOutbox } from "@/components/settings/mail-outbox";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findOutbox } from "@/lib/mail/find-outbox";
import { idParam } from "@/lib/dates/route-params";
import { findAttentionRules } from "@/lib/settings/attention-rules";
import { readCountVerifiedOnly } from "@/lib/settings/count-verified-only";
import { findReminderSettings } from "@/lib/settings/save-reminder-settings";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/load-or-not-found";
import { assertSettingsEditor } from "@/lib/settings/settings-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifiedRecords.settings"))("title") };
}

/**
 * The HR division's portal-wide settings, one page: what the figures count and which sections
 * the bureau dashboards flag (`?rule=` chooses a rule to change), the reminders the portal sends
 * and the mail it has written (the outbox). Everyone else gets a 404.
 */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, params] = await Promise.all([requireActor(), searchParams]);
  allowedOrNotFound(() => assertSettingsEditor(actor));
  const [t, tr, ta, locale, verifiedOnly, rules, reminders, outbox] = await Promise.all([
    getTranslations("verifiedRecords.settings"),
    getTranslations("reminderSettings"),
    getTranslations("attentionRules"),
    currentLocale(),
    loadOrNotFound(() => readCountVerifiedOnly(actor)),
    loadOrNotFound(() => findAttentionRules(actor)),
    loadOrNotFound(() => findReminderSettings(actor)),
    loadOrNotFound(() => findOutbox(actor)),
  ]);
  const chosen = idParam.safeParse(params.rule);
  const editing = chosen.success ? rules.find((rule) => rule.id === chosen.data) : undefined;
  const ruleDone = params.done === "rule" ? ta("saved") : params.done === "ruleDeleted" ? ta("deleted") : null;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {params.done === "saved" ? (
        <div role="status">
          <Notice title={t("saved")} />
        </div>
      ) : null}
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
      <Section id="outbox" title={tr("outboxTitle")}>
        <div className="mb-4">
          <Notice tone="info" title={env.SMTP_URL ? tr("smtpOn") : tr("smtpOff")} />
        </div>
        <MailOutbox outbox={outbox} locale={locale} />
      </Section>
    </>
  );
}

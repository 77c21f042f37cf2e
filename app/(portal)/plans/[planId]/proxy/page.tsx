import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitmentForm, EMPTY_COMMITMENT } from "@/components/plans/commitment-form";
import { ProxyContentForm } from "@/components/plans/proxy-content-form";
import { ProxyMark } from "@/components/plans/proxy-mark";
import { StateButton } from "@/components/plans/state-button";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { getPlanDetail } from "@/lib/year/plans/get-plan-detail";
import { isProxyEditable } from "@/lib/year/plans/proxy-entry";
import { loadCommitmentOptions } from "../../../me/plans/[fiscalYear]/commitments/load-commitment-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proxyEntry"))("title") };
}

/**
 * 代理入力: the member's reviewer types in the member's paper sheet (vision, commitments) and
 * submits it for them. Anyone who does not review the member, and a plan that is no longer a
 * draft or returned, get not found: lib/year/plans/proxy-entry.ts refuses the writes the same way.
 */
export default async function ProxyEntryPage({ params }: { params: Promise<{ planId: string }> }) {
  const planId = idParam.safeParse((await params).planId);
  if (!planId.success) notFound();
  const actor = await requireActor();
  const [{ plan, access }, t, locale] = await Promise.all([loadOrNotFound(() => getPlanDetail(actor, planId.data)), getTranslations(), currentLocale()]);
  if (!access.canReview || !isProxyEditable(plan.status)) notFound();
  const options = await loadCommitmentOptions(actor);
  const label = formatFiscalYear(plan.fiscalYear, locale);
  const title = t("proxyEntry.pageTitle", { name: plan.employee.name });
  const live = plan.commitments.filter((commitment) => commitment.status !== "DROPPED");
  return (
    <>
      <Breadcrumbs
        menu="SUPERVISOR"
        crumbs={[{ label: t("plans.ofEmployee", { name: plan.employee.name }), href: `/plans/${plan.id}` }, { label: t("proxyEntry.title") }]}
      />
      <PageHeader title={title} lead={`${t("plans.sheetTitle")}　${label}`} />
      <p className="mb-4 max-w-3xl text-std-16N-170">{t("proxyEntry.pageLead")}</p>
      {plan.proxy ? <ProxyMark proxy={plan.proxy} locale={locale} /> : null}
      <Section id="vision" title={t("proxyEntry.visionTitle")}>
        <ProxyContentForm
          plan={{ id: plan.id, version: plan.version, visionNow: plan.visionNow, vision3Years: plan.vision3Years, vision10Years: plan.vision10Years }}
        />
      </Section>
      <Section id="commitments" title={t("proxyEntry.commitmentsTitle")} lead={t("proxyEntry.commitmentsCount", { count: live.length })}>
        {live.length === 0 ? (
          <p className="mb-6">{t("proxyEntry.commitmentsEmpty")}</p>
        ) : (
          <ol className="mb-6 list-decimal pl-6">
            {live.map((commitment) => (
              <li key={commitment.id} className="text-std-16N-170">
                {commitment.title}
              </li>
            ))}
          </ol>
        )}
        <h3 className="mb-4 text-std-20B-150">{t("proxyEntry.addCommitmentTitle")}</h3>
        <CommitmentForm action="addProxyCommitment" hidden={{ planId: plan.id }} fiscalYearLabel={label} values={EMPTY_COMMITMENT} {...options} />
      </Section>
      <Section id="submit" title={t("proxyEntry.submitTitle")} lead={t("proxyEntry.submitLead")}>
        <StateButton action="submitProxyPlan" hidden={{ planId: plan.id }} version={plan.version} label={t("proxyEntry.submit")} />
      </Section>
      <p className="mt-8">
        <Link href={`/plans/${plan.id}`}>{t("proxyEntry.backToPlan")}</Link>
      </p>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { startProxyPlanAction } from "@/lib/year/plans/proxy-actions";
import { findProxyYears } from "@/lib/year/plans/proxy-entry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proxyEntry"))("title") };
}

/**
 * Where an entry on behalf (代理入力) starts: this year's and next year's plan of one member,
 * opened or created for the reviewer to type in. Not found for anyone who does not review them.
 */
export default async function ProxyStartPage({ params }: { params: Promise<{ employeeId: string }> }) {
  const employeeId = idParam.safeParse((await params).employeeId);
  if (!employeeId.success) notFound();
  const actor = await requireActor();
  const [{ employee, years }, t, locale] = await Promise.all([
    loadOrNotFound(() => findProxyYears(actor, employeeId.data)),
    getTranslations(),
    currentLocale(),
  ]);
  const title = t("proxyEntry.startTitle", { name: employee.name });
  return (
    <>
      <Breadcrumbs menu="SUPERVISOR" crumbs={[{ label: title }]} />
      <PageHeader title={title} lead={t("proxyEntry.startLead")} />
      <Table caption={t("proxyEntry.yearsCaption")}>
        <thead>
          <tr>
            <Th>{t("proxyEntry.year")}</Th>
            <Th>{t("proxyEntry.state")}</Th>
            <Th>{t("proxyEntry.action")}</Th>
          </tr>
        </thead>
        <tbody>
          {years.map(({ fiscalYear, plan }) => {
            const label = formatFiscalYear(fiscalYear, locale);
            return (
              <tr key={fiscalYear}>
                <Th scope="row">{label}</Th>
                <Td>
                  <PlanStatusBadge status={plan?.status ?? "NONE"} />
                </Td>
                <Td>
                  {plan === null ? (
                    <form action={startProxyPlanAction}>
                      <input type="hidden" name="employeeId" value={employee.id} />
                      <input type="hidden" name="fiscalYear" value={fiscalYear} />
                      <Button type="submit" variant="secondary">
                        {t("proxyEntry.start")}
                        <span className="sr-only">（{label}）</span>
                      </Button>
                    </form>
                  ) : plan.editable ? (
                    <Link href={`/plans/${plan.id}/proxy`}>
                      {t("proxyEntry.open")}
                      <span className="sr-only">（{label}）</span>
                    </Link>
                  ) : (
                    <>
                      {t("proxyEntry.notEditable")}　
                      <Link href={`/plans/${plan.id}`}>
                        {t("proxyEntry.openPlan")}
                        <span className="sr-only">（{label}）</span>
                      </Link>
                    </>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}

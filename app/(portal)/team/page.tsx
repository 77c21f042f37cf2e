import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewQueue } from "@/components/plans/review-queue";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { grantsOf } from "@/lib/auth/roles";
import { loadOrNotFound } from "@/lib/load-or-not-found";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findTeamMembers } from "@/lib/org/find-team-members";
import { findReviewQueue } from "@/lib/plans/find-plans";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const actor = await requireActor();
  const [members, queue, t, locale] = await Promise.all([
    loadOrNotFound(() => findTeamMembers(actor)),
    loadOrNotFound(() => findReviewQueue(actor)),
    getTranslations(),
    currentLocale(),
  ]);
  const units = grantsOf(actor, "SUPERVISOR").map((grant) => grant.unitName).filter(Boolean).join("・");
  const young = members.filter((member) => member.youngStaff).length;
  return (
    <>
      <PageHeader title={t("team.title")} lead={t("team.lead", { units, count: members.length })}>
        <Badge tone="info">{t("team.youngStaffCount", { count: young })}</Badge>
      </PageHeader>
      <Section id="review-queue" title={t("review.queue")}>
        <ReviewQueue plans={queue} locale={locale} />
      </Section>
      <h2 className="mb-3 text-std-24B-150">{t("team.caption")}</h2>
      {members.length === 0 ? (
        <p>{t("team.empty")}</p>
      ) : (
        <Table caption={t("team.caption")} captionHidden>
          <thead>
            <tr>
              <Th>{t("team.name")}</Th>
              <Th>{t("team.unit")}</Th>
              <Th>{t("team.rank")}</Th>
              <Th>{t("team.jobCategory")}</Th>
              <Th numeric>{t("team.yearsOfService")}</Th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <Td>
                  <span className="flex flex-wrap items-center gap-2">
                    <span>
                      {member.name}
                      <span className="block text-dns-14N-130 text-solid-gray-700">{member.nameKana}</span>
                    </span>
                    {member.youngStaff ? <Badge tone="info">{t("common.youngStaff")}</Badge> : null}
                  </span>
                </Td>
                <Td>{member.unit.name}</Td>
                <Td>{member.rank}</Td>
                <Td>{member.jobCategory}</Td>
                <Td numeric>{t("common.years", { count: member.yearsOfService })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApplyForm } from "@/components/training-applications/apply-form";
import { sessionDates } from "@/components/training-applications/session-dates";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatDate } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findOpenSession } from "@/lib/records/training-applications/open-sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingApplications"))("applyTitle") };
}

/** One open session in full, and the application form (or where one's application stands). */
export default async function ApplyPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const sessionId = idParam.safeParse((await params).sessionId);
  if (!sessionId.success) notFound();
  const actor = await requireActor();
  const [session, t, tp, locale] = await Promise.all([
    loadOrNotFound(() => findOpenSession(actor, sessionId.data)),
    getTranslations("trainingApplications"),
    getTranslations("programmes"),
    currentLocale(),
  ]);
  const place = [session.online ? t("online") : null, session.venue || null].filter(Boolean).join("・");
  return (
    <>
      <PageHeader title={session.title} lead={t("applyTitle")} />
      <Section title={t("programme")}>
        <DescriptionList
          framed
          rows={[
            [t("dates"), sessionDates(session, locale, (values) => t("dateRange", values))],
            [t("place"), place || "－"],
            [tp("fields.kind"), `${tp(`kinds.${session.kind}`)}・${t("hoursValue", { hours: session.hours })}`],
            [t("measure"), session.measureName ?? "－"],
            [t("targets"), [...session.targetRanks, ...session.targetJobCategories].join("、") || t("everyone")],
            [
              t("capacity"),
              session.capacity === null
                ? t("noCapacity", { enrolled: session.enrolled })
                : t("capacityValue", { enrolled: session.enrolled, capacity: session.capacity }),
            ],
            [t("until"), formatDate(parseIsoDate(session.applicationsUntil), locale)],
          ]}
        />
      </Section>
      <Section title={t("applyTitle")}>
        {session.myStatus ? (
          <Badge tone="info">{t(`statuses.${session.myStatus}`)}</Badge>
        ) : session.forMe ? (
          <ApplyForm sessionId={session.id} />
        ) : (
          <p>{t("validation.notEligible")}</p>
        )}
      </Section>
      <p className="mt-8">
        <Link href="/me/trainings/open">{t("backToOpen")}</Link>
      </p>
    </>
  );
}

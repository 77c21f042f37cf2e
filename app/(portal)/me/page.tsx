import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { MyCycleDue } from "@/components/cycle/my-cycle-due";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { NotificationsPanel } from "@/components/notifications/notifications-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { getOwnProfile } from "@/lib/people/org/get-own-profile";
import { MyOjtPlan } from "@/components/ojt/my-ojt-plan";
import { MyTrainees } from "@/components/ojt/my-trainees";
import { MyYearCards } from "@/components/plans/my-year-cards";
import { ProxyEntryNotice } from "@/components/plans/proxy-entry-notice";
import { buttonClass } from "@/components/ui/button";
import { getMyYear } from "@/lib/year/plans/get-my-year";
import { findTargetImages } from "@/lib/policy/find-target-images";
import { findMyCycleDue } from "@/lib/year/cycle/cycle-status";
import { summariseTrainingHours } from "@/lib/records/summarise-training-hours";
import { findMyOjtPlan, findMyTrainees } from "@/lib/year/ojt/find-my-trainees";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("title") };
}

export default async function MyPage() {
  const actor = await requireActor();
  const today = tokyoDate();
  const currentYear = fiscalYearOf(today);
  const [profile, targetImages, year, training, t, locale, due, ojtPlan, trainees] = await Promise.all([
    loadOrNotFound(() => getOwnProfile(actor)),
    findTargetImages(actor),
    getMyYear(actor, currentYear, today),
    summariseTrainingHours(actor, undefined, currentYear),
    getTranslations(),
    currentLocale(),
    findMyCycleDue(actor, today),
    findMyOjtPlan(actor, currentYear),
    findMyTrainees(actor, currentYear),
  ]);
  const fiscalYear = formatFiscalYear(currentYear, locale);
  const rows: [string, React.ReactNode][] = [
    [t("me.staffNumber"), profile.staffNumber],
    [t("me.nameKana"), profile.nameKana],
    [t("me.unit"), profile.unitChain.map((unit) => unit.name).join(" › ")],
    [t("me.rank"), profile.rank],
    [t("me.jobCategory"), profile.jobCategory],
    [t("me.joinedOn"), formatDate(profile.joinedOn, locale)],
    [t("me.yearsOfService"), t("common.years", { count: profile.yearsOfService })],
    [t("me.supervisor"), profile.supervisor ? `${profile.supervisor.name}（${profile.supervisor.rank}）` : t("common.none")],
  ];
  return (
    <>
      <PageHeader title={`${t("me.title")}：${profile.name}`} lead={t("me.lead", { fiscalYear })}>
        {profile.youngStaff ? <Badge tone="info">{t("common.youngStaff")}</Badge> : null}
      </PageHeader>
      {due ? <MyCycleDue due={due} locale={locale} /> : null}
      {year.plan?.proxyToConfirm ? (
        // 代理入力 not yet confirmed: the button is on the plan's page, beside what it confirms.
        <ProxyEntryNotice enteredBy={year.plan.proxyToConfirm.enteredBy} fiscalYear={currentYear}>
          <Link href={`/me/plans/${currentYear}#proxy-entry`} className={`${buttonClass("primary")} no-underline`}>
            {t("proxyEntry.review")}
          </Link>
        </ProxyEntryNotice>
      ) : null}
      <NotificationsPanel actor={actor} view="employee" locale={locale} />
      <MyYearCards year={year} fiscalYear={currentYear} training={training} locale={locale} />
      {ojtPlan ? <MyOjtPlan plan={ojtPlan} fiscalYear={currentYear} /> : null}
      <MyTrainees trainees={trainees} fiscalYear={currentYear} />
      <p className="mb-10">
        <Link href="/me/plans">{t("dashboard.historyLink")}</Link>
      </p>
      <Section id="profile" title={t("me.profile")}>
        <DescriptionList rows={rows} framed />
        {profile.youngStaff ? <p className="mt-4 text-std-16N-170">{t("me.youngStaffNote", { years: profile.youngStaffYears })}</p> : null}
      </Section>
      <Section id="target-images" title={t("me.targetImages")} lead={t("me.targetImagesLead")}>
        <ol className="grid gap-4 md:grid-cols-2">
          {targetImages.map((image) => (
            <li key={image.id} className="rounded-8 border border-solid-gray-420 p-4">
              <p className="text-std-17B-170">{image.name}</p>
            </li>
          ))}
        </ol>
        <p className="mt-4">
          <Link href="/policy">{t("me.policyLink")}</Link>
        </p>
      </Section>
      <Section id="disclosure" title={t("me.disclosureTitle")} lead={t("me.disclosureLead")}>
        {/* A file download, not a page: a plain link so the browser saves it. */}
        <ul className="flex flex-col gap-2">
          <li>
            <Link href="/me/disclosure/document">{t("me.disclosureDocumentLink")}</Link>
          </li>
          <li>
            <a href="/me/disclosure" download className="text-blue-1000 underline">
              {t("me.disclosureLink")}
            </a>
          </li>
        </ul>
      </Section>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { sessionDates } from "@/components/training-applications/session-dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatDate } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findOpenSessionFilterOptions, findOpenSessions, type OpenSessionFilters } from "@/lib/records/training-applications/open-sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingApplications"))("openTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: SearchParams[string]) => (typeof value === "string" ? value.trim().slice(0, 100) : "");

function filtersOf(params: SearchParams): OpenSessionFilters {
  const measure = Number(one(params.measure));
  return { rank: one(params.rank), jobCategory: one(params.job), measureId: isDatabaseId(measure) ? measure : null, page: Number(one(params.page) || 1) };
}

function query(filters: OpenSessionFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.rank) params.set("rank", filters.rank);
  if (filters.jobCategory) params.set("job", filters.jobCategory);
  if (filters.measureId !== null) params.set("measure", String(filters.measureId));
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/me/trainings/open?${text}` : "/me/trainings/open";
}

/** The catalogue of sessions open for application, with filters in the URL and pages. */
export default async function OpenTrainingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const filters = filtersOf(await searchParams);
  const [sessions, options, t, tp, locale] = await Promise.all([
    findOpenSessions(actor, filters),
    findOpenSessionFilterOptions(actor),
    getTranslations("trainingApplications"),
    getTranslations("programmes"),
    currentLocale(),
  ]);
  const range = (values: { start: string; end: string }) => t("dateRange", values);
  const withMine = (values: { value: string; label: string }[], mine: string) =>
    values.some((option) => option.value === mine) ? values : [{ value: mine, label: mine }, ...values];
  return (
    <>
      <PageHeader title={t("openTitle")} lead={t("openLead")} />
      <Section title={t("filters.label")}>
        <form method="get" action="/me/trainings/open" className="grid gap-4 md:grid-cols-3">
          <Select
            id="filter-rank"
            name="rank"
            label={t("filters.rank")}
            placeholder={t("filters.any")}
            options={withMine(options.ranks, options.mine.rank)}
            defaultValue={filters.rank}
          />
          <Select
            id="filter-job"
            name="job"
            label={t("filters.jobCategory")}
            placeholder={t("filters.any")}
            options={withMine(options.jobCategories, options.mine.jobCategory)}
            defaultValue={filters.jobCategory}
          />
          <Select
            id="filter-measure"
            name="measure"
            label={t("filters.measure")}
            placeholder={t("filters.any")}
            options={options.measures}
            defaultValue={filters.measureId === null ? "" : String(filters.measureId)}
          />
          <div className="flex flex-wrap items-center gap-4 md:col-span-3">
            <Button type="submit">{t("filters.apply")}</Button>
            <Link
              href={{
                pathname: "/me/trainings/open",
                query: { rank: options.mine.rank, job: options.mine.jobCategory, ...(filters.measureId === null ? {} : { measure: filters.measureId }) },
              }}
            >
              {t("filters.mine")}
            </Link>
            <Link href="/me/trainings/open">{t("filters.clear")}</Link>
          </div>
        </form>
      </Section>
      <Section title={t("openTitle")} lead={t("openCount", { total: sessions.total })}>
        {sessions.total === 0 ? (
          <p>{t("openEmpty")}</p>
        ) : (
          <Table caption={t("openTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{t("programme")}</Th>
                <Th>{t("dates")}</Th>
                <Th>{t("capacity")}</Th>
                <Th>{t("until")}</Th>
                <Th>{t("targets")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody>
              {sessions.rows.map((session) => (
                <tr key={session.id}>
                  <Td>
                    <Link href={`/me/trainings/open/${session.id}`}>{session.title}</Link>
                    <br />
                    <span className="text-std-16N-170 text-solid-gray-700">
                      {tp(`kinds.${session.kind}`)}・{t("hoursValue", { hours: session.hours })}
                      {session.measureName ? `・${session.measureName}` : ""}
                    </span>
                  </Td>
                  <Td nowrap>{sessionDates(session, locale, range)}</Td>
                  <Td nowrap>
                    {session.capacity === null
                      ? t("noCapacity", { enrolled: session.enrolled })
                      : t("capacityValue", { enrolled: session.enrolled, capacity: session.capacity })}
                  </Td>
                  <Td nowrap>{formatDate(parseIsoDate(session.applicationsUntil), locale)}</Td>
                  <Td>{[...session.targetRanks, ...session.targetJobCategories].join("、") || t("everyone")}</Td>
                  <Td nowrap>
                    {session.myStatus ? (
                      <Badge tone="info">{t(`statuses.${session.myStatus}`)}</Badge>
                    ) : session.forMe ? (
                      <Link href={`/me/trainings/open/${session.id}`}>{t("apply")}</Link>
                    ) : (
                      t("notForMe")
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pager page={sessions.page} pages={sessions.pageCount} total={sessions.total} href={(to) => query(filters, to)} />
      </Section>
    </>
  );
}

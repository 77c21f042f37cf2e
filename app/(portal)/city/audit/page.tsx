import type { Metadata, Route } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { auditDetailReader } from "@/components/audit/audit-detail";
import { AuditTrailRows } from "@/components/audit/audit-trail-rows";
import { Button, buttonClass } from "@/components/ui/button";
import { FileDownloads } from "@/components/ui/file-downloads";
import { Input, Select } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, Th } from "@/components/ui/table";
import { AUDIT_ENTITIES } from "@/lib/platform/audit/audit-entities";
import { actionsOfArea, AUDIT_AREAS, auditActionKey } from "@/lib/platform/audit/audit-labels";
import { auditTrailQuery, parseAuditTrailQuery } from "@/lib/insight/audit-trail/filters";
import { auditRecordHref } from "@/lib/insight/audit-trail/record-links";
import { assertAuditReader, formatTokyoTimestamp, searchAuditTrail } from "@/lib/insight/audit-trail/search";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { runtimeMessage } from "@/lib/platform/i18n/runtime-message";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";
import { localRoute } from "@/lib/platform/local-route";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditTrail"))("title") };
}

const href = (path: string, query: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
};

/**
 * 監査ログ: HR division only; everyone else gets a 404. Read-only: the trail has no edit or delete.
 * Actions and record types read in words and are chosen from lists; a name the catalogue does not
 * know (the log keeps whatever was written) shows as recorded.
 */
export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  allowedOrNotFound(() => assertAuditReader(actor));
  const [t, labels, locale, params] = await Promise.all([getTranslations("auditTrail"), getTranslations("auditLabels"), currentLocale(), searchParams]);
  const filters = parseAuditTrailQuery(params);
  // The details' labels are read while the trail is searched, once for the page's rows.
  const [page, detailOf] = await Promise.all([filters ? searchAuditTrail(actor, filters) : null, auditDetailReader(locale)]);
  const shown = filters ? auditTrailQuery(filters) : {};
  const actionLabel = (action: string) => runtimeMessage(labels, `actions.${auditActionKey(action)}`, action);
  const entityLabel = (entity: string) => runtimeMessage(labels, `entities.${entity}`, entity);
  const areaLabel = (area: string) => runtimeMessage(labels, `areas.${area}`, area);
  const actionGroups = AUDIT_AREAS.map((area) => ({
    label: areaLabel(area),
    options: [
      { value: `${area}.`, label: t("everyActionOf", { area: areaLabel(area) }) },
      ...actionsOfArea(area).map((action) => ({ value: action, label: actionLabel(action) })),
    ],
  }));
  const collator = new Intl.Collator(locale);
  const entityOptions = AUDIT_ENTITIES.map((entity) => ({ value: entity, label: entityLabel(entity) })).sort((a, b) => collator.compare(a.label, b.label));
  const time = (at: Date) => `${formatDate(tokyoDate(at), locale)} ${formatTokyoTimestamp(at).slice(11)}`;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("intro")} />
      <Section title={t("filtersTitle")}>
        <form method="get" action="/city/audit" className="grid gap-4 md:grid-cols-2">
          <Input id="audit-actor" name="actor" label={t("actor")} hint={t("actorHint")} defaultValue={shown.actor} />
          <Input id="audit-subject" name="subject" label={t("subject")} hint={t("subjectHint")} defaultValue={shown.subject} />
          <Select
            id="audit-action"
            name="action"
            label={t("action")}
            hint={t("actionHint")}
            placeholder={t("everyAction")}
            options={[]}
            groups={actionGroups}
            defaultValue={shown.action ?? ""}
          />
          <Select
            id="audit-entity"
            name="entity"
            label={t("entity")}
            placeholder={t("everyEntity")}
            options={entityOptions}
            defaultValue={shown.entity ?? ""}
          />
          <Input id="audit-from" name="from" type="date" label={t("from")} defaultValue={shown.from} />
          <Input id="audit-to" name="to" type="date" label={t("to")} defaultValue={shown.to} />
          <div className="flex flex-wrap gap-4 md:col-span-2">
            <Button type="submit">{t("search")}</Button>
            <Link href="/city/audit" className={buttonClass("tertiary")}>
              {t("clear")}
            </Link>
          </div>
        </form>
      </Section>
      {!page ? (
        <Notice tone="error" title={t("invalidQuery")} />
      ) : (
        <Section title={t("resultsTitle")} lead={t("redactionNote")}>
          <FileDownloads label={t("downloadLabel")} files={[{ href: href("/city/audit/export", shown), label: t("downloadCsv") }]} />
          {page.rows.length === 0 ? (
            <Notice title={t("empty")} />
          ) : (
            <Table caption={t("resultsTitle")} captionHidden>
              <thead>
                <tr>
                  <Th>{t("at")}</Th>
                  <Th>{t("person")}</Th>
                  <Th>{t("actionColumn")}</Th>
                  <Th>{t("record")}</Th>
                  <Th>{t("detail")}</Th>
                </tr>
              </thead>
              <AuditTrailRows
                showDetail={t("showDetail")}
                rows={page.rows.map((row) => ({
                  key: String(row.id),
                  cells: [
                    time(row.at),
                    row.actorId !== null && row.actorStaffNumber ? (
                      <Link key="person" href={`/city/staff/${row.actorId}`}>{`${row.actorName ?? ""}（${row.actorStaffNumber}）`}</Link>
                    ) : (
                      t("system")
                    ),
                    actionLabel(row.action),
                    recordCell(entityLabel(row.entity), row.entityId, auditRecordHref(row.entity, row.entityId), t("recordNumber", { id: row.entityId ?? "" })),
                  ],
                  detail: row.detail === null || row.detail === undefined ? null : detailOf(row.detail),
                }))}
              />
            </Table>
          )}
          {page.nextBefore !== null ? (
            <p className="mt-4">
              <Link href={localRoute(href("/city/audit", auditTrailQuery(filters ?? {}, page.nextBefore)))} className={buttonClass("tertiary")}>
                {t("nextPage")}
              </Link>
            </p>
          ) : null}
        </Section>
      )}
    </div>
  );
}

/** The record a row is about: its type in words with its number, a link where the reader may open it. */
function recordCell(entity: string, entityId: string | null, href: Route | null, number: string): ReactNode {
  if (entityId === null) return entity;
  const text = `${entity} ${number}`;
  return href ? (
    <Link key="record" href={href}>
      {text}
    </Link>
  ) : (
    text
  );
}

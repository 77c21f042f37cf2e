import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { StaffNameCell, type StaffRecordPath } from "./staff-name-cell";
import { STAFF_QUERY_MAX } from "@/lib/people/staff/schemas";
import type { StaffSearchResult } from "@/lib/people/staff/search-staff";

/** The search's URL for a query and page; page 1 is left out. */
function searchHref(basePath: string, q: string, page: number): string {
  const query = new URLSearchParams({ q });
  if (page > 1) query.set("page", String(page));
  return `${basePath}?${query.toString()}`;
}

/**
 * 職員検索: a GET form (a search is an address one can share and go back to) and one page of
 * people, each name opening their record at `${basePath}/<id>`. Departed staff are marked.
 */
export async function StaffSearch({ result, basePath, scope }: { result: StaffSearchResult; basePath: StaffRecordPath; scope: "city" | "bureau" }) {
  const t = await getTranslations("staff");
  const { q, rows, total, page, pageCount } = result;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("searchTitle")} lead={scope === "city" ? t("searchLeadCity") : t("searchLeadBureau")} />
      <form method="get" action={basePath} role="search" aria-label={t("searchLabel")} className="flex flex-wrap items-end gap-4">
        <Input
          id="staff-query"
          name="q"
          type="search"
          label={t("query")}
          hint={t("queryHint", { max: STAFF_QUERY_MAX })}
          defaultValue={q}
          maxLength={STAFF_QUERY_MAX}
          autoComplete="off"
          className="w-full max-w-md"
        />
        <div>
          <Button type="submit">{t("search")}</Button>
        </div>
      </form>
      <p className="meta">{t("auditNote")}</p>
      {q === "" ? (
        <p>{t("prompt")}</p>
      ) : rows.length === 0 ? (
        <Notice title={t("empty", { q })} />
      ) : (
        <div>
          <Table caption={t("resultsCaption", { q, total })}>
            <thead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.kana")}</Th>
                <Th>{t("columns.staffNumber")}</Th>
                <Th>{t("columns.rank")}</Th>
                <Th>{t("columns.unit")}</Th>
                <Th>{t("columns.state")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <StaffNameCell basePath={basePath} id={row.id} name={row.name} />
                  <Td nowrap>{row.nameKana}</Td>
                  <Td nowrap>{row.staffNumber}</Td>
                  <Td nowrap>{row.rank}</Td>
                  <Td>{row.unitName}</Td>
                  <Td nowrap>{row.active ? t("active") : <Badge tone="warning">{t("departed")}</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager page={page} pages={pageCount} total={total} href={(to) => searchHref(basePath, q, to)} />
        </div>
      )}
    </div>
  );
}

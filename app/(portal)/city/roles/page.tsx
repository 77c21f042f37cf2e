import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GrantRoleForm } from "@/components/role-assignments/grant-role-form";
import { RevokeRoleButton } from "@/components/role-assignments/revoke-role-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/dates/format";
import { parseIsoDate } from "@/lib/dates/iso";
import { currentLocale } from "@/lib/i18n/current-locale";
import { assertRoleAssigner, findRoleAssignments } from "@/lib/role-assignments/role-assignments";
import { GRANTABLE_ROLES, ROLE_PAGE_SIZE, roleFilterSchema } from "@/lib/role-assignments/schemas";
import { allowedOrNotFound } from "@/lib/load-or-not-found";
import { UnitName } from "@/components/ui/unit-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roleAdmin"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The list's URL with the given filters and page; empty filters and page 1 are left out. */
function listHref(filter: { role?: string | undefined; person?: string | undefined; unit?: string | undefined }, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/city/roles?${search}` : "/city/roles";
}

/**
 * 役割の付与: who holds which role over what; grant and revoke. HR division only; else 404.
 * The list is paged and filtered through the URL (a city holds ~1,700 grants).
 */
export default async function RolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  allowedOrNotFound(() => assertRoleAssigner(actor));
  const params = await searchParams;
  const filter = roleFilterSchema.parse({ role: first(params.role), person: first(params.person), unit: first(params.unit), page: first(params.page) });
  const [t, tr, locale, list] = await Promise.all([getTranslations("roleAdmin"), getTranslations("roles"), currentLocale(), findRoleAssignments(actor, filter)]);
  const { rows, total, page, pageCount } = list;
  const shown = { role: filter.role, person: filter.person, unit: filter.unit };
  const roleOptions = GRANTABLE_ROLES.map((role) => ({ value: role, label: tr(role) }));
  const date = (iso: string | null) => (iso ? formatDate(parseIsoDate(iso), locale) : t("openEnded"));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {/* Granting first: the list below runs to dozens of rows (hundreds in a real city), and the
          form under it was out of sight (seen on the screenshots). */}
      <Section title={t("grantTitle")} lead={t("grantLead")}>
        <GrantRoleForm roleOptions={roleOptions} />
      </Section>
      <Section title={t("listTitle")}>
        <form method="get" className="mb-6 flex flex-wrap items-end gap-4" role="search" aria-label={t("filterLabel")}>
          <Select id="filter-role" name="role" label={t("role")} options={roleOptions} placeholder={t("allRoles")} defaultValue={filter.role ?? ""} />
          <Input id="filter-person" name="person" label={t("personFilter")} defaultValue={filter.person ?? ""} autoComplete="off" />
          <Input id="filter-unit" name="unit" label={t("unitFilter")} defaultValue={filter.unit ?? ""} autoComplete="off" />
          <div>
            <Button type="submit" variant="secondary">
              {t("filter")}
            </Button>
          </div>
        </form>
        {rows.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <Table caption={t("listCaption", { total, from: (page - 1) * ROLE_PAGE_SIZE + 1, to: (page - 1) * ROLE_PAGE_SIZE + rows.length })}>
            <thead>
              <tr>
                <Th>{t("role")}</Th>
                <Th>{t("person")}</Th>
                <Th>{t("unit")}</Th>
                <Th>{t("includeSubunits")}</Th>
                <Th>{t("validFrom")}</Th>
                <Th>{t("validTo")}</Th>
                <Th>{t("actions")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <Td nowrap>
                    {tr(row.role)} {row.current ? null : <Badge tone="info">{t("future")}</Badge>}
                  </Td>
                  <Td>
                    <Link href={`/city/staff/${row.employeeId}`}>
                      {row.name}（{row.staffNumber}）
                    </Link>
                  </Td>
                  <Td>
                    {row.unitTrail ? (
                      <>
                        <UnitName trail={row.unitTrail} />（{row.unitCode}）
                      </>
                    ) : (
                      t("cityWide")
                    )}
                  </Td>
                  <Td nowrap>{row.unitId === null ? "—" : row.includeSubunits ? t("yes") : t("no")}</Td>
                  <Td nowrap>{date(row.validFrom)}</Td>
                  <Td nowrap>{date(row.validTo)}</Td>
                  <Td>
                    <RevokeRoleButton assignmentId={row.id} label={t("revokeFor", { role: tr(row.role), name: row.name })} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pager page={page} pages={pageCount} total={total} href={(to) => listHref(shown, to)} />
      </Section>
    </div>
  );
}

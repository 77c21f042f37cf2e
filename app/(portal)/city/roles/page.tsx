import type { Metadata, Route } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { GrantPicker } from "@/components/role-assignments/grant-picker";
import { GrantRoleForm } from "@/components/role-assignments/grant-role-form";
import { RevokeRoleButton } from "@/components/role-assignments/revoke-role-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatDate } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { idParam } from "@/lib/platform/dates/route-params";
import { findGrantUnits, findRoleBureaus, getGrantChoice } from "@/lib/people/roles/grant-choices";
import { assertRoleAssigner, findRoleAssignments } from "@/lib/people/roles/role-assignments";
import { searchStaff } from "@/lib/people/staff/search-staff";
import { GRANTABLE_ROLES, ROLE_PAGE_SIZE, roleFilterSchema } from "@/lib/people/roles/schemas";
import { allowedOrNotFound } from "@/lib/platform/load-or-not-found";
import { UnitName } from "@/components/ui/unit-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roleAdmin"))("title") };
}

/** Each cell's class: the role, whether below is included and the dates kept whole. */
const CLASSES = ["whitespace-nowrap", undefined, undefined, "whitespace-nowrap", "whitespace-nowrap", "whitespace-nowrap"];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The list's URL with the given filters and page; empty filters and page 1 are left out. */
function listHref(
  filter: { role?: string | undefined; person?: string | undefined; unit?: string | undefined; bureau?: number | undefined },
  page: number,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/city/roles?${search}` : "/city/roles";
}

/** The pickers' state in the URL: what was typed (`who`, `where`) and what was chosen (ids). */
interface PickState {
  who: string;
  where: string;
  grantee?: number | undefined;
  grantUnit?: number | undefined;
}

const pickQuery = (pick: PickState): Record<string, string> =>
  Object.fromEntries(
    Object.entries({ who: pick.who, where: pick.where, grantee: pick.grantee, grantUnit: pick.grantUnit })
      .filter(([, value]) => value !== undefined && value !== "")
      .map(([key, value]) => [key, String(value)]),
  );

const pickHref = (pick: PickState): Route => {
  const search = new URLSearchParams(pickQuery(pick)).toString();
  return search ? `/city/roles?${search}#grant` : "/city/roles#grant";
};

const idOf = (value: string | undefined) => {
  const parsed = idParam.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * 役割の付与: who holds which role over what; grant and revoke. HR division only; else 404.
 * The list is paged and filtered through the URL (a city holds ~1,700 grants); the person and
 * the unit of a grant are chosen by name from short lists (GrantPicker), not typed as codes.
 */
export default async function RolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  allowedOrNotFound(() => assertRoleAssigner(actor));
  const params = await searchParams;
  const filter = roleFilterSchema.parse({
    role: first(params.role),
    person: first(params.person),
    unit: first(params.unit),
    bureau: first(params.bureau),
    page: first(params.page),
  });
  const pick: PickState = {
    who: (first(params.who) ?? "").trim().slice(0, 50),
    where: (first(params.where) ?? "").trim().slice(0, 100),
    grantee: idOf(first(params.grantee)),
    grantUnit: idOf(first(params.grantUnit)),
  };
  const [t, tp, tr, locale, list, bureaus, people, units, choice] = await Promise.all([
    getTranslations("roleAdmin"),
    getTranslations("roleAdmin.picker"),
    getTranslations("roles"),
    currentLocale(),
    findRoleAssignments(actor, filter),
    findRoleBureaus(actor),
    pick.who ? searchStaff(actor, "HR_DIVISION", { q: pick.who }) : null,
    pick.where ? findGrantUnits(actor, pick.where) : null,
    getGrantChoice(actor, { employeeId: pick.grantee, unitId: pick.grantUnit }),
  ]);
  const { rows, total, page, pageCount } = list;
  const shown = { role: filter.role, person: filter.person, unit: filter.unit, bureau: filter.bureau };
  // Departed staff are found by HR's search but cannot be granted a role.
  const activePeople = people?.rows.filter((row) => row.active) ?? null;
  const roleOptions = GRANTABLE_ROLES.map((role) => ({ value: role, label: tr(role) }));
  const date = (iso: string | null) => (iso ? formatDate(parseIsoDate(iso), locale) : t("openEnded"));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {/* Granting first: the list below runs to dozens of rows (hundreds in a real city), and the
          form under it was out of sight (seen on the screenshots). */}
      <Section id="grant" title={t("grantTitle")} lead={t("grantLead")}>
        <div className="mb-6 grid gap-6 lg:grid-cols-2">
          <GrantPicker
            id="pick-who"
            name="who"
            label={tp("person")}
            hint={tp("personHint")}
            query={pick.who}
            keep={pickQuery({ ...pick, who: "" })}
            options={
              activePeople?.map((row) => ({
                key: row.id,
                href: pickHref({ ...pick, who: "", grantee: row.id }),
                label: tp("personOption", { name: row.name, staffNumber: row.staffNumber, unit: row.unitName }),
              })) ?? null
            }
            total={people?.total ?? 0}
            chosen={
              choice.person ? (
                <>{tp("personOption", { name: choice.person.name, staffNumber: choice.person.staffNumber, unit: choice.person.unitTrail.at(-1) ?? "" })}</>
              ) : null
            }
            clearHref={pickHref({ ...pick, grantee: undefined })}
          />
          <GrantPicker
            id="pick-where"
            name="where"
            label={tp("unit")}
            hint={tp("unitHint")}
            query={pick.where}
            keep={pickQuery({ ...pick, where: "" })}
            options={
              units?.rows.map((row) => ({ key: row.id, href: pickHref({ ...pick, where: "", grantUnit: row.id }), label: <UnitName trail={row.trail} /> })) ??
              null
            }
            total={units?.total ?? 0}
            chosen={choice.unit ? <UnitName trail={choice.unit.trail} /> : null}
            clearHref={pickHref({ ...pick, grantUnit: undefined })}
          />
        </div>
        <GrantRoleForm
          roleOptions={roleOptions}
          chosen={{
            staffNumber: choice.person?.staffNumber,
            person: choice.person
              ? tp("personOption", { name: choice.person.name, staffNumber: choice.person.staffNumber, unit: choice.person.unitTrail.join(" › ") })
              : undefined,
            unitCode: choice.unit?.code,
            unit: choice.unit ? choice.unit.trail.join(" › ") : undefined,
          }}
        />
      </Section>
      <Section title={t("listTitle")}>
        <form method="get" className="mb-6 flex flex-wrap items-end gap-4" role="search" aria-label={t("filterLabel")}>
          <Select id="filter-role" name="role" label={t("role")} options={roleOptions} placeholder={t("allRoles")} defaultValue={filter.role ?? ""} />
          <Input id="filter-person" name="person" label={t("personFilter")} defaultValue={filter.person ?? ""} autoComplete="off" />
          <Input id="filter-unit" name="unit" label={t("unitFilter")} defaultValue={filter.unit ?? ""} autoComplete="off" />
          <Select
            id="filter-bureau"
            name="bureau"
            label={t("bureauFilter")}
            options={bureaus.map((bureau) => ({ value: String(bureau.id), label: bureau.name }))}
            placeholder={t("allBureaus")}
            defaultValue={filter.bureau ? String(filter.bureau) : ""}
          />
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
            <TableRows
              classes={CLASSES}
              rows={rows.map((row) => ({
                key: row.id,
                cells: [
                  [
                    tr(row.role),
                    " ",
                    row.current ? null : (
                      <Badge key="future" tone="info">
                        {t("future")}
                      </Badge>
                    ),
                  ],
                  <Link key="person" href={`/city/staff/${row.employeeId}`}>
                    {row.name}（{row.staffNumber}）
                  </Link>,
                  row.unitTrail ? [<UnitName key="unit" trail={row.unitTrail} />, "（", row.unitCode, "）"] : t("cityWide"),
                  row.unitId === null ? "—" : row.includeSubunits ? t("yes") : t("no"),
                  date(row.validFrom),
                  date(row.validTo),
                  <RevokeRoleButton key="revoke" assignmentId={row.id} label={t("revokeFor", { role: tr(row.role), name: row.name })} />,
                ],
              }))}
            />
          </Table>
        )}
        <Pager page={page} pages={pageCount} total={total} href={(to) => listHref(shown, to)} />
      </Section>
    </div>
  );
}

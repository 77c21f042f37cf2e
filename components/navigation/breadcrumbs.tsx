import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DASHBOARD_PATH, MENU_KEY } from "@/lib/platform/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { localRoute } from "@/lib/platform/local-route";

export interface Crumb {
  label: string;
  /** none for the page itself (always last) */
  href?: string;
}

/**
 * Where the page sits: the menu entry it belongs to, the list it was opened from, the page
 * itself last (aria-current) — each above it a link back. The menu entry is highlighted by the
 * menu itself, told by its slot (app/(portal)/@menu). Plain markup for the server; tested as such.
 */
export function BreadcrumbList({ label, crumbs }: { label: string; crumbs: readonly Crumb[] }) {
  const last = crumbs.length - 1;
  return (
    <nav aria-label={label} className="print-hidden mb-4">
      <ol className="flex flex-wrap items-center gap-x-2 text-std-16N-170">
        {crumbs.map((crumb, i) => (
          <li key={i} className="inline-flex items-center gap-x-2">
            {i === last ? (
              <span aria-current="page">{crumb.label}</span>
            ) : (
              <>
                {crumb.href ? <Link href={localRoute(crumb.href)}>{crumb.label}</Link> : <span>{crumb.label}</span>}
                <span aria-hidden="true" className="text-solid-gray-700">
                  ›
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * Breadcrumbs from the menu entry of `menu` (the role whose dashboard the page belongs to, see
 * menuRoleOf in lib/platform/auth/roles.ts) down to the page: `crumbs` come after the menu's own.
 */
export async function Breadcrumbs({ menu, crumbs }: { menu: Role; crumbs: readonly Crumb[] }) {
  const t = await getTranslations("nav");
  return <BreadcrumbList label={t("breadcrumbs")} crumbs={[{ label: t(MENU_KEY[menu]), href: DASHBOARD_PATH[menu] }, ...crumbs]} />;
}

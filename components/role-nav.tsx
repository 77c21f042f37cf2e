import { getTranslations } from "next-intl/server";
import { RoleNavLink } from "@/components/role-nav-link";
import { type Actor, DASHBOARD_PATH, MENU_KEY, rolesHeld } from "@/lib/platform/auth/roles";
import { localRoute } from "@/lib/platform/local-route";

/**
 * One menu entry per dashboard the person may open — which is how they switch between the
 * roles they hold. Hiding entries is a courtesy; every page checks the role again on the server.
 * `owner`: the entry a detail page belongs to, where its path does not say (see RoleNavLink).
 */
export async function RoleNav({ actor, owner }: { actor: Actor; owner?: string }) {
  const t = await getTranslations();
  const seen = new Set<string>();
  const entries = [...rolesHeld(actor)].reverse().flatMap((role) => {
    const href = DASHBOARD_PATH[role];
    if (seen.has(href)) return [];
    seen.add(href);
    return [{ href, label: t(`nav.${MENU_KEY[role]}`), hint: t(`roles.${role}`) }];
  });
  return (
    <nav aria-label={t("nav.label")} className="mx-auto max-w-6xl px-4">
      <ul className="menu-row">
        {entries.map((entry) => (
          <li key={entry.href}>
            <RoleNavLink href={localRoute(entry.href)} label={entry.label} hint={entry.hint} owner={owner} />
          </li>
        ))}
        <li>
          <RoleNavLink href="/policy" label={t("nav.policy")} owner={owner} />
        </li>
      </ul>
    </nav>
  );
}

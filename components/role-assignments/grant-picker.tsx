import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";

export interface PickerOption {
  key: number;
  href: Route;
  label: ReactNode;
}

/**
 * Choosing a person or a unit by name without a script: a GET search whose answer is a short
 * list of links, each of which puts the choice in the URL for the grant form below to take up.
 * The other picker's state rides along in hidden fields, so choosing one keeps the other.
 */
export async function GrantPicker({
  id,
  name,
  label,
  hint,
  query,
  keep,
  options,
  total,
  chosen,
  clearHref,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  query: string;
  keep: Record<string, string>;
  options: PickerOption[] | null;
  /** every match, of which `options` are the first */
  total: number;
  chosen: ReactNode | null;
  clearHref: Route;
}) {
  const t = await getTranslations("roleAdmin.picker");
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action="/city/roles#grant" role="search" aria-label={label} className="flex flex-wrap items-end gap-3">
        {Object.entries(keep).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <Input id={id} name={name} type="search" label={label} hint={hint} defaultValue={query} autoComplete="off" className="max-w-xs" />
        <div>
          <Button type="submit" variant="secondary">
            {t("search")}
          </Button>
        </div>
      </form>
      {chosen ? (
        <p>
          <span className="text-std-16B-170">{t("chosen")}</span>
          {chosen} <Link href={clearHref}>{t("clear")}</Link>
        </p>
      ) : null}
      {options === null ? null : options.length === 0 ? (
        <p role="status">{t("none", { query })}</p>
      ) : (
        <div>
          <p role="status" className="mb-1">
            {total > options.length ? t("more", { shown: options.length, total }) : t("found", { total })}
          </p>
          <ul className="flex flex-col gap-1">
            {options.map((option) => (
              <li key={option.key}>
                <Link href={option.href} className="inline-flex min-h-11 items-center">
                  {option.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

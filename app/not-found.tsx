import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/**
 * Rendered ahead into every page's payload (the layouts' not-found boundaries hold it, twice),
 * so its markup is kept to the shared classes.
 */
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="not-found">
      <h1 className="page-title mb-4">{t("notFoundTitle")}</h1>
      <p className="mb-6">{t("notFoundBody")}</p>
      <Link href="/">{t("backToTop")}</Link>
    </main>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="mb-4 text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{t("notFoundTitle")}</h1>
      <p className="mb-6">{t("notFoundBody")}</p>
      <Link href="/">{t("backToTop")}</Link>
    </main>
  );
}

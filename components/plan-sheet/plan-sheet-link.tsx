import { getTranslations } from "next-intl/server";

/** The way from a plan page to its printable sheet; one line a plan page slots in. */
export async function PlanSheetLink({ href }: { href: string }) {
  const t = await getTranslations("planSheet");
  return (
    <p className="print-hidden mb-6">
      <a href={href} className="text-blue-1000 underline">
        {t("open")}
      </a>
    </p>
  );
}

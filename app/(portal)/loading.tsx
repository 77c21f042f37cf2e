import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <p role="status" className="text-solid-gray-700">
      {t("loading")}
    </p>
  );
}

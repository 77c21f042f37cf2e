"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function PortalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="max-w-3xl">
      <h1 className="mb-4 text-std-32B-150">{t("errorTitle")}</h1>
      <p className="mb-6">{t("errorBody")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}

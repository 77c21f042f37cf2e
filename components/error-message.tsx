"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * An unexpected error: a generic message and the reference Next.js logged the details under
 * (the digest), never the error's own text, which may hold data or internals.
 */
export function ErrorMessage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="max-w-3xl">
      <h1 className="mb-4 text-std-28B-150 text-solid-gray-900 sm:text-std-32B-150">{t("errorTitle")}</h1>
      <p className="mb-2">{t("errorBody")}</p>
      {error.digest ? <p className="mb-6 text-std-16N-170 text-solid-gray-700">{t("errorReference", { reference: error.digest })}</p> : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
